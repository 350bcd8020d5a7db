package gx.techmarket.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.platform.embedded.EmbeddedKafkaBroker;
import gx.techmarket.platform.embedded.EmbeddedPostgresServer;
import gx.techmarket.platform.embedded.Ports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs the whole market on this machine: the mail server (GreenMail) as a child process, PostgreSQL and the Kafka
 * broker in this JVM (started in parallel), then Keycloak and every service as child processes in their own sessions;
 * waits until each is healthy, showing progress; prints where everything is; and stops it all, in order, when asked
 * (Ctrl-C, SIGTERM from {@code techmarket stop}): services, Keycloak, the mail server, Kafka, PostgreSQL.
 */
public final class Supervisor {

    private static final String[] KEYCLOAK_MILESTONES = {
        "Initializing database schema", "creating its database schema in PostgreSQL (first start)",
        "Realm 'techmarket' imported", "realm techmarket imported",
        "Realm 'techmarket' already exists. Import skipped", "realm techmarket is there already (data kept)",
        "Bootstrap completed", "bootstrap completed",
    };

    private final Settings settings;
    private final BuildInfo build;
    private final Console console;
    private final List<ServiceSpec> services;
    private final State state;
    private final CountDownLatch stopRequest = new CountDownLatch(1);
    private final AtomicInteger signals = new AtomicInteger();
    private final Object lifecycle = new Object();

    private volatile EmbeddedPostgresServer postgres;
    private volatile ProcessRef postmaster;
    private volatile EmbeddedKafkaBroker kafka;
    private volatile ChildProcess keycloak;
    private volatile ChildProcess mail;
    private volatile long mailStarted;
    private volatile LogWatcher keycloakLog;
    private volatile long keycloakStarted;
    /** The services' sessions started in the background until Keycloak is ready ({@link StartPriority}). */
    private final List<Long> backgrounded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<ServiceSpec, ChildProcess> running = new LinkedHashMap<>();
    private final Map<ServiceSpec, ChildProcess.Recipe> recipes = new LinkedHashMap<>();
    /** Components whose unexpected end was reported already (watch loop only). */
    private final Map<String, Boolean> reported = new LinkedHashMap<>();
    private final Path control;
    private boolean stopped;

    private Supervisor(Settings settings, BuildInfo build, Console console, List<ServiceSpec> services) {
        this.settings = settings;
        this.build = build;
        this.console = console;
        this.services = services;
        this.state = State.create(settings.runDirectory().resolve("state.properties"), ProcessRef.current());
        this.control = Control.directory(settings.runDirectory());
    }

    /**
     * Supervises the market until it is asked to stop. The caller holds the {@link RunLock}.
     *
     * @return the process exit code
     */
    public static int supervise(Settings settings, BuildInfo build, Console console) {
        List<ServiceSpec> services = ServiceCatalog.discover(settings.servicesDirectory(), settings.serviceSelection());
        Supervisor supervisor = new Supervisor(settings, build, console, services);
        return supervisor.run();
    }

