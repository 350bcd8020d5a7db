package gx.techmarket.matching.listing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    /** The listings with these ids that this service knows. Call in a transaction. */
    public List<KnownListing> all(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : listings.list("id in ?1", ids);
    }

    /**
     * The listings on the market on {@code today} whose content is known (published since matching keeps it): what
     * the matcher starts from. Call in a transaction.
     */
    public List<KnownListing> listedWithContent(LocalDate today) {
        return listings.list("open = true and summary is not null and (deadline is null or deadline >= ?1)", today);
    }
}
