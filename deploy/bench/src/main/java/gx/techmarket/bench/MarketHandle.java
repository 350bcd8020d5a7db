package gx.techmarket.bench;

import gx.techmarket.local.Cleanup;
import gx.techmarket.local.DemoUsers;
import gx.techmarket.local.Leftovers;
import gx.techmarket.local.PortalLogin;
import gx.techmarket.local.ScriptRun;
import gx.techmarket.local.State;
import gx.techmarket.platform.embedded.Ports;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The market under test: the embedded default started by its own launcher ({@code deploy/local/techmarket start})
 * with a home of its own and free ports, or one that already runs ({@code --attach HOME}). Everything the workloads
 * need to reach it: service URLs, demo users' tokens, JDBC connections to each service's database, the Kafka
 * bootstrap servers, the pid of each component, and the launcher's commands.
 */
public final class MarketHandle implements AutoCloseable {

    /** The services of the market, in the launcher's order. */
    public static final List<String> SERVICES = List.of("portal", "catalogue", "demand", "bidding", "registry",
            "subsidy", "notification", "directory", "matching");
    private static final List<String> PORT_NAMES = List.of("PG", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK",
            "KEYCLOAK_MGMT", "SMTP", "MAIL_API", "PORTAL", "CATALOGUE", "DEMAND", "BIDDING", "REGISTRY", "SUBSIDY",
            "NOTIFICATION", "DIRECTORY", "MATCHING", "STATISTICS");

    private final Path repo;
    private final Path home;
    private final boolean owned;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private double startCommandSeconds = Double.NaN;

    private record Token(String value, long obtainedNanos) {}

    private MarketHandle(Path repo, Path home, boolean owned) {
        this.repo = repo;
        this.home = home;
        this.owned = owned;
    }

