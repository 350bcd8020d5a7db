package gx.techmarket.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the embedded default runs Keycloak: {@code kc.sh start --optimized} from the home's copy of a distribution that
 * {@link KeycloakBuild} built for {@link #BUILD_OPTIONS} when this module was packaged (so no start pays Keycloak's
 * own Quarkus build, about 30 s of two cores), importing the {@code techmarket} realm on first start, its data in the
 * {@code keycloak} database of the embedded PostgreSQL (so it survives {@code mvn clean} and restarts), plain HTTP on
 * 127.0.0.1 with the public host name fixed to {@code localhost} (one issuer, whatever address a client used), a
 * local cache (one node: no cluster discovery), health on the management port, the market's login theme read from
 * {@code deploy/keycloak/themes} and its mails sent to the embedded mail server ({@link MailLaunch}).
 */
public final class KeycloakLaunch {

    public static final String DATABASE = "keycloak";
    /** The master realm's bootstrap administrator. Development only. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /**
     * Keycloak's build-time options the runtime needs: its database vendor and the health endpoints. They are fixed
     * into the distribution by {@code kc.sh build}; {@code start --optimized} trusts them.
     */
    public static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    private KeycloakLaunch() {}

    /** What {@link KeycloakBuild} runs in the distribution at package time. */
    public static List<String> buildCommand(Path distribution) {
        List<String> argv = new ArrayList<>();
        argv.add(distribution.resolve("bin/kc.sh").toString());
        argv.add("build");
        argv.addAll(BUILD_OPTIONS);
        return argv;
    }

    public static List<String> command(Path distribution, Settings settings) {
        return List.of(
                distribution.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--import-realm",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(),
                "--hostname=" + settings.keycloakUrl(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--cache=local",
                "--db-url=" + settings.jdbcUrl(DATABASE),
                "--log-console-color=false",
                // the market's login theme straight from the repository (runtime options: the pre-built
                // distribution stays valid), uncached, so an edit shows on the next page load
                "--spi-theme--folder--dir=" + settings.keycloakThemes(),
                "--spi-theme--cache-themes=false",
                "--spi-theme--cache-templates=false",
                "--spi-theme--static-max-age=-1",
                // production mode logs every DOWN answer of its health check at INFO; the launcher asks twice a second
                "--log-level=INFO,io.smallrye.health:WARN");
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
        // the realm's smtpServer names ${TECHMARKET_SMTP_HOST} and ${TECHMARKET_SMTP_PORT}, resolved at its import
        env.putAll(MailLaunch.clientEnvironment(settings));
        env.put("JAVA_OPTS_APPEND", Leftovers.mark(settings.home()) + " "
                + String.join(" ", ClassDataArchive.options(archive(settings))));
        return env;
    }

    /**
     * Keycloak's class-data archive ({@link ClassDataArchive}), named after the build of the distribution it comes
     * from (the file {@code kc.sh build} rewrites).
     */
    public static Path archive(Settings settings) {
        return ClassDataArchive.of(settings, "keycloak",
                settings.keycloakDistribution().resolve("lib/quarkus/quarkus-application.dat"));
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
