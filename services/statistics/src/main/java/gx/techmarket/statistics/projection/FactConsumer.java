package gx.techmarket.statistics.projection;

import gx.techmarket.platform.messaging.Inbox;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live facts: every event the figures need, handled once (inbox consumer {@code statistics.facts}) and written
 * to the live generation under the shared switch lock ({@link Generations#liveForWrite()}). Other event types on the
 * topics are acknowledged unread; a poison message goes to its topic's dead-letter topic.
 */
@Startup
@ApplicationScoped
class FactConsumer {

    static final String CONSUMER = "statistics.facts";

    private final Inbox.Routes routes;

    FactConsumer(Inbox inbox, Facts facts, Generations generations, OpenChanges changes) {
        this.routes = FactRoutes.of(inbox, CONSUMER, facts, generations::liveForWrite, changes);
    }

    @Incoming("results")
    Uni<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("demands")
    Uni<Void> onDemands(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("challenges")
    Uni<Void> onChallenges(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("contracts")
    Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("grants")
    Uni<Void> onGrants(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("claims")
    Uni<Void> onClaims(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("brokers")
    Uni<Void> onBrokers(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