    /**
     * Starts a market of its own in {@code home} (deleted first if it exists: every run starts from empty
     * databases) on free ports, and returns once the launcher says everything is healthy.
     */
    public static MarketHandle start(Path repo, Path home, String javaOpts) throws IOException, InterruptedException {
        if (Files.exists(home)) {
            Cleanup.leftovers(home, line -> System.out.println("bench: ended a leftover of an earlier run: " + line));
            Files.walk(home).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        Files.createDirectories(home);
        MarketHandle market = new MarketHandle(repo, home, true);
        market.ports.putAll(Ports.distinctFree(PORT_NAMES));
        market.ports.forEach((name, port) -> market.env.put("TECHMARKET_" + name + "_PORT", Integer.toString(port)));
        market.env.put("TECHMARKET_HOME", home.toString());
        market.env.put("TECHMARKET_SKIP_BUILD", "1");
        if (javaOpts != null && !javaOpts.isBlank()) {
            market.env.put("TECHMARKET_SERVICE_JAVA_OPTS", javaOpts);
        }
        System.out.println("bench: starting the market in " + home + " on " + market.ports);
        ScriptRun start = market.script("start");
        if (start.exitCode() != 0) {
            market.close();
            throw new IllegalStateException("techmarket start failed (exit " + start.exitCode() + "):\n" + start.all());
        }
        market.startCommandSeconds = start.seconds();
        return market;
    }

    /** A market that already runs with home {@code home} (its ports are read from its state file). */
    public static MarketHandle attach(Path repo, Path home) {
        MarketHandle market = new MarketHandle(repo, home, false);
        State state = market.state();
        for (State.Component c : state.components()) {
            String name = c.name().equals("postgres") ? "PG" : c.name().toUpperCase(Locale.ROOT);
            String[] ports = c.ports().split(",\\s*");
            if (name.equals("KAFKA")) {
                market.ports.put("KAFKA", Integer.parseInt(ports[0]));
                market.ports.put("KAFKA_CONTROLLER", Integer.parseInt(ports[1]));
            } else if (name.equals("KEYCLOAK")) {
                market.ports.put("KEYCLOAK", Integer.parseInt(ports[0]));
                if (ports.length > 1) {
                    market.ports.put("KEYCLOAK_MGMT", Integer.parseInt(ports[1]));
                }
            } else {
                market.ports.put(name, Integer.parseInt(ports[0]));
            }
        }
        market.env.put("TECHMARKET_HOME", home.toString());
        market.env.put("TECHMARKET_SKIP_BUILD", "1");
        market.ports.forEach((name, port) -> market.env.put("TECHMARKET_" + name + "_PORT", Integer.toString(port)));
        return market;
    }

    public Path repo() {
        return repo;
    }

    public Path home() {
        return home;
    }

    /** Whether the bench started this market (and stops it at the end). */
    public boolean owned() {
        return owned;
    }

    /** How long {@code techmarket start} took, NaN when attached. */
    public double startCommandSeconds() {
        return startCommandSeconds;
    }

    public String url(String service) {
        return "http://localhost:" + port(service);
    }

    public int port(String name) {
        Integer port = ports.get(name.toUpperCase(Locale.ROOT));
        if (port == null) {
            throw new IllegalArgumentException("the market has no " + name);
        }
        return port;
    }

    public String keycloakUrl() {
        return "http://localhost:" + port("KEYCLOAK");
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + port("KAFKA");
    }

    public int pgPort() {
        return port("PG");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort() + "/" + database;
    }

    /** A connection to a service's database as the service's own role (user = password = name), as it logs in. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), database, database);
    }

    /** A connection as the superuser {@code postgres} (trust authentication on loopback). */
    public Connection connectAsSuperuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /**
     * A demo user's access token through the portal client's real sign-in (code + PKCE); kept for 4 minutes, the
     * realm's tokens live 5.
     */
    public String token(String username) {
        return tokens.compute(username, (user, held) -> {
            if (held != null && System.nanoTime() - held.obtainedNanos() < TimeUnit.MINUTES.toNanos(4)) {
                return held;
            }
            try {
                return new Token(new PortalLogin(keycloakUrl(), url("portal")).accessToken(user, DemoUsers.PASSWORD),
                        System.nanoTime());
            } catch (IOException e) {
                throw new IllegalStateException("login of " + user + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during the login of " + user, e);
            }
        }).value();
    }

    /** The launcher's state file as it is now. */
    public State state() {
        return State.read(home.resolve("run/state.properties"))
                .orElseThrow(() -> new IllegalStateException("no market runs with home " + home));
    }

    /** The pid of a component's process as the launcher recorded it (Kafka: the supervisor's). */
    public long pid(String component) {
        return state().component(component).flatMap(State.Component::process)
                .orElseThrow(() -> new IllegalStateException(component + " has no process")).pid();
    }

    /** Runs {@code deploy/local/techmarket args...} against this market and waits for it (8 minutes at most). */
    public ScriptRun script(String... args) throws IOException, InterruptedException {
        return ScriptRun.run(repo.resolve("deploy/local/techmarket"), repo, env, Duration.ofMinutes(8),
                Path.of(System.getProperty("java.io.tmpdir")), args);
    }

    /** The same, failing with the command's output unless it exits 0. */
    public ScriptRun scriptOrFail(String... args) throws IOException, InterruptedException {
        ScriptRun run = script(args);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("techmarket " + String.join(" ", args) + " failed (exit "
                    + run.exitCode() + "):\n" + run.all());
        }
        return run;
    }

    /** The last {@code lines} lines of a component's log. */
    public String logTail(String component, int lines) {
        Path log = home.resolve("logs/" + component + ".log");
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(" + log + " unreadable: " + e + ")";
        }
    }

    public Optional<Double> readySeconds(String component) {
        return state().component(component).map(State.Component::readySeconds).filter(s -> s >= 0);
    }

    /** Stops a market the bench started (an attached one keeps running) and ends whatever it left. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!owned) {
            return;
        }
        ScriptRun stop = script("stop");
        List<String> ended = new ArrayList<>();
        int left = Cleanup.leftovers(home, ended::add);
        System.out.printf(Locale.ROOT, "bench: techmarket stop exit %d after %.1f s%s%n", stop.exitCode(),
                stop.seconds(), left > 0 ? "; ended " + ended : "");
        if (!Leftovers.find(home).isEmpty()) {
            System.out.println("bench: processes of the market are still running: " + Leftovers.find(home));
        }
    }
}
