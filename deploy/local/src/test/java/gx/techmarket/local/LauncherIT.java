package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.platform.embedded.Ports;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the real {@code deploy/local/techmarket} script, as a developer would, against the real Keycloak 26.7.3
 * distribution this module unpacked, with a home under {@code target/}, free ports and two stand-in services:
 * a taken port is refused; {@code start} brings everything up; the realm is checked through the portal's real
 * login (authorization code + PKCE); data is written; {@code stop} leaves no process and no port behind; a restart
 * finds the data again; after the supervisor is killed outright, {@code stop} still leaves nothing.
 */
class LauncherIT {

    private static final Path MODULE = Path.of(System.getProperty("techmarket.module.dir", ".")).toAbsolutePath();
    private static final Path TARGET = Path.of(System.getProperty("techmarket.build.dir", "target")).toAbsolutePath();
    private static final Path SCRIPT = MODULE.resolve("techmarket");
    private static final List<String> SERVICE_CLIENTS = List.of("techmarket-catalogue", "techmarket-demand",
            "techmarket-bidding", "techmarket-registry", "techmarket-subsidy");
    private static final Set<String> BUSINESS_ROLES = Set.of("university", "enterprise", "broker", "registrar",
            "expert", "admin");

    /** What the brief's organisation table says each demo user's token must carry. */
    record Expected(String username, String role, String orgId, String orgName, String kind, String region,
            String parent) {}

    private static final List<Expected> USERS = List.of(
            new Expected("uni.gxu", "university", "124501004985024102", "广西大学", "university", "450100", null),
            new Expected("ent.guilinsugar", "enterprise", "91450300MA5KC7Q12L", "桂林桂糖制糖有限公司", "enterprise",
                    "450300", "91450100MA5K3B2L5H"),
            new Expected("broker.gxttc", "broker", "91450100MA5P2D9E7A", "广西技术转移中心有限公司", "agency", "450100",
                    null),
            new Expected("registrar.nanning", "registrar", "124501004983071214", "南宁市技术合同登记站", "registry",
                    "450100", null),
            new Expected("expert.gxas", "expert", "124501004980015368", "广西科学院", "institute", "450100", null),
            new Expected("admin.baise", "admin", "11451000008012452H", "百色市科学技术局", "government", "451000", null),
            new Expected("admin.gx", "admin", "11450000000008344N", "广西壮族自治区科学技术厅", "government", "450000",
                    null));

    private static Path home;
    private static Path services;
    private static final Map<String, String> env = new LinkedHashMap<>();
    private static final Map<String, Integer> ports = new LinkedHashMap<>();
    private static final List<String> timings = new ArrayList<>();

    /** The outcome of one script run. */
    record Run(int exitCode, String out, String err, double seconds) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void prepare() throws Exception {
        Logger.getLogger("org.apache.kafka").setLevel(Level.WARNING);
        assertThat(SCRIPT).as("the launcher script").isExecutable();
        assertThat(Path.of(System.getProperty("techmarket.keycloak.dist")).resolve("bin/kc.sh"))
                .as("the Keycloak distribution unpacked at package").isRegularFile();
        home = TARGET.resolve("it-home-" + System.currentTimeMillis());
        services = TARGET.resolve("it-services");
        for (String name : List.of("PG", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "KEYCLOAK_MGMT", "CATALOGUE",
                "SUBSIDY")) {
            int port;
            do {
                port = Ports.free();
            } while (ports.containsValue(port));
            ports.put(name, port);
            env.put("TECHMARKET_" + name + "_PORT", Integer.toString(port));
        }
        env.put("TECHMARKET_HOME", home.toString());
        env.put("TECHMARKET_SKIP_BUILD", "1");
        env.put("TECHMARKET_SERVICES_DIR", services.toString());
        fakeService("catalogue");
        fakeService("subsidy");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (home == null) {
            return;
        }
        // whatever a failed assertion left running must not outlive the build
        script("stop");
        Cleanup.leftovers(home, line -> System.out.println("LauncherIT cleanup: " + line));
        System.out.println("LauncherIT timings: " + String.join("; ", timings));
        if (Files.isDirectory(home.resolve("dist"))) {
            Supervisor.deleteTree(home.resolve("dist")); // 190 MB of Keycloak copy; the logs stay for reading
        }
    }

