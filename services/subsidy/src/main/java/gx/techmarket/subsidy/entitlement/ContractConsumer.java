package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.MessageContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Registered, amended (变更登记) and cancelled (注销登记) contracts from the registry, each event handled once (inbox
 * consumer {@code subsidy.entitlements}); the topic's other events concern no subsidy and are acknowledged.
 */
@ApplicationScoped
class ContractConsumer {

    static final String CONSUMER = "subsidy.entitlements";

    private final Inbox.Routes routes;

    ContractConsumer(Inbox inbox, EntitlementService entitlements) {
        this.routes = inbox.routes(CONSUMER)
                .on(ContractRegistered.class, contract -> entitlements.derive(contract, causation()))
                .on(ContractAmended.class, amended -> entitlements.amend(amended.asRegistered(),
                        amended.amendmentNumber(), amended.reason(), causation()))
                .on(ContractDeregistered.class, cancelled -> entitlements.deregister(cancelled.contractId(),
                        cancelled.registrationNumber(), cancelled.reason(), cancelled.explanation(),
                        cancelled.deregisteredAt(), causation()));
    }

    /** The id of the event being handled. */
    private static UUID causation() {
        return MessageContext.current().orElseThrow().causationId();
    }

    @Incoming("registry-contracts")
    Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
