package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the launcher hands to Keycloak and to each service. */
class LaunchCommandsTest {

    private static final BuildInfo BUILD = new BuildInfo("26.7.3", "0.1.0-SNAPSHOT");

    private final Settings settings = Settings.fromEnvironment(Map.of("TECHMARKET_REPO", "/srv/tm",
            "TECHMARKET_HOME", "/srv/tm/.local", "TECHMARKET_PG_PORT", "25432", "TECHMARKET_KAFKA_PORT", "29092",
            "TECHMARKET_KEYCLOAK_PORT", "28180", "TECHMARKET_KEYCLOAK_MGMT_PORT", "29180",
            "TECHMARKET_SUBSIDY_PORT", "28085", "TECHMARKET_SMTP_PORT", "22525", "TECHMARKET_MAIL_API_PORT", "28025"),
            BUILD);

    private static ServiceSpec spec(String name) {
        return ServiceSpec.byName(name).orElseThrow();
    }

    @Test
    void aResourceServerGetsItsDatabaseBrokerRealmClientAndSecret() {
        Map<String, String> env = ServiceLaunch.environment(spec("subsidy"), settings,
                List.of(spec("portal"), spec("catalogue"), spec("subsidy")));
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "28085")
                .containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:25432/subsidy")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "subsidy")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "subsidy")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:28180/realms/techmarket")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "techmarket-subsidy")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "dev-secret-subsidy")
                .containsEntry("TECHMARKET_PORTAL_URL", "http://localhost:8080")
                .containsEntry("TECHMARKET_CATALOGUE_URL", "http://localhost:8081")
                .containsEntry("TECHMARKET_SUBSIDY_URL", "http://localhost:28085")
                .containsEntry("TECHMARKET_SMTP_HOST", "127.0.0.1")
                .containsEntry("TECHMARKET_SMTP_PORT", "22525")
                .doesNotContainKey("TECHMARKET_DEMAND_URL")
                .doesNotContainKey("TECHMARKET_PORTAL_HTTPS");
    }

    @Test
    void theDirectoryOfTheEmbeddedDefaultHoldsTheDemoOrganisations() {
        assertThat(ServiceLaunch.environment(spec("directory"), settings, List.of(spec("directory"))))
                .containsEntry("TECHMARKET_DIRECTORY_SEED", "demo")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "techmarket-directory")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "directory");
        assertThat(ServiceLaunch.environment(spec("registry"), settings, List.of(spec("registry"))))
                .doesNotContainKey("TECHMARKET_DIRECTORY_SEED");
    }

    @Test
    void thePortalIsAPublicClientWithoutSecret() {
        Map<String, String> env = ServiceLaunch.environment(spec("portal"), settings, List.of(spec("portal")));
        assertThat(env).containsEntry("QUARKUS_OIDC_CLIENT_ID", "techmarket-portal")
                .doesNotContainKey("QUARKUS_OIDC_CREDENTIALS_SECRET")
                .containsEntry("TECHMARKET_PORTAL_HTTPS", "false")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:25432/portal");
        assertThat(spec("portal").publicClient()).isTrue();
        assertThat(spec("catalogue").devSecret()).contains("dev-secret-catalogue");
    }

    @Test
    void aServiceRunsItsQuarkusJarMarkedAsPartOfTheHome() {
        List<String> argv = ServiceLaunch.command(spec("catalogue"), settings, "/jdk/bin/java");
        assertThat(argv).startsWith("/jdk/bin/java", "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC")
                .as("no class-data archive yet: it writes one at exit").contains("-XX:ArchiveClassesAtExit="
                        + ServiceLaunch.archive(spec("catalogue"), settings) + ".part")
                .endsWith("-Dtechmarket.managed=/srv/tm/.local", "-jar",
                        "/srv/tm/services/catalogue/target/quarkus-app/quarkus-run.jar");
        assertThat(Leftovers.belongsTo(argv, Path.of("/srv/tm/.local"))).isTrue();
        assertThat(ServiceLaunch.healthUrl(spec("subsidy"), settings)).isEqualTo("http://127.0.0.1:28085/q/health/ready");
        assertThat(ServiceLaunch.workingDirectory(spec("subsidy"), settings)).isEqualTo(Path.of("/srv/tm/services/subsidy"));
    }

    @Test
    void keycloakStartsOptimizedOnOurPostgresWithOneIssuer() {
        Path dist = Path.of("/srv/tm/.local/dist/keycloak-26.7.3");
        List<String> argv = KeycloakLaunch.command(dist, settings);
        assertThat(argv).containsExactly("/srv/tm/.local/dist/keycloak-26.7.3/bin/kc.sh", "start", "--optimized",
                "--import-realm", "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=28180",
                "--hostname=http://localhost:28180", "--http-management-port=29180", "--cache=local",
                "--db-url=jdbc:postgresql://127.0.0.1:25432/keycloak", "--log-console-color=false",
                "--spi-theme--folder--dir=/srv/tm/deploy/keycloak/themes", "--spi-theme--cache-themes=false",
                "--spi-theme--cache-templates=false", "--spi-theme--static-max-age=-1",
                "--log-level=INFO,io.smallrye.health:WARN");
        // the build-time options are fixed into the distribution at package time, not given at start
        assertThat(KeycloakLaunch.buildCommand(Path.of("/kc"))).containsExactly("/kc/bin/kc.sh", "build",
                "--db=postgres", "--health-enabled=true");
        assertThat(String.join(" ", argv)).doesNotContain("password").doesNotContain("admin");
        assertThat(Leftovers.belongsTo(argv, Path.of("/srv/tm/.local"))).isTrue();

        Map<String, String> env = KeycloakLaunch.environment(settings, "/jdk");
        assertThat(env).containsEntry("JAVA_HOME", "/jdk")
                .containsEntry("KC_DB_USERNAME", "keycloak").containsEntry("KC_DB_PASSWORD", "keycloak")
                .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .containsEntry("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m")
                // the realm's smtpServer placeholders
                .containsEntry("TECHMARKET_SMTP_HOST", "127.0.0.1").containsEntry("TECHMARKET_SMTP_PORT", "22525")
                .containsEntry("JAVA_OPTS_APPEND", "-Dtechmarket.managed=/srv/tm/.local -XX:ArchiveClassesAtExit="
                        + KeycloakLaunch.archive(settings) + ".part -Xlog:cds=off -Xlog:cds+dynamic=off");
        assertThat(KeycloakLaunch.archive(settings).toString()).startsWith("/srv/tm/.local/dist/cds/keycloak-")
                .endsWith(".jsa");
        assertThat(KeycloakLaunch.healthUrl(settings)).isEqualTo("http://127.0.0.1:29180/health/ready");
        assertThat(KeycloakLaunch.discoveryUrl(settings))
                .isEqualTo("http://127.0.0.1:28180/realms/techmarket/.well-known/openid-configuration");
    }

    @Test
    void theMailServerIsGreenMailOnLoopbackForAnyRecipientMarkedAsPartOfTheHome() {
        List<String> argv = MailLaunch.command(settings, "/jdk/bin/java");
        assertThat(argv).startsWith("/jdk/bin/java")
                .contains("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=22525",
                        "-Dgreenmail.auth.disabled", "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=28025")
                .endsWith("-jar", "/srv/tm/deploy/local/target/greenmail/greenmail-standalone.jar");
        assertThat(Leftovers.belongsTo(argv, Path.of("/srv/tm/.local"))).isTrue();
        assertThat(MailLaunch.healthUrl(settings)).isEqualTo("http://127.0.0.1:28025/api/service/readiness");
        assertThat(MailLaunch.mailboxUrl(settings, "uni.gxu@demo.techmarket.gx.cn"))
                .isEqualTo("http://127.0.0.1:28025/api/user/uni.gxu@demo.techmarket.gx.cn/messages/INBOX");
    }
}
