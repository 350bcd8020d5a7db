package gx.techmarket.matching.listing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask about listings: the published results and demands this service has heard of. */
@ApplicationScoped
public class KnownListings {

    private final KnownListingRepository listings;

    KnownListings(KnownListingRepository listings) {
        this.listings = listings;
    }

    /** The listing, if its publication has reached this service (open or since closed). Call in a transaction. */
    public Optional<KnownListing> find(UUID id) {
        return listings.findByIdOptional(id);
    }
}
