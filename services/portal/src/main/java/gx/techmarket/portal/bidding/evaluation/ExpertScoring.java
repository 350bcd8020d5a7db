package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Assignment;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The expert's tile on the home workbench ({@code inject:expertScoring.toScore}): how many of the challenges of the
 * expert's panels still have bids for the expert to score; -1 when the bidding service does not answer. Only experts
 * cause a call.
 */
@Named("expertScoring")
@RequestScoped
public class ExpertScoring {

    /** The most assignments one look counts; an expert sits on a handful of panels at a time. */
    static final int ALL = 100;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    Viewer viewer;

    private Integer toScore;

    public int toScore() {
        if (toScore == null) {
            if (!viewer.expert()) {
                toScore = 0;
            } else {
                Section<Page<Assignment>> found = Section.load(() -> evaluation.assignments(0, ALL));
                toScore = found.ok() ? (int) found.value().items().stream().filter(a -> a.can("score")).count() : -1;
            }
        }
        return toScore;
    }
}
