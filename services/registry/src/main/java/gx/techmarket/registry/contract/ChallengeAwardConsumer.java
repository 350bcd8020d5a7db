package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Drafts contracts from signed 揭榜协议 on {@code bidding.challenges.v1} (consumer {@code registry.awards}, the name
 * kept so that the consumer group's offsets and inbox rows stay valid); the topic's other event types, the award
 * among them, are acknowledged and ignored.
 */
@ApplicationScoped
class ChallengeAwardConsumer {

    static final String CONSUMER = "registry.awards";

    private final Inbox.Routes routes;

    ChallengeAwardConsumer(Inbox inbox, ContractService contracts) {
        this.routes = inbox.routes(CONSUMER).on(AgreementSigned.class, contracts::onAgreement);
    }

    @Incoming("bidding-challenges")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
