package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Whether the bidding service offers the signed-in operator to turn a demand into a 揭榜挂帅 challenge: its
 * {@code challenge} action on the demand as bidding knows it (the operator of the demand's region, no live challenge
 * on it yet). The demand's own page asks it in its template ({@code inject:challengeOffers.offered(demand.id)}); only
 * operators cause a call. A demand bidding does not know (yet), or bidding not answering, offers nothing.
 */
@Named("challengeOffers")
@RequestScoped
public class ChallengeOffers {

    @Inject
    @RestClient
    BiddingClient bidding;

    @Inject
    Viewer viewer;

    public boolean offered(UUID demandId) {
        if (!viewer.admin()) {
            return false;
        }
        Section<KnownDemandView> known = Section.load(() -> bidding.demand(demandId));
        return known.ok() && known.value().can("challenge");
    }
}
