package gx.techmarket.e2e;

import gx.techmarket.local.Cleanup;
import gx.techmarket.local.DemoUsers;
import gx.techmarket.local.Leftovers;
import gx.techmarket.local.PortalLogin;
import gx.techmarket.local.ScriptRun;
import gx.techmarket.local.State;
import gx.techmarket.platform.embedded.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One running market for the whole build: {@code deploy/local/techmarket start} with a home under {@code target/},
 * free ports for everything, the repository's own services (already packaged by the reactor, so
 * {@code TECHMARKET_SKIP_BUILD=1}, reached through {@link #SERVICES_DIR}); {@link #close()} runs {@code stop} and makes
 * sure nothing of it is left. The launcher's own checks ({@link LauncherIT}) run on it last.
 */
public final class Market implements AutoCloseable {

    /** The eight services the paths need; the portal joins when it is built. */
    static final List<String> SERVICES = List.of("catalogue", "demand", "bidding", "registry", "subsidy",
            "notification", "directory", "matching", "statistics");
    static final String PORTAL = "portal";

    static final Path REPO = Path.of(System.getProperty("techmarket.repo.dir", "../..")).toAbsolutePath().normalize();
    static final Path TARGET = Path.of(System.getProperty("techmarket.build.dir", "target")).toAbsolutePath();
    private static final Path SCRIPT = REPO.resolve("deploy/local/techmarket");
    /**
     * The services folder the market is given: per service its {@code pom.xml} and each entry of its built
     * {@code target/quarkus-app} as links to the repository's, so that a test can take one service's jar away
     * ({@link LauncherIT}) without touching the build.
     */
    static final Path SERVICES_DIR = TARGET.resolve("e2e-services");
    private static final List<String> PORT_NAMES = List.of("PG", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK",
            "KEYCLOAK_MGMT", "SMTP", "MAIL_API", "PORTAL", "CATALOGUE", "DEMAND", "BIDDING", "REGISTRY", "SUBSIDY",
            "NOTIFICATION", "DIRECTORY", "MATCHING", "STATISTICS");

    private final Path home;
    private final List<String> services;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final List<String> timings = new ArrayList<>();
    private final long created = System.nanoTime();

    private record Token(String value, long obtainedNanos) {}

    private Market(Path home, List<String> services) {
        this.home = home;
        this.services = services;
    }

    /** Starts the market and returns once every component is healthy; fails with the script's output if not. */
    static Market start() throws IOException, InterruptedException {
        Files.createDirectories(TARGET);
        Market market = new Market(TARGET.resolve("e2e-home-" + System.currentTimeMillis()), selectedServices());
        market.ports.putAll(Ports.distinctFree(PORT_NAMES));
        market.ports.forEach((name, port) -> market.env.put("TECHMARKET_" + name + "_PORT", Integer.toString(port)));
        market.env.put("TECHMARKET_HOME", market.home.toString());
        market.env.put("TECHMARKET_SKIP_BUILD", "1");
        linkServices(market.services);
        market.env.put("TECHMARKET_SERVICES_DIR", SERVICES_DIR.toString());
        market.env.put("TECHMARKET_SERVICES", String.join(",", market.services));
        // the launcher's service options plus C1 only: nine JVMs start together on two cores, and a test market's
        // services live minutes, so the C2 compiler's work at start costs more than its faster code ever returns
        // (the test JVMs do the same, root pom's surefire.argLine; docs/performance.md)
        if (System.getenv("TECHMARKET_SERVICE_JAVA_OPTS") == null) {
            market.env.put("TECHMARKET_SERVICE_JAVA_OPTS", "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        }
        System.out.println("e2e: starting the market in " + market.home + " with " + market.services + " on "
                + market.ports);
        ScriptRun start = market.script("start");
        if (start.exitCode() != 0) {
            String logs = market.logTails();
            market.close();
            throw new AssertionError("techmarket start failed (exit " + start.exitCode() + "):\n" + start.all()
                    + logs);
        }
        State state = State.read(market.home.resolve("run/state.properties")).orElseThrow();
        market.timings.add(String.format(Locale.ROOT, "market ready in %.1f s (Keycloak %.1f s; start command %.1f s)",
                state.readySeconds(), state.component("keycloak").map(State.Component::readySeconds).orElse(-1.0),
                start.seconds()));
        market.timings.add("components ready in " + String.join(", ", state.components().stream()
                .map(c -> String.format(Locale.ROOT, "%s %.1f s", c.name(), c.readySeconds())).toList()));
        return market;
    }

    /**
     * The services to run: {@code -Dtechmarket.e2e.services} (or {@code TECHMARKET_E2E_SERVICES}) if set, else the
     * eight services and the portal once its module is built ({@code target/quarkus-app/quarkus-run.jar}).
     */
    static List<String> selectedServices() {
        String chosen = System.getProperty("techmarket.e2e.services", System.getenv("TECHMARKET_E2E_SERVICES"));
        if (chosen != null && !chosen.isBlank()) {
            return Arrays.stream(chosen.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        List<String> all = new ArrayList<>(SERVICES);
        if (Files.isRegularFile(REPO.resolve("services/portal/target/quarkus-app/quarkus-run.jar"))) {
            all.add(PORTAL);
        }
        return List.copyOf(all);
    }

    private static void linkServices(List<String> services) throws IOException {
        if (Files.exists(SERVICES_DIR)) {
            deleteTree(SERVICES_DIR);
        }
        for (String service : services) {
            Path real = REPO.resolve("services").resolve(service);
            Path module = Files.createDirectories(SERVICES_DIR.resolve(service));
            Files.createSymbolicLink(module.resolve("pom.xml"), real.resolve("pom.xml"));
            Path app = Files.createDirectories(module.resolve("target/quarkus-app"));
            try (Stream<Path> entries = Files.list(real.resolve("target/quarkus-app"))) {
                for (Path entry : entries.toList()) {
                    Files.createSymbolicLink(app.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
    }

    boolean runs(String service) {
        return services.contains(service);
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service.toUpperCase(Locale.ROOT));
    }

    String keycloak() {
        return "http://localhost:" + ports.get("KEYCLOAK");
    }

    /** The embedded mail server's REST API (GreenMail), where every mail the market sent can be read. */
    String mailApi() {
        return "http://127.0.0.1:" + ports.get("MAIL_API");
    }

    Path home() {
        return home;
    }

    List<String> services() {
        return services;
    }

    /** The port behind a {@code TECHMARKET_<NAME>_PORT} variable, e.g. {@code KAFKA}, {@code CATALOGUE}. */
    int port(String name) {
        return ports.get(name);
    }

    Map<String, Integer> ports() {
        return Map.copyOf(ports);
    }

    /**
     * A demo user's access token through the portal client's real sign-in (code + PKCE, redirecting to the portal's
     * origin, whether the portal runs or not). Kept for 4 minutes: the realm's tokens live 5.
     */
    String token(String username) {
        Token token = tokens.compute(username, (user, held) -> {
            if (held != null && System.nanoTime() - held.obtainedNanos() < TimeUnit.MINUTES.toNanos(4)) {
                return held;
            }
            try {
                return new Token(new PortalLogin(keycloak(), url(PORTAL)).accessToken(user, DemoUsers.PASSWORD),
                        System.nanoTime());
            } catch (Exception e) {
                throw new AssertionError("login of " + user + " failed", e);
            }
        });
        return token.value();
    }

    void timing(String what) {
        synchronized (timings) {
            timings.add(what);
        }
    }

    /** Stops the market and ends whatever it left; fails if something had to be ended by force. */
    @Override
    public void close() throws IOException, InterruptedException {
        ScriptRun stop = script("stop");
        timing(String.format(Locale.ROOT, "stop %.1f s (exit %d)", stop.seconds(), stop.exitCode()));
        List<String> ended = new ArrayList<>();
        int left = Cleanup.leftovers(home, ended::add);
        timing(String.format(Locale.ROOT, "whole module %.1f s", (System.nanoTime() - created) / 1e9));
        System.out.println("e2e timings: " + String.join("; ", timings));
        Path dist = home.resolve("dist");
        if (Files.isDirectory(dist)) {
            deleteTree(dist); // a 190 MB copy of Keycloak and PostgreSQL; the logs stay for reading
        }
        if (stop.exitCode() != 0 || left > 0 || !Leftovers.find(home).isEmpty()) {
            throw new AssertionError("the market did not stop cleanly (stop exit " + stop.exitCode() + ", "
                    + left + " processes left: " + ended + "):\n" + stop.all());
        }
    }

    ScriptRun script(String... args) throws IOException, InterruptedException {
        ScriptRun run;
        try {
            run = ScriptRun.run(SCRIPT, REPO, env, Duration.ofMinutes(8), TARGET, args);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        System.out.printf(Locale.ROOT, "---- techmarket %s: exit %d after %.1f s%n%s%s", String.join(" ", args),
                run.exitCode(), run.seconds(), run.out(), run.err());
        return run;
    }

    /** The last lines of every service's log, for a failure message. */
    String logTails() {
        StringBuilder text = new StringBuilder();
        for (String service : services) {
            Path log = home.resolve("logs/" + service + ".log");
            if (Files.isRegularFile(log)) {
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    text.append("\n---- end of ").append(log).append('\n')
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
                } catch (IOException | RuntimeException e) {
                    text.append("\n(").append(log).append(" unreadable: ").append(e).append(')');
                }
            }
        }
        return text.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
