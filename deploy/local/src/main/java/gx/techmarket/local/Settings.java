package gx.techmarket.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the launcher is told by its environment. Every port, path and timeout has a default and an
 * environment variable; {@link #fromEnvironment} checks them all at once and names each mistake.
 */
public record Settings(
        Path repository,
        Path home,
        Path servicesDirectory,
        Path keycloakDistribution,
        Path realmFile,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int keycloakManagementPort,
        int smtpPort,
        int mailApiPort,
        Map<String, Integer> servicePorts,
        Optional<Set<String>> serviceSelection,
        Duration keycloakTimeout,
        Duration serviceTimeout,
        Duration stopTimeout,
        String keycloakHeap,
        String serviceJavaOptions,
        String supervisorJavaOptions) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 9180;
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_MAIL_API_PORT = 8025;

    public static final String REPOSITORY = "TECHMARKET_REPO";
    public static final String HOME = "TECHMARKET_HOME";
    public static final String SERVICES_DIR = "TECHMARKET_SERVICES_DIR";
    public static final String SERVICES = "TECHMARKET_SERVICES";
    public static final String KEYCLOAK_DIST = "TECHMARKET_KEYCLOAK_DIST";
    public static final String REALM_FILE = "TECHMARKET_REALM_FILE";
    public static final String PG_PORT = "TECHMARKET_PG_PORT";
    public static final String KAFKA_PORT = "TECHMARKET_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT = "TECHMARKET_KAFKA_CONTROLLER_PORT";
    public static final String KEYCLOAK_PORT = "TECHMARKET_KEYCLOAK_PORT";
    public static final String KEYCLOAK_MGMT_PORT = "TECHMARKET_KEYCLOAK_MGMT_PORT";
    public static final String SMTP_PORT = "TECHMARKET_SMTP_PORT";
    public static final String MAIL_API_PORT = "TECHMARKET_MAIL_API_PORT";
    public static final String KEYCLOAK_TIMEOUT = "TECHMARKET_KEYCLOAK_TIMEOUT";
    public static final String SERVICE_TIMEOUT = "TECHMARKET_SERVICE_TIMEOUT";
    public static final String STOP_TIMEOUT = "TECHMARKET_STOP_TIMEOUT";
    public static final String KEYCLOAK_HEAP = "TECHMARKET_KEYCLOAK_HEAP";
    public static final String SERVICE_JAVA_OPTS = "TECHMARKET_SERVICE_JAVA_OPTS";
    public static final String SUPERVISOR_JAVA_OPTS = "TECHMARKET_SUPERVISOR_JAVA_OPTS";

    /**
     * Reads the settings.
     *
     * @param env the process environment (or a test's map)
     * @param build the versions the launcher was built with
     * @throws LauncherException listing every invalid value
     */
    public static Settings fromEnvironment(Map<String, String> env, BuildInfo build) {
        List<String> problems = new ArrayList<>();
        String repoValue = env.get(REPOSITORY);
        if (repoValue == null || repoValue.isBlank()) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    REPOSITORY + " is not set; start the launcher with deploy/local/techmarket, which sets it");
        }
        Path repo = Path.of(repoValue).toAbsolutePath().normalize();
        Path home = path(env, HOME, repo.resolve(".local"));
        Path services = path(env, SERVICES_DIR, repo.resolve("services"));
        Path dist = path(env, KEYCLOAK_DIST,
                repo.resolve("deploy/local/target/keycloak-" + build.keycloakVersion()));
        Path realm = path(env, REALM_FILE, repo.resolve("deploy/keycloak/techmarket-realm.json"));

        int pg = port(env, PG_PORT, DEFAULT_POSTGRES_PORT, problems);
        int kafka = port(env, KAFKA_PORT, DEFAULT_KAFKA_PORT, problems);
        int controller = port(env, KAFKA_CONTROLLER_PORT, DEFAULT_KAFKA_CONTROLLER_PORT, problems);
        int keycloak = port(env, KEYCLOAK_PORT, DEFAULT_KEYCLOAK_PORT, problems);
        int management = port(env, KEYCLOAK_MGMT_PORT, DEFAULT_KEYCLOAK_MANAGEMENT_PORT, problems);
        int smtp = port(env, SMTP_PORT, DEFAULT_SMTP_PORT, problems);
        int mailApi = port(env, MAIL_API_PORT, DEFAULT_MAIL_API_PORT, problems);
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            servicePorts.put(spec.name(), port(env, spec.portVariable(), spec.defaultPort(), problems));
        }
        Duration kcTimeout = seconds(env, KEYCLOAK_TIMEOUT, 300, problems);
        Duration svcTimeout = seconds(env, SERVICE_TIMEOUT, 180, problems);
        Duration stopTimeout = seconds(env, STOP_TIMEOUT, 180, problems);
        Optional<Set<String>> selection = Optional.empty();
        try {
            selection = ServiceCatalog.parseSelection(env.get(SERVICES));
        } catch (LauncherException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "invalid configuration:\n  - " + String.join("\n  - ", problems));
        }
        return new Settings(repo, home, services, dist, realm, pg, kafka, controller, keycloak, management, smtp,
                mailApi, Map.copyOf(servicePorts), selection, kcTimeout, svcTimeout, stopTimeout,
                env.getOrDefault(KEYCLOAK_HEAP, "-Xms64m -Xmx512m"),
                // the serial collector: a service's heap is small and the machine has two cores, so G1's concurrent
                // threads and remembered sets cost footprint (about 30 MB RSS a service) without shortening pauses
                env.getOrDefault(SERVICE_JAVA_OPTS, "-Xms32m -Xmx384m -XX:+UseSerialGC"),
                env.getOrDefault(SUPERVISOR_JAVA_OPTS, "-Xms64m -Xmx512m"));
    }

    /**
     * The ports the market will listen on, given the services that run.
     *
     * @throws LauncherException if two components were given the same port
     */
    public List<PortClaim> portClaims(List<ServiceSpec> services) {
        List<PortClaim> claims = new ArrayList<>();
        claims.add(new PortClaim(postgresPort, "PostgreSQL", PG_PORT));
        claims.add(new PortClaim(kafkaPort, "Kafka broker", KAFKA_PORT));
        claims.add(new PortClaim(kafkaControllerPort, "Kafka KRaft controller", KAFKA_CONTROLLER_PORT));
        claims.add(new PortClaim(keycloakPort, "Keycloak HTTP", KEYCLOAK_PORT));
        claims.add(new PortClaim(keycloakManagementPort, "Keycloak management (health)", KEYCLOAK_MGMT_PORT));
        claims.add(new PortClaim(smtpPort, "mail server SMTP", SMTP_PORT));
        claims.add(new PortClaim(mailApiPort, "mail server API (mailboxes)", MAIL_API_PORT));
        for (ServiceSpec spec : services) {
            claims.add(new PortClaim(servicePort(spec), "service " + spec.name(), spec.portVariable()));
        }
        Map<Integer, PortClaim> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (PortClaim claim : claims) {
            PortClaim earlier = seen.putIfAbsent(claim.port(), claim);
            if (earlier != null) {
                clashes.add("port " + claim.port() + " is given to both " + earlier.component() + " ("
                        + earlier.variable() + ") and " + claim.component() + " (" + claim.variable() + ")");
            }
        }
        if (!clashes.isEmpty()) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "invalid configuration:\n  - " + String.join("\n  - ", clashes));
        }
        return List.copyOf(claims);
    }

    public int servicePort(ServiceSpec spec) {
        return servicePorts.get(spec.name());
    }

    public Path dataDirectory() {
        return home.resolve("data");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    public Path runDirectory() {
        return home.resolve("run");
    }

    public Path distDirectory() {
        return home.resolve("dist");
    }

    public Path postgresData() {
        return dataDirectory().resolve("postgres");
    }

    public Path kafkaData() {
        return dataDirectory().resolve("kafka");
    }

    /** Keycloak's base URL; the host name is always {@code localhost} so that token issuers never differ. */
    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/techmarket";
    }

    /**
     * Keycloak's login theme of the market, read from the repository at every start: Keycloak's folder theme
     * provider is pointed at this directory, so the distribution built at package time stays as it is.
     */
    public Path keycloakThemes() {
        return repository.resolve("deploy/keycloak/themes");
    }

    /** GreenMail standalone, copied next to the Keycloak distribution when this module is packaged. */
    public Path mailServerJar() {
        return repository.resolve("deploy/local/target/greenmail/greenmail-standalone.jar");
    }

    /** Where the mail server keeps what it received, for a developer: its REST API. */
    public String mailApiUrl() {
        return "http://127.0.0.1:" + mailApiPort;
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    private static Path path(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    static int port(Map<String, String> env, String variable, int fallback, List<String> problems) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(variable + " must be a TCP port number from 1 to 65535, not '" + value + "'");
        return fallback;
    }

    static Duration seconds(Map<String, String> env, String variable, int fallback, List<String> problems) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(fallback);
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(variable + " must be a positive number of seconds, not '" + value + "'");
        return Duration.ofSeconds(fallback);
    }
}
