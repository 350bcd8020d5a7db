package gx.techmarket.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the JVM's real PostgreSQL, Kafka broker and OIDC issuer.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"),
 *         scope = TestResourceScope.MATCHING_RESOURCES)
 * class ResultResourceTest { ... }
 * }</pre>
 *
 * The service gets its own database (and login role) named by the {@code database} argument, created on first use
 * and migrated by the service's own Flyway scripts when Quarkus starts. With {@code MATCHING_RESOURCES} every test class
 * of a module that names the same resources (and no test profile of its own) shares one application boot; the default
 * scope, {@code RESTRICTED_TO_CLASS}, would start the application again for each class.
 */
public class TechmarketTestResources implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        infra.postgres().ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", infra.oidc().issuer());
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure is shared by every application the test JVM starts; it stops when the JVM exits.
    }
}