    @Test
    void theWholeMarketStartsStopsAndRestartsWithItsData() throws Exception {
        aTakenPortIsRefusedClearly();

        Run first = script("start");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("techmarket is ready in").contains("uni.gxu").contains("ent.guilinsugar");
        State state = readState();
        timings.add(String.format(Locale.ROOT, "first start ready in %.1f s (Keycloak %.1f s; start command %.1f s)",
                state.readySeconds(), state.component("keycloak").orElseThrow().readySeconds(), first.seconds()));

        Run status = script("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        for (String component : List.of("postgres", "kafka", "keycloak", "catalogue", "subsidy")) {
            assertThat(status.out()).as(status.out()).containsPattern("(?m)^  " + component + " +up ");
        }
        timings.add("memory at first start: " + status.out().lines().filter(l -> l.contains("memory of the whole"))
                .findFirst().orElse("?").trim());

        Run again = script("start");
        assertThat(again.exitCode()).isEqualTo(LauncherException.ALREADY_RUNNING);
        assertThat(again.err()).contains("already running for " + home);

        theServicesGotTheirConfiguration();
        theRealmIssuesWhatTheServicesNeed();
        JsonNode before = login("ent.guilinsugar").access();
        String marker = UUID.randomUUID().toString();
        writeMarkers(marker);
        singleComponentsStopAndStartAgain();

        List<Long> pids = processesOfTheMarket(readState());
        Run stop = script("stop");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("nothing of it is left running");
        timings.add(String.format(Locale.ROOT, "stop %.1f s", stop.seconds()));
        nothingIsLeft(pids);
        assertThat(script("status").exitCode()).isEqualTo(Launcher.NOT_RUNNING);

        Run restart = script("start");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.out()).contains("realm techmarket is there already (data kept)");
        State second = readState();
        timings.add(String.format(Locale.ROOT, "restart ready in %.1f s (Keycloak %.1f s; start command %.1f s)",
                second.readySeconds(), second.component("keycloak").orElseThrow().readySeconds(), restart.seconds()));
        Run status2 = script("status");
        assertThat(status2.exitCode()).as(status2.all()).isZero();
        timings.add("memory after restart: " + status2.out().lines().filter(l -> l.contains("memory of the whole"))
                .findFirst().orElse("?").trim());

        markersSurvived(marker);
        JsonNode after = login("ent.guilinsugar").access();
        assertThat(after.path("sub").asText()).as("Keycloak kept its users (a re-import would give new ids)")
                .isEqualTo(before.path("sub").asText());

