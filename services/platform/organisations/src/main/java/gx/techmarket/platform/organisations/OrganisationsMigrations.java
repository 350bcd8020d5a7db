package gx.techmarket.platform.organisations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the read model's tables in the service's database before its consumer starts. Versioned apart
 * from the service's own migrations (history table {@code organisations_schema_history}), like the messaging tables.
 */
@ApplicationScoped
class OrganisationsMigrations {

    private final AgroalDataSource dataSource;

    OrganisationsMigrations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/techmarket-organisations")
                .table("organisations_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
