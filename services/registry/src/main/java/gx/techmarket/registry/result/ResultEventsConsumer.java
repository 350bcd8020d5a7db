package gx.techmarket.registry.result;

import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the published-results read model from {@code catalogue.results.v1} (consumer {@code registry.results}). */
@ApplicationScoped
class ResultEventsConsumer {

    static final String CONSUMER = "registry.results";

    private final Inbox.Routes routes;

    ResultEventsConsumer(Inbox inbox, PublishedResults results) {
        this.routes = inbox.routes(CONSUMER)
                .on(ResultPublished.class, results::published)
                .on(ResultWithdrawn.class, results::withdrawn);
    }

    @Incoming("catalogue-results")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
