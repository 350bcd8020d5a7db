package gx.techmarket.platform.testing;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the tests of a service that keeps a read model of the directory (it depends on services/platform/organisations,
 * whose configuration names the {@code directory-organisations} channel): the fixture organisations are known before
 * the first test runs. Quarkus runs every startup observer before it hands the application to the tests; this one
 * runs after the messaging library's (it needs the consumer running) and waits for the consumer to have handled
 * {@link DirectoryFixtures}' events.
 */
@ApplicationScoped
class KnownOrganisationsAtStartup {

    static final String CHANNEL_TOPIC = "mp.messaging.incoming.directory-organisations.topic";

    void ensureKnown(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) StartupEvent event,
            Instance<DataSource> dataSource) {
        if (ConfigProvider.getConfig().getOptionalValue(CHANNEL_TOPIC, String.class).isEmpty()
                || !dataSource.isResolvable()) {
            return; // not a consumer of the directory (platform tests, messaging tests)
        }
        DirectoryFixtures.ensureKnown(dataSource.get());
    }
}