        // a supervisor killed outright cannot stop its children; stop finds them by their marks and ends them
        List<Long> pids2 = processesOfTheMarket(second);
        long supervisor = second.supervisor().orElseThrow().pid();
        ProcessTools.signal(supervisor, "KILL");
        assertThat(ProcessTools.awaitGone(supervisor, Duration.ofSeconds(20))).isTrue();
        Run orphaned = script("status");
        assertThat(orphaned.exitCode()).isEqualTo(Launcher.NOT_RUNNING);
        assertThat(orphaned.out()).contains("processes of an earlier run are still there").contains("Keycloak");
        Run stop2 = script("stop");
        assertThat(stop2.exitCode()).as(stop2.all()).isZero();
        assertThat(stop2.out()).contains("ending PostgreSQL").contains("nothing of it is left running");
        nothingIsLeft(pids2);
        Run stopAgain = script("stop");
        assertThat(stopAgain.exitCode()).isZero();
        assertThat(stopAgain.out()).contains("techmarket is not running");
    }

    private void aTakenPortIsRefusedClearly() throws Exception {
        int keycloakPort = ports.get("KEYCLOAK");
        try (ServerSocket squatter = new ServerSocket(keycloakPort, 1, InetAddress.getLoopbackAddress())) {
            for (String command : List.of("start", "run")) {
                Run r = script(command);
                assertThat(r.exitCode()).as(command + ": " + r.all()).isEqualTo(LauncherException.PORT_TAKEN);
                assertThat(r.err()).as(command)
                        .contains("port " + keycloakPort + " (Keycloak HTTP) is in use by pid "
                                + ProcessHandle.current().pid())
                        .contains("TECHMARKET_KEYCLOAK_PORT=<port>")
                        .doesNotContain("port " + ports.get("PG") + " ");
                assertThat(r.seconds()).as(command + " gave up at once").isLessThan(30);
            }
        }
        assertThat(Leftovers.find(home)).isEmpty();
        assertThat(RunLock.held(home.resolve("run"))).isFalse();
    }

    /**
     * {@code techmarket stop|start <component>} against the running market, as the benchmark's fault drills use it:
     * a service killed with SIGKILL starts again with the same configuration; a service stops gracefully and starts
     * again, or says why it could not; the broker closes its ports and comes back with its topics and offsets.
     */
    private void singleComponentsStopAndStartAgain() throws Exception {
        long t0 = System.nanoTime();
        Run unknown = script("stop", "nosuch");
        assertThat(unknown.exitCode()).as(unknown.all()).isEqualTo(LauncherException.CONFIGURATION);
        assertThat(unknown.err()).contains("unknown component 'nosuch'");
        Run notHere = script("start", "demand");
        assertThat(notHere.exitCode()).as(notHere.all()).isEqualTo(LauncherException.CONFIGURATION);
        assertThat(notHere.err()).contains("demand is not part of this market");
        Run running = script("start", "catalogue");
        assertThat(running.exitCode()).as(running.all()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        assertThat(running.out()).contains("catalogue is running already");

        // the drill: kill -9 a service, then start it again
        String subsidyUrl = "http://127.0.0.1:" + ports.get("SUBSIDY");
        Properties envBefore = properties(get(subsidyUrl + "/env"));
        long killed = readState().component("subsidy").orElseThrow().process().orElseThrow().pid();
        assertThat(envBefore.getProperty("pid")).isEqualTo(Long.toString(killed));
        ProcessTools.signal(killed, "KILL");
        assertThat(ProcessTools.awaitGone(killed, Duration.ofSeconds(10))).isTrue();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (readState().component("subsidy").orElseThrow().status() != State.Status.EXITED
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(readState().component("subsidy").orElseThrow().status()).as("the watch loop noticed")
                .isEqualTo(State.Status.EXITED);
        Run exited = script("status");
        assertThat(exited.exitCode()).as(exited.all()).isEqualTo(1);
        assertThat(exited.out()).containsPattern("(?m)^  subsidy +exited +" + ports.get("SUBSIDY") + " +" + killed + " ");
        Run restart = script("start", "subsidy");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.out()).contains("subsidy is up again in");
        State.Component subsidy = readState().component("subsidy").orElseThrow();
        long restarted = subsidy.process().orElseThrow().pid();
        assertThat(subsidy.status()).isEqualTo(State.Status.UP);
        assertThat(subsidy.readySeconds()).isNotNegative();
        assertThat(restarted).isNotEqualTo(killed);
        Properties envAfter = properties(get(subsidyUrl + "/env"));
        assertThat(envAfter.getProperty("pid")).isEqualTo(Long.toString(restarted));
        envBefore.remove("pid");
        envAfter.remove("pid");
        assertThat(envAfter).as("the same configuration as before").isEqualTo(envBefore);
        assertThat(ProcessTools.stat(restarted).orElseThrow().session()).as("in its own session").isEqualTo(restarted);
        assertThat(Files.readString(home.resolve("logs/subsidy.log")).split("techmarket starts subsidy", -1))
                .as("both starts appended to the same log").hasSize(3);
        Run statusAgain = script("status");
        assertThat(statusAgain.out()).containsPattern("(?m)^  subsidy +up +" + ports.get("SUBSIDY") + " +" + restarted
                + " ");

        // a graceful stop, a start that fails (with the end of the log), and one that works
        long catalogue = readState().component("catalogue").orElseThrow().process().orElseThrow().pid();
        Run stop = script("stop", "catalogue");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("catalogue stopped (SIGTERM");
        assertThat(ProcessTools.alive(catalogue)).isFalse();
        assertThat(Ports.inUse(ports.get("CATALOGUE"))).as("the catalogue's port is closed").isFalse();
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.STOPPED);
        Run stopped = script("status");
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.out()).containsPattern("(?m)^  catalogue +stopped +" + ports.get("CATALOGUE") + " +- ");
        Run stopAgain = script("stop", "catalogue");
        assertThat(stopAgain.exitCode()).as(stopAgain.all()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        assertThat(stopAgain.out()).contains("catalogue is stopped already");
        Path jar = services.resolve("catalogue/target/quarkus-app/quarkus-run.jar");
        Path aside = jar.resolveSibling("quarkus-run.jar.aside");
        Files.move(jar, aside);
        Run broken;
        try {
            broken = script("start", "catalogue");
        } finally {
            Files.move(aside, jar);
        }
        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(LauncherException.START_FAILED);
        assertThat(broken.err()).contains("catalogue exited with code 1 before it was ready")
                .contains("Unable to access jarfile");
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.FAILED);
        Run fixed = script("start", "catalogue");
        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.UP);
        get("http://127.0.0.1:" + ports.get("CATALOGUE") + "/q/health/ready");

        // the broker: ports closed while stopped; afterwards the topic and the group's committed offset are there
        String topic = "it.drill.v1";
        produce(topic, "before the broker stopped");
        assertThat(consume(topic, "it-drill", 1)).containsExactly("before the broker stopped");
        Run kafkaStop = script("stop", "kafka");
        assertThat(kafkaStop.exitCode()).as(kafkaStop.all()).isZero();
        assertThat(kafkaStop.out()).contains("kafka stopped in");
        assertThat(Ports.inUse(ports.get("KAFKA"))).as("the broker's port is closed").isFalse();
        assertThat(Ports.inUse(ports.get("KAFKA_CONTROLLER"))).as("the controller's port is closed").isFalse();
        State.Component kafkaStopped = readState().component("kafka").orElseThrow();
        assertThat(kafkaStopped.status()).isEqualTo(State.Status.STOPPED);
        assertThat(script("status").out()).containsPattern("(?m)^  kafka +stopped ");
        assertThat(script("stop", "kafka").exitCode()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        Run kafkaStart = script("start", "kafka");
        assertThat(kafkaStart.exitCode()).as(kafkaStart.all()).isZero();
        assertThat(kafkaStart.out()).contains("kafka is up again in");
        assertThat(readState().component("kafka").orElseThrow().status()).isEqualTo(State.Status.UP);
        assertThat(Ports.inUse(ports.get("KAFKA"))).isTrue();
        produce(topic, "after the broker started again");
        assertThat(consume(topic, "it-drill", 1)).as("the group resumes after its committed offset")
                .containsExactly("after the broker started again");
        timings.add(String.format(Locale.ROOT, "component drills %.1f s (subsidy restart %.1f s, kafka stop %.1f s,"
                + " start %.1f s)", (System.nanoTime() - t0) / 1e9, restart.seconds(), kafkaStop.seconds(),
                kafkaStart.seconds()));
    }

    private static void produce(String topic, String value) throws Exception {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + ports.get("KAFKA"), "acks", "all",
                "enable.idempotence", "true", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, "drill", value)).get(60, TimeUnit.SECONDS);
        }
    }

    /** Polls until {@code count} records came (or 60 s passed), commits and returns them. */
    private static List<String> consume(String topic, String group, int count) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + ports.get("KAFKA"), "group.id", group,
                "auto.offset.reset", "earliest", "enable.auto.commit", "false",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < count && System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    seen.add(r.value());
                }
            }
            // anything more that is already there would show a lost offset
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                seen.add(r.value());
            }
            consumer.commitSync();
        }
        return seen;
    }

    private static Properties properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader(text));
        return p;
    }

    private void theServicesGotTheirConfiguration() throws Exception {
        Properties catalogue = new Properties();
        catalogue.load(new java.io.StringReader(get("http://127.0.0.1:" + ports.get("CATALOGUE") + "/env")));
        String pg = Integer.toString(ports.get("PG"));
        assertThat(catalogue).containsEntry("QUARKUS_HTTP_PORT", Integer.toString(ports.get("CATALOGUE")))
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pg + "/catalogue")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "catalogue")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.get("KAFKA"))
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", realm())
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "techmarket-catalogue")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "dev-secret-catalogue")
                .containsEntry("TECHMARKET_SUBSIDY_URL", "http://localhost:" + ports.get("SUBSIDY"));
        long pid = Long.parseLong(catalogue.getProperty("pid"));
        ProcessTools.Stat stat = ProcessTools.stat(pid).orElseThrow();
        assertThat(stat.session()).as("a service runs in its own session").isEqualTo(pid);
    }

    private void theRealmIssuesWhatTheServicesNeed() throws Exception {
        for (Expected user : USERS) {
            PortalLogin.Tokens tokens = login(user.username());
            JsonNode access = tokens.access();
            assertThat(access.path("iss").asText()).isEqualTo(realm());
            assertThat(access.path("azp").asText()).isEqualTo("techmarket-portal");
            assertThat(texts(access.path("aud"))).as(user.username() + " aud").containsAll(SERVICE_CLIENTS);
            List<String> roles = texts(access.path("realm_access").path("roles"));
            assertThat(roles).as(user.username()).contains(user.role());
            assertThat(roles.stream().filter(BUSINESS_ROLES::contains).toList()).as(user.username())
                    .containsExactly(user.role());
            for (JsonNode claims : List.of(access, tokens.id(), tokens.userinfo())) {
                assertThat(claims.path("org_id").asText()).as(user.username()).isEqualTo(user.orgId());
                assertThat(claims.path("org_name").asText()).as(user.username()).isEqualTo(user.orgName());
                assertThat(claims.path("org_kind").asText()).as(user.username()).isEqualTo(user.kind());
                assertThat(claims.path("org_region").asText()).as(user.username()).isEqualTo(user.region());
                if (user.parent() == null) {
                    assertThat(claims.has("org_parent")).as(user.username() + " has no parent").isFalse();
                } else {
                    assertThat(claims.path("org_parent").asText()).as(user.username()).isEqualTo(user.parent());
                }
            }
            assertThat(access.path("preferred_username").asText()).isEqualTo(user.username());
            // the realm's 5-minute access tokens; Keycloak reads the clock separately for iat and exp, so under load
            // the two may straddle a second boundary
            assertThat(access.path("exp").asLong() - access.path("iat").asLong()).as(user.username() + " lifetime")
                    .isBetween(300L, 301L);
        }

        PortalLogin browser = new PortalLogin(keycloak());
        PortalLogin.Outcome wrong = browser.login("uni.guet", "not-the-password");
        assertThat(wrong.tokens()).as("a wrong password gets no code").isEmpty();
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.page()).contains("kc-form-login");

        assertThat(browser.authorizeWithoutPkce()).as("PKCE is required").contains("error=invalid_request");

        HttpResponse<String> password = browser.token(Map.of("grant_type", "password", "client_id",
                "techmarket-portal", "username", "uni.gxu", "password", DemoUsers.PASSWORD));
        assertThat(password.statusCode()).as("no password grant for the portal").isIn(400, 401);
        assertThat(password.body()).contains("unauthorized_client");

        HttpResponse<String> service = browser.token(Map.of("grant_type", "client_credentials", "client_id",
                "techmarket-registry", "client_secret", "dev-secret-registry"));
        assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
        HttpResponse<String> badSecret = browser.token(Map.of("grant_type", "client_credentials", "client_id",
                "techmarket-registry", "client_secret", "dev-secret-subsidy"));
        assertThat(badSecret.statusCode()).isEqualTo(401);
    }

    private static PortalLogin.Tokens login(String username) throws Exception {
        PortalLogin.Outcome outcome = new PortalLogin(keycloak()).login(username, DemoUsers.PASSWORD);
        assertThat(outcome.tokens()).as(username + " logs in: " + PortalLogin.snippet(outcome.page())).isPresent();
        return outcome.tokens().get();
    }

    private void writeMarkers(String marker) throws Exception {
        try (Connection c = catalogueDatabase(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("show synchronous_commit")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the market's commits are durable").isEqualTo("on");
            }
            s.execute("create table it_marker(id text primary key, written timestamptz default now())");
            s.execute("insert into it_marker(id) values ('" + marker + "')");
        }
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + ports.get("KAFKA"), "acks", "all",
                "enable.idempotence", "true", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>("it.restart.marker.v1", "marker", marker)).get(60, TimeUnit.SECONDS);
        }
    }

    private void markersSurvived(String marker) throws Exception {
        try (Connection c = catalogueDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from it_marker")) {
            assertThat(rs.next()).as("the row written before the restart").isTrue();
            assertThat(rs.getString(1)).isEqualTo(marker);
        }
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + ports.get("KAFKA"), "group.id", "it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest", "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("it.restart.marker.v1"));
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!seen.contains(marker) && System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.value());
                }
            }
        }
        assertThat(seen).as("the event produced before the restart").contains(marker);
    }

    private static Connection catalogueDatabase() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ports.get("PG") + "/catalogue", "catalogue",
                "catalogue");
    }

    /** Every process of the running market: supervisor, PostgreSQL, the Keycloak group, each service's group. */
    private static List<Long> processesOfTheMarket(State state) {
        List<Long> pids = new ArrayList<>();
        pids.add(state.supervisor().orElseThrow().pid());
        for (State.Component c : state.components()) {
            long pid = c.process().orElseThrow(() -> new AssertionError(c.name() + " has no process")).pid();
            pids.add(pid);
            if (c.ownGroup() && !c.name().equals("postgres")) {
                pids.addAll(ProcessTools.groupMembers(pid));
            }
        }
        pids.addAll(ProcessHandle.of(state.component("postgres").orElseThrow().process().orElseThrow().pid())
                .map(h -> h.children().map(ProcessHandle::pid).toList()).orElse(List.of()));
        assertThat(pids).hasSizeGreaterThan(6);
        return pids;
    }

    private static void nothingIsLeft(List<Long> pids) {
        for (long pid : pids) {
            assertThat(ProcessTools.alive(pid)).as("pid %d (%s) is gone", pid, ProcessTools.describe(pid)).isFalse();
        }
        assertThat(Leftovers.find(home)).isEmpty();
        // independently of the launcher's own marks: no process names the home on its command line
        long self = ProcessHandle.current().pid();
        List<String> naming = new ArrayList<>();
        for (long pid : ProcessTools.allPids()) {
            if (pid != self && ProcessTools.alive(pid) && ProcessTools.commandLine(pid)
                    .map(a -> String.join(" ", a).contains(home.toString())).orElse(false)) {
                naming.add(ProcessTools.describe(pid));
            }
        }
        assertThat(naming).isEmpty();
        Set<Integer> busy = new TreeSet<>();
        ports.values().forEach(port -> {
            if (Ports.inUse(port)) {
                busy.add(port);
            }
        });
        assertThat(busy).as("ports still in use").isEmpty();
        assertThat(RunLock.held(home.resolve("run"))).isFalse();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String keycloak() {
        return "http://localhost:" + ports.get("KEYCLOAK");
    }

    private static String realm() {
        return keycloak() + "/realms/techmarket";
    }

    private static State readState() {
        return State.read(home.resolve("run/state.properties")).orElseThrow();
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    static Run script(String... args) throws IOException, InterruptedException {
        String command = String.join(" ", args);
        Path out = Files.createTempFile(TARGET, "script-" + args[0] + "-", ".out");
        Path err = Files.createTempFile(TARGET, "script-" + args[0] + "-", ".err");
        List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(MODULE.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("techmarket " + command + " did not finish within 8 minutes:\n"
                    + Files.readString(out) + Files.readString(err));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), seconds);
        Files.delete(out);
        Files.delete(err);
        System.out.printf(Locale.ROOT, "---- techmarket %s: exit %d after %.1f s%n%s%s", command, run.exitCode(),
                seconds, run.out(), run.err());
        return run;
    }

    /** A stand-in service module: a pom.xml and a runnable quarkus-run.jar holding {@link FakeService}. */
    private static void fakeService(String name) throws IOException {
        Path module = Files.createDirectories(services.resolve(name));
        Files.writeString(module.resolve("pom.xml"), "<project><!-- stand-in for LauncherIT --></project>");
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Path driver;
        try (var libs = Files.list(TARGET.resolve("lib"))) {
            driver = libs.filter(p -> p.getFileName().toString().startsWith("postgresql-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no PostgreSQL driver in target/lib"));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, driver.toUri().toString());
        Path classes = TARGET.resolve("test-classes");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            try (var entries = Files.list(classes.resolve("gx/techmarket/local"))) {
                for (Path cls : entries.filter(p -> p.getFileName().toString().startsWith("FakeService")).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(cls).toString()));
                    out.write(Files.readAllBytes(cls));
                    out.closeEntry();
                }
            }
        }
    }
}
