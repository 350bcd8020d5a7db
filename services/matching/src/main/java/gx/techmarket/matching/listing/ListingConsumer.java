package gx.techmarket.matching.listing;

import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code known_listing} up to date from {@code catalogue.results.v1} (consumer {@code matching.results}) and
 * {@code demand.demands.v1} ({@code matching.demands}). The inbox runs each event once, in a transaction with the
 * write. A demand closed by its enterprise, expired or matched (by a challenge or a contract) takes no new
 * expressions of interest, as a withdrawn result; conversations already open go on.
 */
@ApplicationScoped
class ListingConsumer {

    static final String RESULTS = "matching.results";
    static final String DEMANDS = "matching.demands";

    private final KnownListingRepository listings;
    private final Clock clock;
    private final Inbox.Routes results;
    private final Inbox.Routes demands;
    private final Event<ListingChanged> changed;

    ListingConsumer(Inbox inbox, KnownListingRepository listings, Clock clock, Event<ListingChanged> changed) {
        this.listings = listings;
        this.clock = clock;
        this.changed = changed;
        this.results = inbox.routes(RESULTS)
                .on(ResultPublished.class, this::resultPublished)
                .on(ResultWithdrawn.class, this::resultWithdrawn);
        this.demands = inbox.routes(DEMANDS).on(DemandPublished.class, this::demandPublished)
                .on(DemandClosed.class, e -> demandEnded(e.demandId(), e.closedAt()))
                .on(DemandExpired.class, e -> demandEnded(e.demandId(), e.expiredAt()))
                .on(DemandMatched.class, e -> demandEnded(e.demandId(), e.matchedAt()));
    }

    @Incoming("results")
    Uni<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return results.process(batch);
    }

    @Incoming("demands")
    Uni<Void> onDemands(KafkaRecordBatch<String, String> batch) {
        return demands.process(batch);
    }

    void resultPublished(ResultPublished e) {
        Instant now = MarketClock.now(clock);
        KnownListing known = listings.findById(e.resultId());
        if (known == null) {
            listings.persist(KnownListing.of(e, now));
            fire(e.resultId());
        } else if (known.republished(e, now)) {
            fire(e.resultId());
        }
    }

    /** Tells the features derived from listings, after the write is flushed (they read it). */
    private void fire(UUID id) {
        listings.flush();
        changed.fire(new ListingChanged(id));
    }

    /** A withdrawal of a result never heard of is ignored. */
    void resultWithdrawn(ResultWithdrawn e) {
        KnownListing known = listings.findById(e.resultId());
        if (known != null && known.closed(e.withdrawnAt(), MarketClock.now(clock))) {
            fire(known.id());
        }
    }

    /** A demand closed, expired or matched: no longer listed for new interest. One never heard of is ignored. */
    void demandEnded(UUID demandId, Instant at) {
        KnownListing known = listings.findById(demandId);
        if (known != null && known.closed(at, MarketClock.now(clock))) {
            fire(known.id());
        }
    }

    void demandPublished(DemandPublished e) {
        Instant now = MarketClock.now(clock);
        KnownListing known = listings.findById(e.demandId());
        if (known == null) {
            listings.persist(KnownListing.of(e, now));
            fire(e.demandId());
        } else if (known.republished(e, now)) {
            fire(e.demandId());
        }
    }
}
