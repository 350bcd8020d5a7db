package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.MessageContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Registered contracts from the registry, each handled once (inbox consumer {@code subsidy.entitlements}). */
@ApplicationScoped
class ContractConsumer {

    static final String CONSUMER = "subsidy.entitlements";

    private final Inbox.Routes routes;

    ContractConsumer(Inbox inbox, EntitlementService entitlements) {
        this.routes = inbox.routes(CONSUMER).on(ContractRegistered.class,
                contract -> entitlements.derive(contract, MessageContext.current().orElseThrow().causationId()));
    }

    @Incoming("registry-contracts")
    Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
