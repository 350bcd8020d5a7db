package gx.techmarket.registry.review;

import gx.techmarket.registry.review.DirectoryResource.DrawnPanel;
import gx.techmarket.registry.review.DirectoryResource.PanelDraw;
import java.util.Optional;

/** What the review asks of the directory, with the caller's bearer token (replaced by a fake in tests). */
public interface DirectoryReviews {

    DrawnPanel draw(String bearer, PanelDraw request);

    /** The caller's expert entry, if the directory links one to the caller's account. */
    Optional<String> expertId(String bearer);
}
