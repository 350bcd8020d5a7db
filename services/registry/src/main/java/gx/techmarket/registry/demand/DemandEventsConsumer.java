package gx.techmarket.registry.demand;

import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the demands read model from {@code demand.demands.v1} (consumer {@code registry.demands}). */
@ApplicationScoped
class DemandEventsConsumer {

    static final String CONSUMER = "registry.demands";

    private final Inbox.Routes routes;

    DemandEventsConsumer(Inbox inbox, PublishedDemands demands) {
        this.routes = inbox.routes(CONSUMER)
                .on(DemandPublished.class, demands::published)
                .on(DemandClosed.class, demands::closed)
                .on(DemandExpired.class, demands::expired)
                .on(DemandMatched.class, demands::matched);
    }

    @Incoming("demand-demands")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
