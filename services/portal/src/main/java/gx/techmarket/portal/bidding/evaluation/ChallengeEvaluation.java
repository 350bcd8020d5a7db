package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Complaint;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Method;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What the challenge page's evaluation part ({@code ChallengePages/part_evaluation.html}) shows, asked in its template
 * ({@code inject:challengeEvaluation}): the 评审办法 (with {@code edit} while its editor may change it), whether the
 * evaluation has begun (the links to qualification, panel, ranking and complaints), and whether an open complaint
 * suspends the award. A service that does not answer leaves the part empty.
 */
@Named("challengeEvaluation")
@RequestScoped
public class ChallengeEvaluation {

    /** The statuses from the deadline on: qualification, evaluation and what follows. */
    static final Set<String> AFTER_DEADLINE = Set.of("CLOSED", "QUALIFICATION", "EVALUATION", "AWARDED", "FAILED",
            "AGREEMENT_SIGNED", "IN_PROGRESS", "MILESTONE_CHECK", "ACCEPTED", "COMPLETED", "TERMINATED");
    /** The statuses in which a ranking may exist. */
    static final Set<String> RANKED = Set.of("EVALUATION", "AWARDED", "AGREEMENT_SIGNED", "IN_PROGRESS",
            "MILESTONE_CHECK", "ACCEPTED", "COMPLETED", "TERMINATED");

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    Viewer viewer;

    private Section<Method> method;
    private Section<List<Complaint>> complaints;

    /** The method as the caller may see it; a problem (none set, not the caller's draft) shows nothing. */
    public Section<Method> method(UUID challengeId) {
        if (method == null) {
            method = Section.load(() -> evaluation.method(challengeId));
        }
        return method;
    }

    public boolean afterDeadline(String status) {
        return AFTER_DEADLINE.contains(status);
    }

    public boolean ranked(String status) {
        return RANKED.contains(status);
    }

    /** Whether the caller takes part in complaints (bidders, the counterparty, operators). */
    public boolean seesComplaints() {
        return viewer.party() || viewer.admin();
    }

    /** Whether a complaint about the challenge is open, which suspends the award (as far as the caller sees). */
    public boolean suspended(UUID challengeId) {
        if (!seesComplaints()) {
            return false;
        }
        if (complaints == null) {
            complaints = Section.load(() -> evaluation.complaints(challengeId));
        }
        return complaints.ok() && complaints.value().stream().anyMatch(Complaint::open);
    }
}
