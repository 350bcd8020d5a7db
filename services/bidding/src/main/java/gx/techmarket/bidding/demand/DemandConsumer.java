package gx.techmarket.bidding.demand;

import gx.techmarket.bidding.demand.KnownDemand.OffMarket;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps {@code known_demand} up to date from {@code demand.demands.v1}: its publication ({@code DemandPublished}) and
 * its leaving the market ({@code DemandClosed}, {@code DemandExpired}, {@code DemandMatched} by a contract: final,
 * after which no challenge is made from it). The inbox runs each event once, in a transaction with the write; a redelivered event is
 * skipped and an older publication never overwrites a newer one.
 */
@ApplicationScoped
class DemandConsumer {

    static final String CONSUMER = "bidding.demands";
    private static final Logger LOG = Logger.getLogger(DemandConsumer.class);

    private final KnownDemandRepository demands;
    private final Clock clock;
    private final Inbox.Routes routes;

    DemandConsumer(Inbox inbox, KnownDemandRepository demands, Clock clock) {
        this.demands = demands;
        this.clock = clock;
        this.routes = inbox.routes(CONSUMER)
                .on(DemandPublished.class, this::published)
                .on(DemandClosed.class, e -> left(e.demandId(), OffMarket.CLOSED, e.closedAt()))
                .on(DemandExpired.class, e -> left(e.demandId(), OffMarket.EXPIRED, e.expiredAt()))
                .on(DemandMatched.class, this::matched);
    }

    @Incoming("demands")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    /** Runs inside the inbox's transaction. */
    void published(DemandPublished event) {
        Instant now = MarketClock.now(clock);
        KnownDemand known = demands.findById(event.demandId());
        if (known == null) {
            demands.persist(KnownDemand.of(event, now));
        } else {
            known.update(event, now);
        }
    }

    /** Runs inside the inbox's transaction. */
    void left(UUID demandId, OffMarket how, Instant at) {
        KnownDemand known = demands.findById(demandId);
        if (known == null) {
            // its publication comes first on the same partition; a demand never published here has nothing to close
            LOG.infof("demand %s left the market (%s) without having been published here; nothing to record",
                    demandId, how);
            return;
        }
        known.leave(how, at);
    }

    /**
     * Matched by a contract drafted for it: off the market. Matched by a challenge: that is one of ours, and whether
     * another may follow is the challenges' own rule (none while one is live; a cancelled one leaves room).
     */
    void matched(DemandMatched event) {
        if (event.contractId() != null) {
            left(event.demandId(), OffMarket.MATCHED, event.matchedAt());
        }
    }
}
