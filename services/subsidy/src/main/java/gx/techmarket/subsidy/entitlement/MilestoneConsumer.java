package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.MessageContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * 揭榜 milestones the challenge's operator accepted (验收), each event handled once (inbox consumer
 * {@code subsidy.challenges}): each releases its part of the province's support through the 揭榜 support programme;
 * the topic's other challenge events concern no subsidy and are acknowledged.
 */
@ApplicationScoped
class MilestoneConsumer {

    static final String CONSUMER = "subsidy.challenges";

    private final Inbox.Routes routes;

    MilestoneConsumer(Inbox inbox, EntitlementService entitlements) {
        this.routes = inbox.routes(CONSUMER).on(MilestoneAccepted.class, accepted -> entitlements.release(accepted,
                MessageContext.current().orElseThrow().causationId()));
    }

    @Incoming("bidding-challenges")
    Uni<Void> onChallenges(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
