package gx.techmarket.e2e;

import gx.techmarket.local.ScriptRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.local.Cleanup;
import gx.techmarket.local.DemoUsers;
import gx.techmarket.local.Launcher;
import gx.techmarket.local.LauncherException;
import gx.techmarket.local.Leftovers;
import gx.techmarket.local.PortalLogin;
import gx.techmarket.local.ProcessTools;
import gx.techmarket.local.RunLock;
import gx.techmarket.local.State;
import gx.techmarket.platform.embedded.Ports;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The launcher ({@code deploy/local/techmarket}) checked on the build's one market, after every other end-to-end test
 * ({@code @Order(Integer.MAX_VALUE)}, see {@code junit-platform.properties}), because it ends by stopping, restarting
 * and killing that market: its state and a second {@code start}; what each service was given; the realm's tokens
 * for every role through the portal's real login; the start order (services boot while Keycloak does, and verify
 * tokens once it is up); {@code stop|start <component>} drills on a real service and the broker; a whole stop that
 * leaves nothing but each JVM's class-data archive; a restart that finds the data and maps the archives; a
 * supervisor killed outright whose orphans {@code stop} still ends.
 * (The refusal of a taken port, which starts nothing, stays in deploy/local's own {@code LauncherIT}.)
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(MarketExtension.class)
class LauncherIT {

    private static final List<String> SERVICE_CLIENTS = List.of("techmarket-catalogue", "techmarket-demand",
            "techmarket-bidding", "techmarket-registry", "techmarket-subsidy", "techmarket-notification",
            "techmarket-directory", "techmarket-matching", "techmarket-statistics");
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
            new Expected("registrar.liuzhou", "registrar", "12450200498603174J", "柳州市技术合同登记站", "registry",
                    "450200", null),
            new Expected("registrar.guilin", "registrar", "12450300498726051E", "桂林市技术合同登记站", "registry",
                    "450300", null),
            new Expected("registrar.baise", "registrar", "124510004989152823", "百色市技术合同登记站", "registry",
                    "451000", null),
            new Expected("expert.gxas", "expert", "124501004980015368", "广西科学院", "institute", "450100", null),
            new Expected("admin.baise", "admin", "11451000008012452H", "百色市科学技术局", "government", "451000", null),
            new Expected("admin.gx", "admin", "11450000000008344N", "广西壮族自治区科学技术厅", "government", "450000",
                    null));

    private Market market;
    private final List<String> timings = new ArrayList<>();

    @Test
    void theLauncherDrivesTheWholeMarket(Market market) throws Exception {
        this.market = market;
        Logger.getLogger("org.apache.kafka").setLevel(Level.WARNING);
        try {
            checkTheRunningMarket();
        } finally {
            System.out.println("LauncherIT timings: " + String.join("; ", timings));
            market.timing("LauncherIT: " + String.join("; ", timings));
        }
    }

    private void checkTheRunningMarket() throws Exception {
        ScriptRun status = market.script("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        for (String component : components()) {
            assertThat(status.out()).as(status.out()).containsPattern("(?m)^  " + component + " +up ");
        }
        timings.add("memory at first start: " + memoryLine(status));

        ScriptRun again = market.script("start");
        assertThat(again.exitCode()).isEqualTo(LauncherException.ALREADY_RUNNING);
        assertThat(again.err()).contains("already running for " + market.home());

        servicesStartedWhileKeycloakDid();
        theServicesGotTheirConfiguration();
        theRealmIssuesWhatTheServicesNeed();
        JsonNode before = login("ent.guilinsugar").access();
        String marker = UUID.randomUUID().toString();
        writeMarkers(marker);
        singleComponentsStopAndStartAgain();

        List<Long> pids = processesOfTheMarket(readState());
        ScriptRun stop = market.script("stop");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("nothing of it is left running");
        timings.add(String.format(Locale.ROOT, "stop %.1f s", stop.seconds()));
        nothingIsLeft(pids);
        classDataArchivesWereWritten();
        assertThat(market.script("status").exitCode()).isEqualTo(Launcher.NOT_RUNNING);

        ScriptRun restart = market.script("start");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        // Keycloak kept its realm: its own log says so (the launcher's note of that milestone is best effort: it
        // reads the log only while it waits, and one clean-clone run did not show it although Keycloak logged it)
        assertThat(Files.readString(market.home().resolve("logs/keycloak.log")))
                .contains("Realm 'techmarket' already exists. Import skipped");
        State second = readState();
        timings.add(String.format(Locale.ROOT, "restart ready in %.1f s (%s; start command %.1f s)",
                second.readySeconds(), String.join(", ", second.components().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %.1f s", c.name(), c.readySeconds())).toList()),
                restart.seconds()));
        ScriptRun status2 = market.script("status");
        assertThat(status2.exitCode()).as(status2.all()).isZero();
        timings.add("memory after restart: " + memoryLine(status2));

        String archive = String.join("\n", Files.readAllLines(Path.of("/proc",
                Long.toString(second.component("catalogue").orElseThrow().process().orElseThrow().pid()), "maps")));
        assertThat(archive).as("the restarted catalogue maps its class-data archive")
                .containsPattern(java.util.regex.Pattern.quote(market.home().resolve("dist/cds").toString())
                        + "/catalogue-[0-9a-f]{12}\\.jsa");
        markersSurvived(marker);
        JsonNode after = login("ent.guilinsugar").access();
        assertThat(after.path("sub").asText()).as("Keycloak kept its users (a re-import would give new ids)")
                .isEqualTo(before.path("sub").asText());

        // a supervisor killed outright cannot stop its children; stop finds them by their marks and ends them
        List<Long> pids2 = processesOfTheMarket(second);
        long supervisor = second.supervisor().orElseThrow().pid();
        ProcessTools.signal(supervisor, "KILL");
        assertThat(ProcessTools.awaitGone(supervisor, Duration.ofSeconds(20))).isTrue();
        ScriptRun orphaned = market.script("status");
        assertThat(orphaned.exitCode()).isEqualTo(Launcher.NOT_RUNNING);
        assertThat(orphaned.out()).contains("processes of an earlier run are still there").contains("Keycloak");
        ScriptRun stop2 = market.script("stop");
        assertThat(stop2.exitCode()).as(stop2.all()).isZero();
        assertThat(stop2.out()).contains("ending PostgreSQL").contains("nothing of it is left running");
        nothingIsLeft(pids2);
        ScriptRun stopAgain = market.script("stop");
        assertThat(stopAgain.exitCode()).isZero();
        assertThat(stopAgain.out()).contains("techmarket is not running");
    }

    /**
     * The first stop after a build: every JVM (each service, Keycloak) wrote its class-data archive on its way out and
     * the launcher kept it, none half written.
     */
    private void classDataArchivesWereWritten() throws Exception {
        List<String> names;
        try (var files = Files.list(market.home().resolve("dist/cds"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> jvms = new ArrayList<>(market.services());
        jvms.add("keycloak");
        for (String jvm : jvms) {
            assertThat(names).as(jvm + "'s archive in " + names)
                    .anyMatch(n -> n.matches(jvm + "-[0-9a-f]{12}\\.jsa"));
        }
        assertThat(names).as("nothing half written").noneMatch(n -> n.endsWith(".part"));
    }

    private List<String> components() {
        List<String> all = new ArrayList<>(List.of("postgres", "kafka", "mail", "keycloak"));
        all.addAll(market.services());
        return all;
    }

    private static String memoryLine(ScriptRun status) {
        return status.out().lines().filter(l -> l.contains("memory of the whole")).findFirst().orElse("?").trim();
    }

    /**
     * The services are started right after Kafka, before Keycloak is ready (its log says so, in that order), and yet
     * verify tokens: Quarkus OIDC connects to Keycloak on the first request that needs it.
     */
    private void servicesStartedWhileKeycloakDid() throws Exception {
        List<String> log = Files.readAllLines(market.home().resolve("logs/launcher.log"), StandardCharsets.UTF_8);
        int keycloakReady = firstLine(log, "] keycloak +ready in ");
        assertThat(keycloakReady).as("launcher.log says when Keycloak was ready").isNotNegative();
        for (String service : market.services()) {
            int started = firstLine(log, "] " + service + " +starting on ");
            assertThat(started).as(service + " started").isNotNegative();
            assertThat(started).as(service + " was started before Keycloak was ready").isLessThan(keycloakReady);
        }
        // they booted in the background while Keycloak started (StartPriority) and share the cores alike now
        for (State.Component c : readState().components()) {
            if (c.process().isEmpty() || !market.services().contains(c.name())) {
                continue;
            }
            Path autogroup = Path.of("/proc", Long.toString(c.process().get().pid()), "autogroup");
            if (Files.exists(autogroup)) {
                assertThat(Files.readString(autogroup).trim()).as(c.name() + "'s session after the start")
                        .endsWith(" nice 0");
            }
        }
        String programmes = market.url("subsidy") + "/programmes";
        assertThat(get(programmes, null).statusCode()).as("no token").isEqualTo(401);
        HttpResponse<String> withToken = get(programmes, market.token("admin.gx"));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
    }

    private static int firstLine(List<String> lines, String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private void theServicesGotTheirConfiguration() throws Exception {
        long pid = readState().component("catalogue").orElseThrow().process().orElseThrow().pid();
        Map<String, String> catalogue = environment(pid);
        String pg = Integer.toString(market.port("PG"));
        assertThat(catalogue).containsEntry("QUARKUS_HTTP_PORT", Integer.toString(market.port("CATALOGUE")))
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pg + "/catalogue")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "catalogue")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + market.port("KAFKA"))
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", realm())
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "techmarket-catalogue")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "dev-secret-catalogue")
                .containsEntry("TECHMARKET_SUBSIDY_URL", "http://localhost:" + market.port("SUBSIDY"));
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

        PortalLogin browser = new PortalLogin(market.keycloak(), market.url(Market.PORTAL));
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

    /**
     * {@code techmarket stop|start <component>} against the running market, as the benchmark's fault drills use it:
     * a service killed with SIGKILL starts again with the same configuration; a service stops gracefully and starts
     * again, or says why it could not; the broker closes its ports and comes back with its topics and offsets.
     */
    private void singleComponentsStopAndStartAgain() throws Exception {
        long t0 = System.nanoTime();
        ScriptRun unknown = market.script("stop", "nosuch");
        assertThat(unknown.exitCode()).as(unknown.all()).isEqualTo(LauncherException.CONFIGURATION);
        assertThat(unknown.err()).contains("unknown component 'nosuch'");
        ScriptRun running = market.script("start", "catalogue");
        assertThat(running.exitCode()).as(running.all()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        assertThat(running.out()).contains("catalogue is running already");

        // the drill: kill -9 a service, then start it again
        long killed = readState().component("subsidy").orElseThrow().process().orElseThrow().pid();
        Map<String, String> envBefore = environment(killed);
        ProcessTools.signal(killed, "KILL");
        assertThat(ProcessTools.awaitGone(killed, Duration.ofSeconds(10))).isTrue();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (readState().component("subsidy").orElseThrow().status() != State.Status.EXITED
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(readState().component("subsidy").orElseThrow().status()).as("the watch loop noticed")
                .isEqualTo(State.Status.EXITED);
        ScriptRun exited = market.script("status");
        assertThat(exited.exitCode()).as(exited.all()).isEqualTo(1);
        assertThat(exited.out()).containsPattern("(?m)^  subsidy +exited +" + market.port("SUBSIDY") + " +" + killed
                + " ");
        ScriptRun restart = market.script("start", "subsidy");
        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.out()).contains("subsidy is up again in");
        State.Component subsidy = readState().component("subsidy").orElseThrow();
        long restarted = subsidy.process().orElseThrow().pid();
        assertThat(subsidy.status()).isEqualTo(State.Status.UP);
        assertThat(subsidy.readySeconds()).isNotNegative();
        assertThat(restarted).isNotEqualTo(killed);
        assertThat(environment(restarted)).as("the same configuration as before").isEqualTo(envBefore);
        assertThat(ProcessTools.stat(restarted).orElseThrow().session()).as("in its own session").isEqualTo(restarted);
        assertThat(Files.readString(market.home().resolve("logs/subsidy.log")).split("techmarket starts subsidy", -1))
                .as("both starts appended to the same log").hasSize(3);
        ScriptRun statusAgain = market.script("status");
        assertThat(statusAgain.out()).containsPattern("(?m)^  subsidy +up +" + market.port("SUBSIDY") + " +"
                + restarted + " ");
        HttpResponse<String> programmes = get(market.url("subsidy") + "/programmes", market.token("admin.gx"));
        assertThat(programmes.statusCode()).as("the restarted service verifies tokens: " + programmes.body())
                .isEqualTo(200);

        // a graceful stop, a start that fails (with the end of the log), and one that works
        long catalogue = readState().component("catalogue").orElseThrow().process().orElseThrow().pid();
        ScriptRun stop = market.script("stop", "catalogue");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("catalogue stopped (SIGTERM");
        assertThat(ProcessTools.alive(catalogue)).isFalse();
        assertThat(Ports.inUse(market.port("CATALOGUE"))).as("the catalogue's port is closed").isFalse();
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.STOPPED);
        ScriptRun stopped = market.script("status");
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.out()).containsPattern("(?m)^  catalogue +stopped +" + market.port("CATALOGUE") + " +- ");
        ScriptRun stopAgain = market.script("stop", "catalogue");
        assertThat(stopAgain.exitCode()).as(stopAgain.all()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        assertThat(stopAgain.out()).contains("catalogue is stopped already");
        Path jar = Market.SERVICES_DIR.resolve("catalogue/target/quarkus-app/quarkus-run.jar");
        Path aside = jar.resolveSibling("quarkus-run.jar.aside");
        Files.move(jar, aside); // the link in target/e2e-services, not the build's jar
        ScriptRun broken;
        try {
            broken = market.script("start", "catalogue");
        } finally {
            Files.move(aside, jar);
        }
        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(LauncherException.START_FAILED);
        assertThat(broken.err()).contains("catalogue exited with code 1 before it was ready")
                .contains("Unable to access jarfile");
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.FAILED);
        ScriptRun fixed = market.script("start", "catalogue");
        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
        assertThat(readState().component("catalogue").orElseThrow().status()).isEqualTo(State.Status.UP);
        assertThat(get("http://127.0.0.1:" + market.port("CATALOGUE") + "/q/health/ready", null).statusCode())
                .isEqualTo(200);

        // the broker: ports closed while stopped; afterwards the topic and the group's committed offset are there
        String topic = "it.drill.v1";
        produce(topic, "before the broker stopped");
        assertThat(consume(topic, "it-drill", 1)).containsExactly("before the broker stopped");
        ScriptRun kafkaStop = market.script("stop", "kafka");
        assertThat(kafkaStop.exitCode()).as(kafkaStop.all()).isZero();
        assertThat(kafkaStop.out()).contains("kafka stopped in");
        assertThat(Ports.inUse(market.port("KAFKA"))).as("the broker's port is closed").isFalse();
        assertThat(Ports.inUse(market.port("KAFKA_CONTROLLER"))).as("the controller's port is closed").isFalse();
        assertThat(readState().component("kafka").orElseThrow().status()).isEqualTo(State.Status.STOPPED);
        assertThat(market.script("status").out()).containsPattern("(?m)^  kafka +stopped ");
        assertThat(market.script("stop", "kafka").exitCode()).isEqualTo(LauncherException.ALREADY_IN_STATE);
        ScriptRun kafkaStart = market.script("start", "kafka");
        assertThat(kafkaStart.exitCode()).as(kafkaStart.all()).isZero();
        assertThat(kafkaStart.out()).contains("kafka is up again in");
        assertThat(readState().component("kafka").orElseThrow().status()).isEqualTo(State.Status.UP);
        assertThat(Ports.inUse(market.port("KAFKA"))).isTrue();
        produce(topic, "after the broker started again");
        assertThat(consume(topic, "it-drill", 1)).as("the group resumes after its committed offset")
                .containsExactly("after the broker started again");
        timings.add(String.format(Locale.ROOT, "component drills %.1f s (subsidy restart %.1f s, kafka stop %.1f s,"
                + " start %.1f s)", (System.nanoTime() - t0) / 1e9, restart.seconds(), kafkaStop.seconds(),
                kafkaStart.seconds()));
    }

    private void produce(String topic, String value) throws Exception {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + market.port("KAFKA"), "acks", "all",
                "enable.idempotence", "true", "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, "drill", value)).get(60, TimeUnit.SECONDS);
        }
    }

    /** Polls until {@code count} records came (or 60 s passed), commits and returns them. */
    private List<String> consume(String topic, String group, int count) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + market.port("KAFKA"), "group.id", group,
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

    private PortalLogin.Tokens login(String username) throws Exception {
        PortalLogin.Outcome outcome = new PortalLogin(market.keycloak(), market.url(Market.PORTAL))
                .login(username, DemoUsers.PASSWORD);
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
        produce("it.restart.marker.v1", marker);
    }

    private void markersSurvived(String marker) throws Exception {
        try (Connection c = catalogueDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from it_marker")) {
            assertThat(rs.next()).as("the row written before the restart").isTrue();
            assertThat(rs.getString(1)).isEqualTo(marker);
        }
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", "127.0.0.1:" + market.port("KAFKA"), "group.id",
                "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
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

    private Connection catalogueDatabase() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + market.port("PG") + "/catalogue",
                "catalogue", "catalogue");
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

    private void nothingIsLeft(List<Long> pids) {
        for (long pid : pids) {
            assertThat(ProcessTools.alive(pid)).as("pid %d (%s) is gone", pid, ProcessTools.describe(pid)).isFalse();
        }
        Path home = market.home();
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
        market.ports().values().forEach(port -> {
            if (Ports.inUse(port)) {
                busy.add(port);
            }
        });
        assertThat(busy).as("ports still in use").isEmpty();
        assertThat(RunLock.held(home.resolve("run"))).isFalse();
        assertThat(Cleanup.leftovers(home, line -> { })).as("nothing for a cleanup to end").isZero();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String realm() {
        return market.keycloak() + "/realms/techmarket";
    }

    private State readState() {
        return State.read(market.home().resolve("run/state.properties")).orElseThrow();
    }

    /** A process's environment as the kernel shows it ({@code /proc/<pid>/environ}). */
    private static Map<String, String> environment(long pid) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        assertThat(env).as("environment of pid " + pid).isNotEmpty();
        return env;
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

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
