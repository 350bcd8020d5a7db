package gx.techmarket.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the embedded default runs Keycloak: {@code kc.sh start-dev} from the home's copy of the distribution,
 * importing the {@code techmarket} realm on first start, its data in the {@code keycloak} database of the embedded
 * PostgreSQL (so it survives {@code mvn clean} and restarts), HTTP on 127.0.0.1 with the public host name fixed to
 * {@code localhost} (one issuer, whatever address a client used), health on the management port.
 */
public final class KeycloakLaunch {

    public static final String DATABASE = "keycloak";
    /** The master realm's bootstrap administrator. Development only. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private KeycloakLaunch() {}

    public static List<String> command(Path distribution, Settings settings) {
        return List.of(
                distribution.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--hostname=" + settings.keycloakUrl(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + settings.jdbcUrl(DATABASE),
                "--log-console-color=false");
    }

    /** Secrets go through the environment, not the command line that {@code ps} shows. */
    public static Map<String, String> environment(Settings settings, String javaHome) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", javaHome);
        env.put("KC_DB_USERNAME", DATABASE);
        env.put("KC_DB_PASSWORD", DATABASE);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", settings.keycloakHeap());
        env.put("JAVA_OPTS_APPEND", Leftovers.mark(settings.home()));
        return env;
    }

    /** Ready when the management interface says so. */
    public static String healthUrl(Settings settings) {
        return "http://127.0.0.1:" + settings.keycloakManagementPort() + "/health/ready";
    }

    /** ...and the realm answers its discovery document (fetched over 127.0.0.1; the issuer says localhost). */
    public static String discoveryUrl(Settings settings) {
        return "http://127.0.0.1:" + settings.keycloakPort() + "/realms/techmarket/.well-known/openid-configuration";
    }
}