    /**
     * What must hold before anything starts: the built pieces are there and every port is free.
     *
     * @throws LauncherException naming what is missing or which port is taken by whom
     */
    public static void preflight(Settings settings, List<ServiceSpec> services) {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(settings.keycloakDistribution().resolve("bin/kc.sh"))) {
            missing.add("the Keycloak distribution (" + settings.keycloakDistribution() + ")");
        } else if (!KeycloakBuild.prebuilt(settings.keycloakDistribution())) {
            missing.add("Keycloak built for the launcher (" + settings.keycloakDistribution().resolve(KeycloakBuild.STAMP)
                    + " saying " + KeycloakBuild.stamp() + "; ./mvnw -pl deploy/local package builds it)");
        }
        if (!Files.isRegularFile(settings.mailServerJar())) {
            missing.add("the mail server (" + settings.mailServerJar() + ")");
        }
        for (ServiceSpec spec : ServiceCatalog.unbuilt(settings.servicesDirectory(), services)) {
            missing.add("service " + spec.name() + " (" + spec.runJar(settings.servicesDirectory()) + ")");
        }
        if (!missing.isEmpty()) {
            throw new LauncherException(LauncherException.CONFIGURATION, "not built yet: " + String.join(", ", missing)
                    + "\nBuild with ./mvnw install -DskipTests at the repository root (deploy/local/techmarket does it"
                    + " for you unless TECHMARKET_SKIP_BUILD=1), or leave services out with TECHMARKET_SERVICES.");
        }
        if (!Files.isRegularFile(settings.realmFile())) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "the realm file is missing: " + settings.realmFile());
        }
        List<PortClaim> taken = PortCheck.taken(settings.portClaims(services), Ports::inUse);
        if (!taken.isEmpty()) {
            throw new LauncherException(LauncherException.PORT_TAKEN, PortCheck.message(taken,
                    port -> ProcessTools.listenerOf(port).map(ProcessTools::describe)));
        }
    }

    private int run() {
        console.raw("techmarket " + build.projectVersion() + ": starting the embedded market (home " + settings.home()
                + ")");
        state.write(); // names this supervisor at once, for status and stop
        try {
            int cleaned = Cleanup.leftovers(settings.home(),
                    line -> console.progress("cleanup", line + " (left from a run that did not stop cleanly)"));
            if (cleaned > 0) {
                console.progress("cleanup", "done");
            }
            preflight(settings, services);
            Control.clear(control);
        } catch (LauncherException e) {
            state.phase(State.Phase.FAILED);
            throw e;
        }
        // listed up front so that status shows every component, in start order, while they start
        state.put(pending("postgres", Integer.toString(settings.postgresPort()), settings.jdbcUrl("<database>"),
                "tcp:" + settings.postgresPort(), "postgres.log"));
        state.put(pending("kafka", settings.kafkaPort() + ", " + settings.kafkaControllerPort(),
                settings.kafkaBootstrap(), "tcp:" + settings.kafkaPort(), "kafka.log"));
        state.put(pending("mail", settings.smtpPort() + ", " + settings.mailApiPort(), mailAddress(),
                MailLaunch.healthUrl(settings), "mail.log"));
        state.put(pending("keycloak", settings.keycloakPort() + ", " + settings.keycloakManagementPort(),
                settings.keycloakUrl(), KeycloakLaunch.healthUrl(settings), "keycloak.log"));
        for (ServiceSpec spec : services) {
            state.put(pending(spec.name(), Integer.toString(settings.servicePort(spec)),
                    "http://localhost:" + settings.servicePort(spec), ServiceLaunch.healthUrl(spec, settings),
                    spec.name() + ".log"));
        }
        Signals.onStopSignal(this::requestStop);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "techmarket-stop"));
        int code;
        try {
            startAll();
            state.readySeconds(console.elapsedSeconds());
            state.phase(State.Phase.READY);
            printSummary();
            watchUntilStopRequested();
            code = 0;
        } catch (StopRequested e) {
            console.progress("techmarket", "stop requested before the market was ready");
            code = 130;
        } catch (LauncherException e) {
            console.raw("");
            console.raw("techmarket: " + e.getMessage());
            code = e.exitCode();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            console.raw("techmarket: unexpected failure: " + e + System.lineSeparator() + trace);
            code = LauncherException.START_FAILED;
        }
        stopAll();
        if (code != 0 && code != 130) {
            state.phase(State.Phase.FAILED);
        }
        return code;
    }

    private State.Component pending(String name, String ports, String address, String health, String log) {
        return new State.Component(name, Optional.empty(), false, ports, address, health, State.Status.STARTING, -1,
                settings.logDirectory().resolve(log).toString());
    }

    private void requestStop() {
        int n = signals.incrementAndGet();
        if (n == 1) {
            console.progress("techmarket", "stopping (services, Keycloak, the mail server, Kafka, PostgreSQL) ...");
        } else {
            console.progress("techmarket", "still stopping; Keycloak can take a few seconds to shut down");
        }
        stopRequest.countDown();
    }

    private boolean stopRequested() {
        return stopRequest.getCount() == 0;
    }

    // ---------------------------------------------------------------------------------------------------- start

    private void startAll() {
        // the mail server needs nothing else and starts in about a second; who sends mail needs it only later
        startMail();
        CompletableFuture<Void> pg = CompletableFuture.runAsync(this::startPostgres);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(this::startKafka);
        CompletableFuture<Path> dist = CompletableFuture.supplyAsync(this::prepareKeycloak);
        try {
            await(pg);
            Path kcHome = await(dist);
            startKeycloak(kcHome);
            await(broker);
            // The services need PostgreSQL (Flyway) and Kafka when they boot, but not Keycloak: Quarkus OIDC defers a
            // tenant whose server does not answer yet and connects on the first request that needs it. So they boot
            // while Keycloak does, instead of after it, in the background until it is ready (StartPriority); the
            // market is ready when all of them are.
            Map<ServiceSpec, Long> started = startServices();
            awaitReady(started);
            awaitDirectoryKnown();
        } catch (RuntimeException e) {
            // whatever still starts in the background must have finished before stopAll() sees it
            for (CompletableFuture<?> f : List.of(pg, broker, dist)) {
                try {
                    f.get(120, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException ignored) {
                    // reported through the first failure
                }
            }
            throw e;
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        while (true) {
            try {
                return future.get(250, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (stopRequested()) {
                    throw new StopRequested();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StopRequested();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void startPostgres() {
        long t0 = System.nanoTime();
        console.progress("postgres", "starting on 127.0.0.1:" + settings.postgresPort() + " (data "
                + settings.postgresData() + ")");
        EmbeddedPostgresServer pg;
        try {
            pg = EmbeddedPostgresServer.start(settings.postgresData(), settings.distDirectory().resolve("postgres"),
                    settings.postgresPort(), true);
        } catch (RuntimeException e) {
            throw new LauncherException(LauncherException.START_FAILED, "PostgreSQL did not start: " + rootMessage(e)
                    + "\nSee " + settings.logDirectory().resolve("postgres.log"), e);
        }
        ProcessRef pm = Cleanup.postmasterPid(settings.postgresData()).flatMap(ProcessRef::of)
                .orElseThrow(() -> new LauncherException(LauncherException.START_FAILED,
                        "PostgreSQL started but its postmaster.pid is unreadable in " + settings.postgresData()));
        synchronized (lifecycle) {
            postgres = pg;
            postmaster = pm;
        }
        pg.ensureDatabase(KeycloakLaunch.DATABASE);
        for (ServiceSpec spec : services) {
            pg.ensureDatabase(spec.name());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        state.put(new State.Component("postgres", Optional.of(pm), true, Integer.toString(settings.postgresPort()),
                settings.jdbcUrl("<database>"), "tcp:" + settings.postgresPort(), State.Status.UP, seconds,
                settings.logDirectory().resolve("postgres.log").toString()));
        console.progress("postgres", "ready in " + Console.seconds(seconds) + " (pid " + pm.pid() + ")");
    }

    private void startKafka() {
        long t0 = System.nanoTime();
        console.progress("kafka", "starting on 127.0.0.1:" + settings.kafkaPort() + " (controller "
                + settings.kafkaControllerPort() + ", data " + settings.kafkaData() + ")");
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(settings.kafkaData(), settings.kafkaPort(),
                    settings.kafkaControllerPort());
        } catch (RuntimeException e) {
            throw new LauncherException(LauncherException.START_FAILED, "Kafka did not start: " + rootMessage(e)
                    + "\nSee " + settings.logDirectory().resolve("kafka.log"), e);
        }
        synchronized (lifecycle) {
            kafka = broker;
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Health.tcp(settings.kafkaPort())) {
            if (System.nanoTime() > until) {
                throw new LauncherException(LauncherException.START_FAILED,
                        "Kafka started but does not accept connections on " + settings.kafkaBootstrap());
            }
            ProcessTools.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        state.put(new State.Component("kafka", Optional.of(ProcessRef.current()), false,
                settings.kafkaPort() + ", " + settings.kafkaControllerPort(), settings.kafkaBootstrap(),
                "tcp:" + settings.kafkaPort(), State.Status.UP, seconds,
                settings.logDirectory().resolve("kafka.log").toString()));
        console.progress("kafka", "ready in " + Console.seconds(seconds) + " (in the supervisor, pid "
                + ProcessHandle.current().pid() + ")");
    }

    private String mailAddress() {
        return "smtp://" + MailLaunch.HOST + ":" + settings.smtpPort() + ", mailboxes " + settings.mailApiUrl();
    }

    private void startMail() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        synchronized (lifecycle) {
            if (stopRequested()) {
                throw new StopRequested();
            }
            mailStarted = System.nanoTime();
            mail = ChildProcess.start("mail", MailLaunch.command(settings, java), Map.of(), settings.home(),
                    settings.logDirectory().resolve("mail.log"));
        }
        state.put(new State.Component("mail", Optional.of(mail.ref()), true,
                settings.smtpPort() + ", " + settings.mailApiPort(), mailAddress(), MailLaunch.healthUrl(settings),
                State.Status.STARTING, -1, mail.log().toString()));
        console.progress("mail", "starting GreenMail: SMTP on " + MailLaunch.HOST + ":" + settings.smtpPort()
                + ", mailboxes on " + settings.mailApiUrl() + " (pid " + mail.pid() + ")");
    }

    /**
     * One look at the mail server: whether it answers its readiness check.
     *
     * @throws LauncherException if it exited, or is not ready within the services' timeout
     */
    private boolean mailReady() {
        if (!mail.alive()) {
            state.status("mail", State.Status.FAILED);
            throw new LauncherException(LauncherException.START_FAILED, "the mail server exited with code "
                    + mail.exitCode().orElse(-1) + " before it was ready. The end of " + mail.log() + ":\n"
                    + mail.tail(25));
        }
        if (Health.get(URI.create(MailLaunch.healthUrl(settings))).isPresent()) {
            double seconds = (System.nanoTime() - mailStarted) / 1e9;
            state.ready("mail", seconds);
            console.progress("mail", "ready in " + Console.seconds(seconds));
            return true;
        }
        if (System.nanoTime() > mailStarted + settings.serviceTimeout().toNanos()) {
            state.status("mail", State.Status.FAILED);
            throw new LauncherException(LauncherException.START_FAILED, "the mail server was not ready within "
                    + settings.serviceTimeout().toSeconds() + " s. The end of " + mail.log() + ":\n" + mail.tail(25));
        }
        return false;
    }

    /**
     * The home's own copy of the Keycloak distribution: Keycloak rebuilds itself inside its folder and keeps
     * temporary data there, so two homes (a developer's and a test's) must not share one.
     */
    private Path prepareKeycloak() {
        Path source = settings.keycloakDistribution();
        Path target = settings.distDirectory().resolve(source.getFileName());
        Path marker = target.resolve(".techmarket-copy-complete");
        try {
            // the copy carries the source's build stamp: a home copied before the distribution was built for
            // today's options (e.g. start-dev's) gets a fresh copy; its data stays in PostgreSQL
            String copied = source + " " + KeycloakBuild.stamp();
            if (!Files.isRegularFile(marker)
                    || !Files.readString(marker, StandardCharsets.UTF_8).strip().equals(copied)) {
                console.progress("keycloak", "copying the distribution into " + target);
                if (Files.exists(target)) {
                    deleteTree(target);
                }
                copyTree(source, target);
                Files.writeString(marker, copied + System.lineSeparator(), StandardCharsets.UTF_8);
            }
            Path imports = target.resolve("data/import");
            Files.createDirectories(imports);
            String realm = Files.readString(settings.realmFile(), StandardCharsets.UTF_8);
            int portalPort = settings.servicePort(ServiceSpec.byName("portal").orElseThrow());
            Files.writeString(imports.resolve("techmarket-realm.json"), RealmImport.withPortalPort(realm, portalPort),
                    StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new LauncherException(LauncherException.START_FAILED,
                    "could not prepare Keycloak in " + target + ": " + e.getMessage(), e);
        }
    }

    private void startKeycloak(Path kcHome) {
        String javaHome = System.getProperty("java.home");
        synchronized (lifecycle) {
            if (stopRequested()) {
                throw new StopRequested();
            }
            Path log = settings.logDirectory().resolve("keycloak.log");
            keycloakLog = LogWatcher.fromEnd(log);
            keycloakStarted = System.nanoTime();
            ClassDataArchive.prepare(KeycloakLaunch.archive(settings));
            keycloak = ChildProcess.start("keycloak", KeycloakLaunch.command(kcHome, settings),
                    KeycloakLaunch.environment(settings, javaHome), kcHome, log);
        }
        state.put(new State.Component("keycloak", Optional.of(keycloak.ref()), true,
                settings.keycloakPort() + ", " + settings.keycloakManagementPort(), settings.keycloakUrl(),
                KeycloakLaunch.healthUrl(settings), State.Status.STARTING, -1, keycloak.log().toString()));
        console.progress("keycloak", "starting on " + settings.keycloakUrl() + " (pid " + keycloak.pid()
                + "; pre-built; its first start creates its schema and imports the realm)");
    }

    /** Until Keycloak and every started service are ready (each one's time recorded when it is). */
    private void awaitReady(Map<ServiceSpec, Long> started) {
        long nextNote = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long keycloakUntil = keycloakStarted + settings.keycloakTimeout().toNanos();
        long servicesUntil = System.nanoTime() + settings.serviceTimeout().toNanos();
        Map<ServiceSpec, Long> pending = new LinkedHashMap<>(started);
        boolean keycloakReady = false;
        boolean mailReady = false;
        while (true) {
            if (!mailReady) {
                mailReady = mailReady();
            }
            if (!keycloakReady) {
                keycloakReady = keycloakReady(keycloakUntil);
                if (keycloakReady && !backgrounded.isEmpty()) {
                    // the services booted on what Keycloak left (StartPriority); from now on they share alike, and
                    // their time to get ready counts from here (on a busy machine they may have had little CPU yet)
                    StartPriority.restore(backgrounded);
                    backgrounded.clear();
                    servicesUntil = Math.max(servicesUntil, System.nanoTime() + settings.serviceTimeout().toNanos());
                }
            }
            servicesReady(pending, servicesUntil);
            if (mailReady && keycloakReady && pending.isEmpty()) {
                return;
            }
            if (stopRequested()) {
                throw new StopRequested();
            }
            if (System.nanoTime() > nextNote) {
                List<String> waiting = new ArrayList<>();
                if (!mailReady) {
                    waiting.add("mail");
                }
                if (!keycloakReady) {
                    waiting.add("keycloak");
                }
                pending.keySet().forEach(spec -> waiting.add(spec.name()));
                console.progress("techmarket", "still starting: " + String.join(", ", waiting) + " ("
                        + Console.seconds(console.elapsedSeconds()) + ")");
                nextNote = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            }
            ProcessTools.sleep(250);
        }
    }

    /**
     * Until every started service that reads the directory counts the organisations and registration points the
     * directory counts ({@link DirectoryCounts}): only then can every demo user act in every service. Nothing to wait
     * for when the directory is not among the started services.
     *
     * @throws LauncherException if they do not agree within the services' timeout
     */
    private void awaitDirectoryKnown() {
        Optional<ServiceSpec> directory = services.stream().filter(s -> s.name().equals("directory")).findFirst();
        if (directory.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        long until = t0 + settings.serviceTimeout().toNanos();
        Map<String, Optional<String>> readers = new LinkedHashMap<>();
        while (true) {
            Optional<String> held = Health.get(URI.create(ServiceLaunch.healthUrl(directory.get(), settings)))
                    .flatMap(body -> DirectoryCounts.of(body, DirectoryCounts.DIRECTORY_CHECK));
            readers.clear();
            for (ServiceSpec spec : services) {
                Optional<String> body = Health.get(URI.create(ServiceLaunch.healthUrl(spec, settings)));
                Optional<String> known = body.flatMap(b -> DirectoryCounts.of(b, DirectoryCounts.READ_MODEL_CHECK));
                if (known.isPresent() || (body.isPresent() && body.get().contains(DirectoryCounts.READ_MODEL_CHECK))) {
                    readers.put(spec.name(), known);
                }
            }
            if (DirectoryCounts.agree(held, readers)) {
                console.progress("directory", held.get().replace("/", " organisations and ")
                        + " registration points known to " + String.join(", ", readers.keySet()) + " after "
                        + Console.seconds((System.nanoTime() - t0) / 1e9));
                return;
            }
            if (stopRequested()) {
                throw new StopRequested();
            }
            if (System.nanoTime() > until) {
                throw new LauncherException(LauncherException.START_FAILED, "the services did not learn the"
                        + " directory's organisations within " + Console.seconds(settings.serviceTimeout().toSeconds())
                        + ": the directory counts " + held.orElse("nothing") + ", the services " + readers);
            }
            ProcessTools.sleep(250);
        }
    }

    /**
     * One look at Keycloak: reports the milestones its log shows, and whether it is ready (health up and the realm's
     * discovery document naming the expected issuer).
     *
     * @throws LauncherException if it exited or is not ready by {@code until}
     */
    private boolean keycloakReady(long until) {
        for (String line : keycloakLog.newLines()) {
            for (int i = 0; i < KEYCLOAK_MILESTONES.length; i += 2) {
                if (line.contains(KEYCLOAK_MILESTONES[i])) {
                    console.progress("keycloak", KEYCLOAK_MILESTONES[i + 1] + " ("
                            + Console.seconds((System.nanoTime() - keycloakStarted) / 1e9) + ")");
                }
            }
        }
        if (!keycloak.alive()) {
            state.status("keycloak", State.Status.FAILED);
            throw new LauncherException(LauncherException.START_FAILED, "Keycloak exited with code "
                    + keycloak.exitCode().orElse(-1) + " before it was ready. The end of " + keycloak.log()
                    + ":\n" + keycloak.tail(25));
        }
        if (Health.get(URI.create(KeycloakLaunch.healthUrl(settings))).isPresent()
                && issuerMatches(Health.get(URI.create(KeycloakLaunch.discoveryUrl(settings))))) {
            double seconds = (System.nanoTime() - keycloakStarted) / 1e9;
            state.ready("keycloak", seconds);
            console.progress("keycloak", "ready in " + Console.seconds(seconds) + ": realm techmarket at "
                    + settings.realmUrl());
            return true;
        }
        if (System.nanoTime() > until) {
            state.status("keycloak", State.Status.FAILED);
            throw new LauncherException(LauncherException.START_FAILED, "Keycloak was not ready within "
                    + settings.keycloakTimeout().toSeconds() + " s (raise " + Settings.KEYCLOAK_TIMEOUT
                    + " on a slow machine). The end of " + keycloak.log() + ":\n" + keycloak.tail(25));
        }
        return false;
    }

    private boolean issuerMatches(Optional<String> discoveryDocument) {
        if (discoveryDocument.isEmpty()) {
            return false;
        }
        try {
            String issuer = new ObjectMapper().readTree(discoveryDocument.get()).path("issuer").asText();
            if (!issuer.equals(settings.realmUrl())) {
                throw new LauncherException(LauncherException.START_FAILED, "Keycloak announces the issuer " + issuer
                        + " instead of " + settings.realmUrl() + "; tokens would not be accepted by the services");
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts every service, without waiting; returns when each was started. */
    private Map<ServiceSpec, Long> startServices() {
        Map<ServiceSpec, Long> started = new LinkedHashMap<>();
        if (services.isEmpty()) {
            console.progress("services", "none to start (no services/<name>/pom.xml among "
                    + ServiceCatalog.knownNames() + (settings.serviceSelection().isPresent()
                            ? ", or left out by " + Settings.SERVICES : "") + ")");
            return started;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (ServiceSpec spec : services) {
            ChildProcess child;
            synchronized (lifecycle) {
                if (stopRequested()) {
                    throw new StopRequested();
                }
                ChildProcess.Recipe recipe = new ChildProcess.Recipe(spec.name(),
                        ServiceLaunch.command(spec, settings, java), ServiceLaunch.environment(spec, settings, services),
                        ServiceLaunch.workingDirectory(spec, settings),
                        settings.logDirectory().resolve(spec.name() + ".log"));
                recipes.put(spec, recipe);
                ClassDataArchive.prepare(ServiceLaunch.archive(spec, settings));
                child = ChildProcess.start(recipe);
                running.put(spec, child);
            }
            if (StartPriority.background(child.pid())) {
                backgrounded.add(child.pid());
            }
            started.put(spec, System.nanoTime());
            state.put(new State.Component(spec.name(), Optional.of(child.ref()), true,
                    Integer.toString(settings.servicePort(spec)), "http://localhost:" + settings.servicePort(spec),
                    ServiceLaunch.healthUrl(spec, settings), State.Status.STARTING, -1, child.log().toString()));
            console.progress(spec.name(), "starting on http://localhost:" + settings.servicePort(spec) + " (pid "
                    + child.pid() + ")");
        }
        return started;
    }

    /**
     * One look at the services still starting: each that answers {@code /q/health/ready} is recorded as ready and
     * removed from {@code pending}.
     *
     * @throws LauncherException if one exited, or some are not ready by {@code until}
     */
    private void servicesReady(Map<ServiceSpec, Long> pending, long until) {
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            ServiceSpec spec = entry.getKey();
            ChildProcess child = running.get(spec);
            if (!child.alive()) {
                state.status(spec.name(), State.Status.FAILED);
                throw new LauncherException(LauncherException.START_FAILED, "service " + spec.name()
                        + " exited with code " + child.exitCode().orElse(-1) + " before it was ready. The end of "
                        + child.log() + ":\n" + child.tail(25));
            }
            if (Health.get(URI.create(ServiceLaunch.healthUrl(spec, settings))).isPresent()) {
                double seconds = (System.nanoTime() - entry.getValue()) / 1e9;
                state.ready(spec.name(), seconds);
                console.progress(spec.name(), "ready in " + Console.seconds(seconds));
                it.remove();
            }
        }
        if (!pending.isEmpty() && System.nanoTime() > until) {
            ServiceSpec first = pending.keySet().iterator().next();
            throw new LauncherException(LauncherException.START_FAILED, "not ready within "
                    + settings.serviceTimeout().toSeconds() + " s: " + pending.keySet().stream()
                            .map(ServiceSpec::name).toList()
                    + " (their health: GET /q/health/ready; raise " + Settings.SERVICE_TIMEOUT
                    + " on a slow machine). The end of " + running.get(first).log() + ":\n"
                    + running.get(first).tail(25));
        }
    }

    // ---------------------------------------------------------------------------------------------------- ready

    private void printSummary() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format(Locale.ROOT, "techmarket is ready in %s: 广西网上技术市场2.0, embedded default",
                Console.seconds(console.elapsedSeconds())));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "  %-10s %-52s %-8s %s", "component", "address", "pid", "ready in"));
        for (State.Component c : state.components()) {
            lines.add(String.format(Locale.ROOT, "  %-10s %-52s %-8s %s", c.name(), c.address(),
                    c.process().map(p -> Long.toString(p.pid())).orElse("-"),
                    c.readySeconds() >= 0 ? Console.seconds(c.readySeconds()) : "-"));
        }
        Memory.Usage memory = Memory.total(Memory.of(state));
        lines.add(String.format(Locale.ROOT, "  memory: %s resident (RSS summed over every process), %s proportional"
                + " (PSS)", ProcessTools.megabytes(memory.residentKb()),
                ProcessTools.megabytes(memory.proportionalKb())));
        lines.add("");
        lines.add("  Keycloak admin console  " + settings.keycloakUrl() + "/admin/  (" + KeycloakLaunch.ADMIN_USER + " / "
                + KeycloakLaunch.ADMIN_PASSWORD + ")");
        lines.add("  realm techmarket        " + settings.realmUrl() + "  (account console: " + settings.realmUrl()
                + "/account/)");
        lines.add("  PostgreSQL              " + settings.jdbcUrl("<service>")
                + "  (user = password = database name; superuser postgres)");
        lines.add("  Kafka                   bootstrap servers " + settings.kafkaBootstrap());
        lines.add("  mail (GreenMail)        SMTP " + MailLaunch.HOST + ":" + settings.smtpPort() + ", any recipient;"
                + " read a mailbox: " + MailLaunch.mailboxUrl(settings, "<address>"));
        lines.add("");
        lines.add("  demo logins (password for all: " + DemoUsers.PASSWORD + "; development only)");
        lines.add(String.format(Locale.ROOT, "  %-19s %-11s %s", "username", "role", "organisation"));
        for (DemoUsers.User u : DemoUsers.read(settings.realmFile())) {
            lines.add(String.format(Locale.ROOT, "  %-19s %-11s %s %s (%s, %s)%s", u.username(), u.role(), u.name(),
                    u.orgName(), u.orgKind(), u.orgRegion(), u.orgParent().map(p -> ", parent " + p).orElse("")));
        }
        lines.add("");
        lines.add("  logs " + settings.logDirectory() + "   data " + settings.dataDirectory());
        lines.add("  status: deploy/local/techmarket status   stop: deploy/local/techmarket stop"
                + (signalsFromTerminal() ? " (or Ctrl-C here)" : ""));
        lines.forEach(console::raw);
    }

    private static boolean signalsFromTerminal() {
        return System.console() != null;
    }

    /**
     * Until a stop is requested: answers {@code techmarket start|stop <component>} (see {@link Control}) and reports a
     * component that ends unexpectedly (the rest keeps running).
     */
    private void watchUntilStopRequested() {
        long nextCheck = 0;
        while (true) {
            try {
                if (stopRequest.await(200, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                for (Control.Request request : Control.take(control, line -> console.progress("control", line))) {
                    Control.respond(control, request.id(), handle(request));
                }
            } catch (UncheckedIOException e) {
                // a request or answer that cannot be read or written must not end the market; its command times out
                console.progress("control", rootMessage(e));
            }
            if (System.nanoTime() > nextCheck) {
                reportUnexpectedEnds();
                nextCheck = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            }
        }
    }

    private void reportUnexpectedEnds() {
        Map<String, ChildProcess> children = new LinkedHashMap<>();
        synchronized (lifecycle) {
            if (keycloak != null) {
                children.put("keycloak", keycloak);
            }
            if (mail != null) {
                children.put("mail", mail);
            }
            running.forEach((spec, child) -> children.put(spec.name(), child));
        }
        children.forEach((name, child) -> {
            if (!child.alive() && reported.putIfAbsent(name, true) == null) {
                state.status(name, State.Status.EXITED);
                console.progress(name, "exited unexpectedly with code " + child.exitCode().orElse(-1)
                        + "; the rest keeps running. The end of " + child.log() + ":\n" + child.tail(15));
            }
        });
        if (postmaster != null && !postmaster.alive() && reported.putIfAbsent("postgres", true) == null) {
            state.status("postgres", State.Status.EXITED);
            console.progress("postgres", "exited unexpectedly; see " + settings.logDirectory().resolve(
                    "postgres.log"));
        }
    }

    // ---------------------------------------------------------------------------------------------------- control

    /** Does what {@code techmarket start|stop <component>} asked, on the watch loop's thread. */
    private Control.Response handle(Control.Request request) {
        long t0 = System.nanoTime();
        String name = request.component();
        console.progress(name, request.action().name().toLowerCase(Locale.ROOT) + " requested (techmarket "
                + request.action().name().toLowerCase(Locale.ROOT) + " " + name + ")");
        Outcome outcome;
        try {
            if (name.equals(Control.KAFKA)) {
                outcome = request.action() == Control.Action.STOP ? stopKafkaAlone() : startKafkaAgain();
            } else {
                Optional<ServiceSpec> spec = services.stream().filter(s -> s.name().equals(name)).findFirst();
                if (spec.isEmpty()) {
                    outcome = new Outcome(Control.Outcome.NOT_PART, name + " is not part of this market (it runs "
                            + String.join(", ", state.components().stream().map(State.Component::name).toList())
                            + "; a service runs when services/" + name + "/pom.xml exists and "
                            + Settings.SERVICES + " does not leave it out)");
                } else {
                    outcome = request.action() == Control.Action.STOP ? stopServiceAlone(spec.get())
                            : startServiceAgain(spec.get());
                }
            }
        } catch (RuntimeException e) {
            outcome = new Outcome(Control.Outcome.FAILED, request.action().name().toLowerCase(Locale.ROOT) + " " + name
                    + " failed: " + rootMessage(e));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.result() == Control.Outcome.FAILED) {
            // the command shows the whole message (with the end of the log); the console gets its first line
            console.progress(name, outcome.message().lines().findFirst().orElse("failed"));
        }
        return new Control.Response(outcome.result(), outcome.message(), seconds);
    }

    private record Outcome(Control.Outcome result, String message) {}

    private Outcome stopServiceAlone(ServiceSpec spec) {
        String name = spec.name();
        ChildProcess child;
        synchronized (lifecycle) {
            child = running.get(spec);
        }
        if (child == null) {
            return new Outcome(Control.Outcome.ALREADY, name + " is stopped already");
        }
        if (!child.alive()) {
            synchronized (lifecycle) {
                running.remove(spec);
            }
            reported.put(name, true);
            state.stopped(name);
            console.progress(name, "was not running (it had exited with code " + child.exitCode().orElse(-1)
                    + "); recorded as stopped");
            return new Outcome(Control.Outcome.ALREADY, name + " was not running (pid " + child.pid()
                    + " had exited with code " + child.exitCode().orElse(-1) + "); recorded as stopped");
        }
        long t0 = System.nanoTime();
        Duration grace = grace(Duration.ofSeconds(30), child.recipe().command());
        state.status(name, State.Status.STOPPING);
        boolean clean = child.stop(grace);
        quietly(name, () -> {
            child.process().waitFor(5, TimeUnit.SECONDS);
            ClassDataArchive.settle(ServiceLaunch.archive(spec, settings), clean, child.exitCode().orElse(-1));
        });
        synchronized (lifecycle) {
            running.remove(spec);
        }
        reported.put(name, true);
        state.stopped(name);
        String how = (clean ? "stopped (SIGTERM, " : "killed after " + grace.toSeconds() + " s without ending on"
                + " SIGTERM (") + Console.seconds((System.nanoTime() - t0) / 1e9) + ")";
        console.progress(name, how);
        return new Outcome(Control.Outcome.DONE, name + " " + how + "; pid " + child.pid() + " and its process group"
                + " are gone, port " + settings.servicePort(spec) + " is closed");
    }

    private Outcome startServiceAgain(ServiceSpec spec) {
        String name = spec.name();
        ChildProcess old;
        synchronized (lifecycle) {
            old = running.get(spec);
        }
        if (old != null && old.alive() && !ProcessTools.alive(old.pid())) {
            // killed a moment ago (kill -9): wait for the JVM to reap it rather than call it running
            try {
                old.process().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (old != null && old.alive()) {
            String live = Health.get(URI.create(ServiceLaunch.healthUrl(spec, settings))).isPresent() ? "up"
                    : "running but not ready";
            return new Outcome(Control.Outcome.ALREADY, name + " is running already (pid " + old.pid() + ", " + live
                    + "); stop it first to start it again");
        }
        if (old != null) {
            console.progress(name, "pid " + old.pid() + " had exited with code " + old.exitCode().orElse(-1));
        }
        int port = settings.servicePort(spec);
        if (Ports.inUse(port)) {
            return new Outcome(Control.Outcome.FAILED, "cannot start " + name + ": its port " + port + " is in use by "
                    + ProcessTools.listenerOf(port).map(ProcessTools::describe).orElse("an unknown process"));
        }
        long t0 = System.nanoTime();
        ChildProcess child;
        synchronized (lifecycle) {
            if (stopped || stopRequested()) {
                return stopping();
            }
            // the same environment and log; the command again, for the class-data archive written since
            ChildProcess.Recipe earlier = recipes.get(spec);
            ChildProcess.Recipe recipe = new ChildProcess.Recipe(earlier.name(), ServiceLaunch.command(spec, settings,
                    earlier.command().get(0)), earlier.environment(), earlier.directory(), earlier.log());
            recipes.put(spec, recipe);
            ClassDataArchive.prepare(ServiceLaunch.archive(spec, settings));
            child = ChildProcess.start(recipe);
            running.put(spec, child);
        }
        reported.remove(name);
        state.put(new State.Component(name, Optional.of(child.ref()), true, Integer.toString(port),
                "http://localhost:" + port, ServiceLaunch.healthUrl(spec, settings), State.Status.STARTING, -1,
                child.log().toString()));
        console.progress(name, "starting again on http://localhost:" + port + " (pid " + child.pid() + ")");
        URI health = URI.create(ServiceLaunch.healthUrl(spec, settings));
        long until = t0 + settings.serviceTimeout().toNanos();
        while (true) {
            if (!child.alive()) {
                reported.put(name, true);
                state.status(name, State.Status.FAILED);
                return new Outcome(Control.Outcome.FAILED, name + " exited with code " + child.exitCode().orElse(-1)
                        + " before it was ready. The end of " + child.log() + ":\n" + child.tail(25));
            }
            if (Health.get(health).isPresent()) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                state.ready(name, seconds);
                console.progress(name, "ready in " + Console.seconds(seconds) + " (pid " + child.pid() + ")");
                return new Outcome(Control.Outcome.DONE, name + " is up again in " + Console.seconds(seconds)
                        + " (pid " + child.pid() + ", " + ServiceLaunch.healthUrl(spec, settings) + " answers)");
            }
            if (stopRequested()) {
                return stopping(); // the market's stop ends the child with everything else
            }
            if (System.nanoTime() > until) {
                String tail = child.tail(25);
                stopChild(name, child, Duration.ofSeconds(30));
                synchronized (lifecycle) {
                    running.remove(spec);
                }
                reported.put(name, true);
                state.status(name, State.Status.FAILED);
                return new Outcome(Control.Outcome.FAILED, name + " was not ready within "
                        + settings.serviceTimeout().toSeconds() + " s (raise " + Settings.SERVICE_TIMEOUT
                        + " on a slow machine) and was stopped again. The end of " + child.log() + ":\n" + tail);
            }
            ProcessTools.sleep(200);
        }
    }

    private Outcome stopKafkaAlone() {
        EmbeddedKafkaBroker broker;
        synchronized (lifecycle) {
            broker = kafka;
        }
        if (broker == null) {
            return new Outcome(Control.Outcome.ALREADY, "kafka is stopped already");
        }
        long t0 = System.nanoTime();
        state.status("kafka", State.Status.STOPPING);
        boolean closed = closeKafka(broker);
        synchronized (lifecycle) {
            kafka = null;
        }
        if (!closed) {
            state.status("kafka", State.Status.FAILED);
            return new Outcome(Control.Outcome.FAILED, "kafka did not stop within 60 s; it ends with the market. The"
                    + " end of " + kafkaLog() + ":\n" + ChildProcess.tail(kafkaLog(), 25));
        }
        List<Integer> open = awaitClosed(List.of(settings.kafkaPort(), settings.kafkaControllerPort()),
                Duration.ofSeconds(10));
        if (!open.isEmpty()) {
            state.status("kafka", State.Status.FAILED);
            return new Outcome(Control.Outcome.FAILED, "kafka stopped, but ports " + open + " are still open");
        }
        state.stopped("kafka");
        String took = Console.seconds((System.nanoTime() - t0) / 1e9);
        console.progress("kafka", "stopped (" + took + ")");
        return new Outcome(Control.Outcome.DONE, "kafka stopped in " + took + "; ports " + settings.kafkaPort() + ", "
                + settings.kafkaControllerPort() + " are closed (data kept in " + settings.kafkaData() + ")");
    }

    private Outcome startKafkaAgain() {
        synchronized (lifecycle) {
            if (kafka != null) {
                return new Outcome(Control.Outcome.ALREADY, "kafka is running already (" + settings.kafkaBootstrap()
                        + ", in the supervisor, pid " + ProcessHandle.current().pid() + ")");
            }
            if (stopped || stopRequested()) {
                return stopping();
            }
        }
        for (PortClaim claim : List.of(new PortClaim(settings.kafkaPort(), "Kafka broker", Settings.KAFKA_PORT),
                new PortClaim(settings.kafkaControllerPort(), "Kafka KRaft controller", Settings.KAFKA_CONTROLLER_PORT))) {
            if (Ports.inUse(claim.port())) {
                return new Outcome(Control.Outcome.FAILED, "cannot start kafka: port " + claim.port() + " ("
                        + claim.component() + ") is in use by " + ProcessTools.listenerOf(claim.port())
                                .map(ProcessTools::describe).orElse("an unknown process"));
            }
        }
        try {
            startKafka();
        } catch (LauncherException e) {
            state.status("kafka", State.Status.FAILED);
            return new Outcome(Control.Outcome.FAILED, e.getMessage() + "\nThe end of " + kafkaLog() + ":\n"
                    + ChildProcess.tail(kafkaLog(), 25));
        }
        double seconds = state.component("kafka").map(State.Component::readySeconds).orElse(-1.0);
        return new Outcome(Control.Outcome.DONE, "kafka is up again in " + Console.seconds(seconds) + " on "
                + settings.kafkaBootstrap() + " (controller " + settings.kafkaControllerPort() + "; same data, topics"
                + " and committed offsets)");
    }

    private Outcome stopping() {
        return new Outcome(Control.Outcome.NOT_READY, "the market is stopping");
    }

    private Path kafkaLog() {
        return settings.logDirectory().resolve("kafka.log");
    }

    private static List<Integer> awaitClosed(List<Integer> ports, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Integer> open = ports.stream().filter(Ports::inUse).toList();
            if (open.isEmpty() || System.nanoTime() > until) {
                return open;
            }
            ProcessTools.sleep(100);
        }
    }

    /** Closes the broker, waiting at most 60 s (a broker that hangs in shutdown ends with this process). */
    private static boolean closeKafka(EmbeddedKafkaBroker broker) {
        Thread closer = new Thread(broker::close, "kafka-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !closer.isAlive();
    }

    // ---------------------------------------------------------------------------------------------------- stop

    /** Stops everything that was started, in order; safe to call more than once and from any thread. */
    private void stopAll() {
        synchronized (lifecycle) {
            if (stopped) {
                return;
            }
            stopped = true;
            long t0 = System.nanoTime();
            boolean anything = postgres != null || kafka != null || keycloak != null || mail != null
                    || !running.isEmpty();
            if (anything) {
                state.phase(State.Phase.STOPPING);
            }
            // the services and Keycloak end together: no service needs Keycloak to shut down (tokens are checked
            // against keys it already holds), and each of them may be writing its class-data archive on the way out
            List<CompletableFuture<Void>> stops = new ArrayList<>();
            running.forEach((spec, child) -> stops.add(CompletableFuture.runAsync(() -> stopService(spec, child))));
            if (keycloak != null) {
                stops.add(CompletableFuture.runAsync(this::stopKeycloak));
            }
            stops.forEach(CompletableFuture::join);
            if (mail != null) {
                // after everything that sends mail
                stopChild("mail", mail, Duration.ofSeconds(10));
            }
            if (kafka != null) {
                quietly("kafka", () -> {
                    long k0 = System.nanoTime();
                    state.status("kafka", State.Status.STOPPING);
                    boolean closed = closeKafka(kafka);
                    state.status("kafka", State.Status.STOPPED);
                    console.progress("kafka", closed ? "stopped (" + Console.seconds((System.nanoTime() - k0) / 1e9)
                            + ")" : "did not stop within 60 s; it ends with this process");
                });
            }
            if (postgres != null) {
                quietly("postgres", () -> {
                    long p0 = System.nanoTime();
                    state.status("postgres", State.Status.STOPPING);
                    try {
                        postgres.close();
                    } finally {
                        if (postmaster != null && postmaster.alive()) {
                            Cleanup.stopPostmaster(postmaster.pid());
                        }
                    }
                    state.status("postgres", State.Status.STOPPED);
                    console.progress("postgres", "stopped (" + Console.seconds((System.nanoTime() - p0) / 1e9) + ")");
                });
            }
            if (anything) {
                state.phase(State.Phase.STOPPED);
                console.progress("techmarket", "stopped in " + Console.seconds((System.nanoTime() - t0) / 1e9));
            }
        }
    }

    /** @return whether it ended on SIGTERM within the grace */
    private boolean stopChild(String name, ChildProcess child, Duration grace) {
        boolean[] clean = {false};
        quietly(name, () -> {
            long t0 = System.nanoTime();
            state.status(name, State.Status.STOPPING);
            clean[0] = child.stop(grace);
            state.status(name, State.Status.STOPPED);
            console.progress(name, (clean[0] ? "stopped (" : "killed after " + grace.toSeconds() + " s (")
                    + Console.seconds((System.nanoTime() - t0) / 1e9) + ")");
        });
        return clean[0];
    }

    /**
     * A JVM that writes its class-data archive on its way out gets more time to end: six of them at once on two
     * shared cores took longer than 30 s.
     */
    private static Duration grace(Duration usual, List<String> jvmOptions) {
        return ClassDataArchive.writesAtExit(jvmOptions) ? Duration.ofSeconds(120) : usual;
    }

    /** Stops a service; keeps the class-data archive it wrote on its way out if it ended cleanly. */
    private boolean stopService(ServiceSpec spec, ChildProcess child) {
        boolean clean = stopChild(spec.name(), child, grace(Duration.ofSeconds(30), child.recipe().command()));
        quietly(spec.name(), () -> {
            child.process().waitFor(5, TimeUnit.SECONDS); // its exit code, once the JVM has reaped it
            if (ClassDataArchive.settle(ServiceLaunch.archive(spec, settings), clean,
                    child.exitCode().orElse(-1))) {
                console.progress(spec.name(), "class-data archive written; its next start maps it");
            }
        });
        return clean;
    }

    /**
     * Stops Keycloak; keeps its class-data archive if it ended on SIGTERM and its JVM (which kc.sh starts, so its
     * exit code is not ours to see) left no crash report.
     */
    private void stopKeycloak() {
        List<String> options = ProcessTools.words(keycloak.recipe().environment().getOrDefault("JAVA_OPTS_APPEND", ""));
        Optional<Long> jvm = keycloak.process().toHandle().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
        boolean clean = stopChild("keycloak", keycloak, grace(Duration.ofSeconds(60), options));
        quietly("keycloak", () -> {
            boolean crashed = jvm.map(pid -> Files.exists(keycloak.recipe().directory().resolve("hs_err_pid" + pid
                    + ".log"))).orElse(true);
            if (ClassDataArchive.settle(KeycloakLaunch.archive(settings), clean && !crashed, null)) {
                console.progress("keycloak", "class-data archive written; its next start maps it");
            }
        });
    }

    private void quietly(String name, ThrowingRunnable step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            console.progress(name, "did not stop cleanly: " + rootMessage(e));
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Thrown inside start-up when a stop was requested; unwinds to the orderly stop. */
    private static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }

    // ---------------------------------------------------------------------------------------------------- files

    static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
