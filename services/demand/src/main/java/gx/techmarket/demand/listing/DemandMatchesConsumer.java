package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What matches a demand (consumer {@code demand.matches}, platform inbox: each event once, failures after retries
 * to {@code <topic>.dlq}): a challenge published from it on {@code bidding.challenges.v1}, a contract drafted for
 * it on {@code registry.contracts.v1}; and what opens it again: that challenge cancelled or failed. The topics' other
 * event types are acknowledged and ignored.
 */
@ApplicationScoped
class DemandMatchesConsumer {

    static final String CONSUMER = "demand.matches";

    private final Inbox.Routes routes;

    DemandMatchesConsumer(Inbox inbox, DemandMarketService market) {
        this.routes = inbox.routes(CONSUMER)
                .on(ChallengePublished.class, market::onChallenge)
                .on(ChallengeCancelled.class, e -> market.onChallengeEnded(e.challengeId(), "was cancelled"))
                .on(ChallengeFailed.class, e -> market.onChallengeEnded(e.challengeId(), "failed"))
                .on(ContractDrafted.class, market::onContract);
    }

    @Incoming("bidding-challenges")
    Uni<Void> onChallenges(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("registry-contracts")
    Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
