package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What a published result's or demand's page offers in 意向洽谈: the matching service's word
 * ({@code GET /listings/{id}/interest}: {@code express}, or the organisation's open conversation). Asked by the pages'
 * templates ({@code inject:interestOffers.of(result.id)}); only enterprises', universities' and brokers' users cause a
 * call. A listing the service does not know (yet), or the service not answering, offers nothing.
 */
@Named("interestOffers")
@RequestScoped
public class InterestOffers {

    @Inject
    @RestClient
    MatchingClient matching;

    @Inject
    Viewer viewer;

    public ListingInterestView of(UUID listingId) {
        if (!(viewer.enterprise() || viewer.university() || viewer.broker())) {
            return null;
        }
        Section<ListingInterestView> known = Section.load(() -> matching.listing(listingId));
        return known.ok() ? known.value() : null;
    }
}
