package gx.techmarket.portal.bidding.agreement;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The 揭榜协议 summary of the challenge page ({@code inject:challengeAgreement.of(challenge)} in
 * {@code ChallengePages/part_agreement.html}): asked only of an awarded challenge, and only by a party or an
 * operator; a caller who is neither gets the service's 404 and the page shows nothing.
 */
@Named("challengeAgreement")
@RequestScoped
public class ChallengeAgreement {

    /** The challenge statuses from the award on, when a 揭榜协议 exists or may be written. */
    static final Set<String> AFTER_AWARD = Set.of("AWARDED", "AGREEMENT_SIGNED", "IN_PROGRESS", "MILESTONE_CHECK",
            "ACCEPTED", "COMPLETED", "TERMINATED");

    @Inject
    @RestClient
    AgreementClient agreements;

    @Inject
    Viewer viewer;

    /** The agreement the viewer may see, or {@code null} (no summary). */
    public AgreementView of(ChallengeView challenge) {
        if (!AFTER_AWARD.contains(challenge.status()) || !(viewer.party() || viewer.admin())) {
            return null;
        }
        Section<AgreementView> found = Section.load(() -> agreements.agreement(challenge.id()));
        return found.ok() ? found.value() : null;
    }
}
