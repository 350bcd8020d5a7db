package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final BuildInfo BUILD = new BuildInfo("26.7.3", "0.1.0-SNAPSHOT");

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("TECHMARKET_REPO", "/srv/techmarket");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsFollowTheArchitecture() {
        Settings s = Settings.fromEnvironment(env(), BUILD);
        assertThat(s.home()).isEqualTo(Path.of("/srv/techmarket/.local"));
        assertThat(s.servicesDirectory()).isEqualTo(Path.of("/srv/techmarket/services"));
        assertThat(s.keycloakDistribution()).isEqualTo(Path.of("/srv/techmarket/deploy/local/target/keycloak-26.7.3"));
        assertThat(s.realmFile()).isEqualTo(Path.of("/srv/techmarket/deploy/keycloak/techmarket-realm.json"));
        assertThat(s.postgresPort()).isEqualTo(15432);
        assertThat(s.kafkaPort()).isEqualTo(19092);
        assertThat(s.kafkaControllerPort()).isEqualTo(19093);
        assertThat(s.keycloakPort()).isEqualTo(8180);
        assertThat(s.keycloakManagementPort()).isEqualTo(9180);
        assertThat(s.smtpPort()).isEqualTo(2525);
        assertThat(s.mailApiPort()).isEqualTo(8025);
        assertThat(s.mailApiUrl()).isEqualTo("http://127.0.0.1:8025");
        assertThat(s.mailServerJar())
                .isEqualTo(Path.of("/srv/techmarket/deploy/local/target/greenmail/greenmail-standalone.jar"));
        assertThat(s.keycloakThemes()).isEqualTo(Path.of("/srv/techmarket/deploy/keycloak/themes"));
        assertThat(s.servicePorts()).containsExactlyInAnyOrderEntriesOf(Map.of("portal", 8080, "catalogue", 8081,
                "demand", 8082, "bidding", 8083, "registry", 8084, "subsidy", 8085, "notification", 8086,
                "directory", 8087, "matching", 8088, "statistics", 8089));
        assertThat(s.serviceSelection()).isEmpty();
        assertThat(s.keycloakTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(s.dataDirectory()).isEqualTo(Path.of("/srv/techmarket/.local/data"));
        assertThat(s.logDirectory()).isEqualTo(Path.of("/srv/techmarket/.local/logs"));
        assertThat(s.runDirectory()).isEqualTo(Path.of("/srv/techmarket/.local/run"));
        assertThat(s.realmUrl()).isEqualTo("http://localhost:8180/realms/techmarket");
        assertThat(s.jdbcUrl("demand")).isEqualTo("jdbc:postgresql://127.0.0.1:15432/demand");
        assertThat(s.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void everyPortAndPathCanBeOverridden() {
        Settings s = Settings.fromEnvironment(env("TECHMARKET_HOME", "/tmp/h/../home", "TECHMARKET_PG_PORT", "25432",
                "TECHMARKET_KAFKA_PORT", " 29092 ", "TECHMARKET_KAFKA_CONTROLLER_PORT", "29093",
                "TECHMARKET_KEYCLOAK_PORT", "28180", "TECHMARKET_KEYCLOAK_MGMT_PORT", "29180",
                "TECHMARKET_SUBSIDY_PORT", "28085", "TECHMARKET_SERVICES", "catalogue, subsidy",
                "TECHMARKET_SMTP_PORT", "22525", "TECHMARKET_MAIL_API_PORT", "28025",
                "TECHMARKET_KEYCLOAK_TIMEOUT", "600", "TECHMARKET_SERVICES_DIR", "/x/services"), BUILD);
        assertThat(s.home()).isEqualTo(Path.of("/tmp/home"));
        assertThat(s.postgresPort()).isEqualTo(25432);
        assertThat(s.kafkaPort()).isEqualTo(29092);
        assertThat(s.kafkaControllerPort()).isEqualTo(29093);
        assertThat(s.keycloakPort()).isEqualTo(28180);
        assertThat(s.keycloakManagementPort()).isEqualTo(29180);
        assertThat(s.smtpPort()).isEqualTo(22525);
        assertThat(s.mailApiPort()).isEqualTo(28025);
        assertThat(s.servicePorts()).containsEntry("subsidy", 28085).containsEntry("catalogue", 8081);
        assertThat(s.serviceSelection()).contains(Set.of("catalogue", "subsidy"));
        assertThat(s.keycloakTimeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(s.servicesDirectory()).isEqualTo(Path.of("/x/services"));
        assertThat(s.realmUrl()).isEqualTo("http://localhost:28180/realms/techmarket");
    }

    @Test
    void everyInvalidValueIsNamedAtOnce() {
        assertThatThrownBy(() -> Settings.fromEnvironment(env("TECHMARKET_PG_PORT", "postgres",
                "TECHMARKET_KEYCLOAK_PORT", "70000", "TECHMARKET_CATALOGUE_PORT", "0",
                "TECHMARKET_KEYCLOAK_TIMEOUT", "-5", "TECHMARKET_SERVICES", "catalogue,market"), BUILD))
                .isInstanceOfSatisfying(LauncherException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(LauncherException.CONFIGURATION);
                    assertThat(e.getMessage())
                            .contains("TECHMARKET_PG_PORT must be a TCP port number from 1 to 65535, not 'postgres'")
                            .contains("TECHMARKET_KEYCLOAK_PORT must be a TCP port number from 1 to 65535, not '70000'")
                            .contains("TECHMARKET_CATALOGUE_PORT must be a TCP port number from 1 to 65535, not '0'")
                            .contains("TECHMARKET_KEYCLOAK_TIMEOUT must be a positive number of seconds, not '-5'")
                            .contains("TECHMARKET_SERVICES names 'market'");
                });
    }

    @Test
    void withoutTheRepositoryTheScriptWasBypassed() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of(), BUILD))
                .hasMessageContaining("TECHMARKET_REPO is not set")
                .hasMessageContaining("deploy/local/techmarket");
    }

    @Test
    void portClaimsNameComponentAndVariable() {
        Settings s = Settings.fromEnvironment(env(), BUILD);
        List<PortClaim> claims = s.portClaims(List.of(ServiceSpec.byName("catalogue").orElseThrow()));
        assertThat(claims).containsExactly(
                new PortClaim(15432, "PostgreSQL", "TECHMARKET_PG_PORT"),
                new PortClaim(19092, "Kafka broker", "TECHMARKET_KAFKA_PORT"),
                new PortClaim(19093, "Kafka KRaft controller", "TECHMARKET_KAFKA_CONTROLLER_PORT"),
                new PortClaim(8180, "Keycloak HTTP", "TECHMARKET_KEYCLOAK_PORT"),
                new PortClaim(9180, "Keycloak management (health)", "TECHMARKET_KEYCLOAK_MGMT_PORT"),
                new PortClaim(2525, "mail server SMTP", "TECHMARKET_SMTP_PORT"),
                new PortClaim(8025, "mail server API (mailboxes)", "TECHMARKET_MAIL_API_PORT"),
                new PortClaim(8081, "service catalogue", "TECHMARKET_CATALOGUE_PORT"));
    }

    @Test
    void aPortGivenTwiceIsRefused() {
        Settings s = Settings.fromEnvironment(env("TECHMARKET_KEYCLOAK_PORT", "8081"), BUILD);
        assertThatThrownBy(() -> s.portClaims(List.of(ServiceSpec.byName("catalogue").orElseThrow())))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("port 8081 is given to both Keycloak HTTP (TECHMARKET_KEYCLOAK_PORT) and service"
                        + " catalogue (TECHMARKET_CATALOGUE_PORT)");
        // a service that does not run does not clash
        assertThat(s.portClaims(List.of())).extracting(PortClaim::port).contains(8081);
    }
}
