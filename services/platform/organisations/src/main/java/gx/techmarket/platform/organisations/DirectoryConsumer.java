package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.OrganisationChanged;
import gx.techmarket.contracts.events.OrganisationSuspended;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.QualificationExpired;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.RegistrationPointClosed;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The directory's events, each applied once (inbox consumer {@code <service>.directory}). */
@ApplicationScoped
class DirectoryConsumer {

    private final Inbox.Routes routes;

    DirectoryConsumer(Inbox inbox, DirectoryReadModel model,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.routes = inbox.routes(service + ".directory")
                .on(OrganisationVerified.class, model::verified)
                .on(OrganisationChanged.class, model::changed)
                .on(OrganisationSuspended.class, model::suspended)
                .on(QualificationGranted.class, model::qualificationGranted)
                .on(QualificationExpired.class, model::qualificationExpired)
                .on(RegistrationPointOpened.class, model::pointOpened)
                .on(RegistrationPointClosed.class, model::pointClosed);
    }

    @Incoming("directory-organisations")
    Uni<Void> onDirectory(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
