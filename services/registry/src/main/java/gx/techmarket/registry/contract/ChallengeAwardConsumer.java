package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Drafts contracts from 揭榜 awards on {@code bidding.challenges.v1} (consumer {@code registry.awards}); the
 * topic's other event types are acknowledged and ignored.
 */
@ApplicationScoped
class ChallengeAwardConsumer {

    static final String CONSUMER = "registry.awards";

    private final Inbox.Routes routes;

    ChallengeAwardConsumer(Inbox inbox, ContractService contracts) {
        this.routes = inbox.routes(CONSUMER).on(ChallengeAwarded.class, contracts::onAward);
    }

    @Incoming("bidding-challenges")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
