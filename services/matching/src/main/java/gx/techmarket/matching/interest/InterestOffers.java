package gx.techmarket.matching.interest;

import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features (the match suggestions) may offer about 意向洽谈 on a listing, by the same rules as
 * {@code GET /listings/{id}/interest}: whether the caller's organisation may express its interest now, and its open
 * conversation about the listing. Call in a transaction (or with one supported).
 */
@ApplicationScoped
public class InterestOffers {

    private final InterestRepository interests;
    private final Directory directory;
    private final Clock clock;

    InterestOffers(InterestRepository interests, Directory directory, Clock clock) {
        this.interests = interests;
        this.directory = directory;
        this.clock = clock;
    }

    /** The caller's organisation's open conversation about the listing, if any. */
    public Optional<UUID> openInterest(Actor actor, KnownListing listing) {
        return interests.openOf(listing.id(), actor.orgId()).map(Interest::id);
    }

    /**
     * Whether the caller's organisation may express its interest in the listing now: the listing is listed, not its
     * own, the organisation verified and of a kind that may, and no conversation of it about the listing is open.
     */
    public boolean mayExpress(Actor actor, KnownListing listing) {
        return listing.listedOn(MarketClock.today(clock)) && !listing.owner().uscc().equals(actor.orgId())
                && openInterest(actor, listing).isEmpty()
                && directory.verifiedParty(actor.orgId()).map(p -> InterestRules.mayExpressInterest(p.kind()))
                        .orElse(false);
    }
}
