package gx.techmarket.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the outbox and inbox tables in the service's database, before anything can publish or
 * consume. They are versioned apart from the service's own migrations (their own history table), so the library
 * and the services can each add migrations without colliding.
 */
@ApplicationScoped
public class MessagingMigrations {

    /** Runs before the Kafka consumers and the relay start. */
    static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

    private final AgroalDataSource dataSource;

    MessagingMigrations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes @Priority(PRIORITY) StartupEvent event) {
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/techmarket-messaging")
                .table("messaging_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
