package gx.techmarket.bidding.demand;

import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code known_demand} up to date from {@code demand.demands.v1}. The inbox runs each event once, in a
 * transaction with the write; a redelivered event is skipped and an older publication never overwrites a newer one.
 */
@ApplicationScoped
class DemandConsumer {

    static final String CONSUMER = "bidding.demands";

    private final KnownDemandRepository demands;
    private final Clock clock;
    private final Inbox.Routes routes;

    DemandConsumer(Inbox inbox, KnownDemandRepository demands, Clock clock) {
        this.demands = demands;
        this.clock = clock;
        this.routes = inbox.routes(CONSUMER).on(DemandPublished.class, this::published);
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
}
