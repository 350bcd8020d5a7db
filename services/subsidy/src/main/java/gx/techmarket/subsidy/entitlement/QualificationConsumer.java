package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.MessageContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Qualifications the directory recorded (资质认定), each event handled once (inbox consumer
 * {@code subsidy.qualifications}, its own consumer group beside the organisations library's read model): a
 * 高新技术企业 recognition is assessed by the programmes of 高企 recognition; the topic's other events concern no
 * subsidy here and are acknowledged.
 */
@ApplicationScoped
class QualificationConsumer {

    static final String CONSUMER = "subsidy.qualifications";

    private final Inbox.Routes routes;

    QualificationConsumer(Inbox inbox, EntitlementService entitlements) {
        this.routes = inbox.routes(CONSUMER).on(QualificationGranted.class, granted -> entitlements.recognise(granted,
                MessageContext.current().orElseThrow().causationId()));
    }

    @Incoming("directory-qualifications")
    Uni<Void> onQualifications(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
