package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.evaluation.DirectoryResource.DrawnPanel;
import gx.techmarket.bidding.evaluation.DirectoryResource.ExpertEntry;
import gx.techmarket.bidding.evaluation.DirectoryResource.PanelDraw;
import java.util.Optional;

/** What the evaluation asks of the directory, with the caller's bearer token (replaced by a fake in tests). */
public interface EvaluationDirectory {

    DrawnPanel draw(String bearer, PanelDraw request);

    /** The caller's expert entry, if the directory links one to the caller's account. */
    Optional<ExpertEntry> me(String bearer);
}
