package gx.techmarket.local;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy/local/techmarket}'s Java half: {@code run} (foreground), {@code start} (detached, returns when
 * ready), {@code stop}, {@code status} and {@code reset}. The bash script builds what is missing and sets
 * {@code TECHMARKET_REPO}; everything else comes from {@code TECHMARKET_*} variables (see {@link Settings}).
 */
public final class Launcher {

    /** Exit code of {@code status} when nothing runs (as LSB init scripts do). */
    public static final int NOT_RUNNING = 3;

    private static final String LOG_MANAGER = "org.jboss.logmanager.LogManager";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final BuildInfo build;

    Launcher(Map<String, String> env, PrintStream out, PrintStream err, BuildInfo build) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.build = build;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", LOG_MANAGER);
        }
        PrintStream out = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = new Launcher(System.getenv(), out, err, BuildInfo.load()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    int execute(String[] args) {
        String command = args.length == 0 ? "run" : args[0];
        try {
            return switch (command) {
                case "run" -> supervise(false);
                case "supervise" -> supervise(true);
                case "start" -> args.length > 1 ? control(Control.Action.START, Control.component(args)) : start();
                case "stop" -> args.length > 1 ? control(Control.Action.STOP, Control.component(args)) : stop();
                case "status" -> status();
                case "reset" -> reset(args.length > 1 && args[1].equals("--yes"));
                case "help", "-h", "--help" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> {
                    err.println("techmarket: unknown command '" + command + "'");
                    err.println(usage());
                    yield LauncherException.CONFIGURATION;
                }
            };
        } catch (LauncherException e) {
            err.println("techmarket: " + e.getMessage());
            return e.exitCode();
        }
    }

    static String usage() {
        return """
                usage: deploy/local/techmarket [run|start [component]|stop [component]|status|logs|reset|build|help]
                  run      start everything in the foreground, wait until healthy, stay up; Ctrl-C stops all
                  start    the same, detached: returns once everything is healthy
                  stop     stop a market started by run or start (from any terminal), leave no process behind
                  stop <component>, start <component>
                           stop or start one component of the running market: a service (portal, catalogue,
                           demand, bidding, registry, subsidy, notification,
                           directory, matching) or kafka; exit code 6 if it is so already
                  status   what is up: component, state, ports, pid, resident memory
                  logs     where the logs are; 'logs <component> [-f]' shows (follows) one
                  reset    delete the data (PostgreSQL, Kafka, Keycloak) of a stopped market: reset --yes
                  build    ./mvnw install -DskipTests, even if everything is built already
                environment: TECHMARKET_HOME, TECHMARKET_*_PORT, TECHMARKET_SERVICES, TECHMARKET_SKIP_BUILD=1, ...
                (see deploy/local/README.md)""";
    }

    private Settings settings() {
        return Settings.fromEnvironment(env, build);
    }

    // ------------------------------------------------------------------------------------------------ run

    private int supervise(boolean detached) {
        long t0 = System.nanoTime();
        Settings settings = settings();
        try {
            Files.createDirectories(settings.logDirectory());
            Files.createDirectories(settings.runDirectory());
            Files.createDirectories(settings.dataDirectory());
        } catch (IOException e) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "cannot create " + settings.home() + ": " + e.getMessage(), e);
        }
        LogSetup.configure(settings.logDirectory());
        Optional<PrintStream> copy = Optional.empty();
        if (!detached) {
            try {
                copy = Optional.of(new PrintStream(new FileOutputStream(
                        settings.logDirectory().resolve("launcher.log").toFile(), true), true,
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Console console = new Console(out, copy, t0);
        Optional<RunLock> lock = RunLock.tryAcquire(settings.runDirectory());
        if (lock.isEmpty()) {
            throw alreadyRunning(settings);
        }
        try (RunLock held = lock.get()) {
            return Supervisor.supervise(settings, build, console);
        } catch (LauncherException e) {
            // failures before anything started (ports, missing build): the copy in launcher.log tells the story too
            copy.ifPresent(c -> c.println("techmarket: " + e.getMessage()));
            throw e;
        }
    }

    private static LauncherException alreadyRunning(Settings settings) {
        String who = State.read(settings.runDirectory().resolve("state.properties"))
                .flatMap(State::supervisor).map(r -> " (supervisor pid " + r.pid() + ")").orElse("");
        return new LauncherException(LauncherException.ALREADY_RUNNING, "already running for "
                + settings.home() + who + ".\nSee deploy/local/techmarket status; stop it with deploy/local/techmarket"
                + " stop, or use another TECHMARKET_HOME and other ports to run a second one.");
    }

    // ------------------------------------------------------------------------------------------------ start

    private int start() {
        Settings settings = settings();
        if (RunLock.held(settings.runDirectory())) {
            throw alreadyRunning(settings);
        }
        List<ServiceSpec> services = ServiceCatalog.discover(settings.servicesDirectory(), settings.serviceSelection());
        // orphans of a supervisor that was killed would hold the ports: end them before checking
        Cleanup.leftovers(settings.home(), line -> out.println("techmarket: " + line
                + " (left from a run that did not stop cleanly)"));
        Supervisor.preflight(settings, services);
        Path log = settings.logDirectory().resolve("launcher.log");
        try {
            Files.createDirectories(settings.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LogWatcher watcher = LogWatcher.fromEnd(log);
        List<String> command = new ArrayList<>();
        command.add("setsid");
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ProcessTools.words(settings.supervisorJavaOptions()));
        command.add("-Djava.util.logging.manager=" + LOG_MANAGER);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add(Leftovers.mark(settings.home()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.add("supervise");
        Process supervisor;
        try {
            supervisor = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new LauncherException(LauncherException.START_FAILED, "could not start the supervisor: "
                    + e.getMessage(), e);
        }
        Signals.onStopSignal(() -> {
            err.println(System.lineSeparator() + "techmarket: no longer waiting; the market goes on starting in the"
                    + " background (supervisor pid " + supervisor.pid() + "): deploy/local/techmarket status shows it,"
                    + " deploy/local/techmarket stop stops it");
            Runtime.getRuntime().halt(130);
        });
        Path stateFile = settings.runDirectory().resolve("state.properties");
        while (true) {
            watcher.newLines().forEach(out::println);
            Optional<State> state = State.read(stateFile)
                    .filter(s -> s.supervisor().map(r -> r.pid() == supervisor.pid()).orElse(false));
            if (state.isPresent() && state.get().phase() == State.Phase.READY) {
                ProcessTools.sleep(300);
                watcher.newLines().forEach(out::println);
                out.println("techmarket runs detached (supervisor pid " + supervisor.pid()
                        + "); its output goes to " + log);
                return 0;
            }
            if (!supervisor.isAlive()) {
                watcher.newLines().forEach(out::println);
                int code = supervisor.exitValue();
                err.println("techmarket: the market did not start (supervisor exit code " + code + "); see " + log);
                return code == 0 ? LauncherException.START_FAILED : code;
            }
            ProcessTools.sleep(300);
        }
    }

    // ------------------------------------------------------------------------------------------------ stop

    private int stop() {
        long t0 = System.nanoTime();
        Settings settings = settings();
        Path stateFile = settings.runDirectory().resolve("state.properties");
        Optional<State> state = State.read(stateFile);
        boolean running = RunLock.held(settings.runDirectory());
        Optional<ProcessRef> supervisor = state.flatMap(State::supervisor).filter(ProcessRef::alive);
        boolean didSomething = false;
        if (running && supervisor.isPresent()) {
            didSomething = true;
            long pid = supervisor.get().pid();
            out.println("techmarket: stopping (supervisor pid " + pid + ") ...");
            LogWatcher watcher = LogWatcher.fromEnd(settings.logDirectory().resolve("launcher.log"));
            ProcessTools.signal(pid, "TERM");
            long until = System.nanoTime() + settings.stopTimeout().toNanos();
            while (supervisor.get().alive() && System.nanoTime() < until) {
                watcher.newLines().forEach(line -> out.println("  " + line));
                ProcessTools.sleep(250);
            }
            watcher.newLines().forEach(line -> out.println("  " + line));
            if (supervisor.get().alive()) {
                out.println("techmarket: the supervisor did not stop within " + settings.stopTimeout().toSeconds()
                        + " s; killing it and what it started");
                ProcessTools.signal(pid, "KILL");
                ProcessTools.awaitGone(pid, Duration.ofSeconds(10));
            }
        } else if (running) {
            throw new LauncherException(LauncherException.START_FAILED, "a supervisor holds "
                    + settings.runDirectory().resolve("supervisor.lock") + " but " + stateFile
                    + " does not name it; it is still starting, try again in a moment");
        }
        int leftovers = Cleanup.leftovers(settings.home(), line -> out.println("techmarket: " + line));
        didSomething |= leftovers > 0;
        List<PortClaim> busy = awaitPortsFree(settings, state, Duration.ofSeconds(15));
        if (!busy.isEmpty()) {
            err.println("techmarket: stopped, but these ports are still in use: " + busy + " ("
                    + busy.stream().map(c -> ProcessTools.listenerOf(c.port()).map(ProcessTools::describe)
                            .orElse("holder unknown")).toList() + ")");
            return LauncherException.START_FAILED;
        }
        out.println(didSomething ? String.format(Locale.ROOT, "techmarket: stopped in %s; nothing of it is left running",
                Console.seconds((System.nanoTime() - t0) / 1e9)) : "techmarket is not running (" + settings.home() + ")");
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ one component

    /** {@code start|stop <component>}: asks the running supervisor (see {@link Control}) and waits for its answer. */
    private int control(Control.Action action, String component) {
        long t0 = System.nanoTime();
        Settings settings = settings();
        String verb = action.name().toLowerCase(Locale.ROOT);
        Path stateFile = settings.runDirectory().resolve("state.properties");
        Optional<State> state = State.read(stateFile);
        Optional<ProcessRef> supervisor = state.flatMap(State::supervisor).filter(ProcessRef::alive);
        if (!RunLock.held(settings.runDirectory()) || supervisor.isEmpty()) {
            err.println("techmarket: cannot " + verb + " " + component + ": techmarket is not running ("
                    + settings.home() + "); deploy/local/techmarket start starts the whole market");
            return NOT_RUNNING;
        }
        State.Phase phase = state.get().phase();
        if (phase != State.Phase.READY) {
            err.println("techmarket: cannot " + verb + " " + component + " now: the market is "
                    + phase.name().toLowerCase(Locale.ROOT) + (phase == State.Phase.STARTING
                            ? "; try again once deploy/local/techmarket status says it is ready" : ""));
            return LauncherException.NOT_READY;
        }
        if (state.get().component(component).isEmpty()) {
            err.println("techmarket: " + component + " is not part of this market (it runs " + String.join(", ",
                    state.get().components().stream().map(State.Component::name).toList()) + "); a service runs when"
                    + " services/" + component + "/pom.xml exists and " + Settings.SERVICES + " does not leave it out");
            return LauncherException.CONFIGURATION;
        }
        Path directory = Control.directory(settings.runDirectory());
        LogWatcher log = LogWatcher.fromEnd(settings.logDirectory().resolve("launcher.log"));
        String id = Control.submit(directory, action, component);
        out.println("techmarket: " + (action == Control.Action.STOP ? "stopping " : "starting ") + component
                + " (supervisor pid " + supervisor.get().pid() + ") ...");
        // the supervisor answers in turn: a start may wait for a service's whole timeout, a stop for its grace
        long until = System.nanoTime() + settings.serviceTimeout().plusSeconds(120).toNanos();
        while (true) {
            Optional<Control.Response> answer = Control.answer(directory, id);
            log.newLines().forEach(line -> out.println("  " + line));
            if (answer.isPresent()) {
                return report(answer.get(), System.nanoTime() - t0);
            }
            if (!supervisor.get().alive()) {
                Control.withdraw(directory, id);
                err.println("techmarket: the supervisor ended before it answered; see "
                        + settings.logDirectory().resolve("launcher.log"));
                return LauncherException.START_FAILED;
            }
            if (System.nanoTime() > until) {
                Control.withdraw(directory, id);
                err.println("techmarket: no answer from the supervisor (pid " + supervisor.get().pid() + ") within "
                        + Console.seconds((System.nanoTime() - t0) / 1e9) + "; see "
                        + settings.logDirectory().resolve("launcher.log"));
                return LauncherException.START_FAILED;
            }
            ProcessTools.sleep(100);
        }
    }

    private int report(Control.Response answer, long nanos) {
        String took = " (" + Console.seconds(nanos / 1e9) + " in all, " + Console.seconds(answer.seconds())
                + " in the supervisor)";
        return switch (answer.outcome()) {
            case DONE -> {
                out.println("techmarket: " + answer.message() + took);
                yield 0;
            }
            case ALREADY -> {
                out.println("techmarket: " + answer.message() + "; nothing done");
                yield LauncherException.ALREADY_IN_STATE;
            }
            case NOT_PART -> {
                err.println("techmarket: " + answer.message());
                yield LauncherException.CONFIGURATION;
            }
            case NOT_READY -> {
                err.println("techmarket: " + answer.message());
                yield LauncherException.NOT_READY;
            }
            case FAILED -> {
                err.println("techmarket: " + answer.message());
                err.println("techmarket: failed" + took);
                yield LauncherException.START_FAILED;
            }
        };
    }

    private static List<PortClaim> awaitPortsFree(Settings settings, Optional<State> state, Duration timeout) {
        List<ServiceSpec> services = state.map(s -> s.components().stream().map(c -> ServiceSpec.byName(c.name()))
                .flatMap(Optional::stream).toList()).orElse(List.of());
        List<PortClaim> claims;
        try {
            claims = settings.portClaims(services);
        } catch (LauncherException e) {
            return List.of();
        }
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<PortClaim> busy = PortCheck.taken(claims, gx.techmarket.platform.embedded.Ports::inUse);
            if (busy.isEmpty() || System.nanoTime() > until) {
                return busy;
            }
            ProcessTools.sleep(250);
        }
    }

    // ------------------------------------------------------------------------------------------------ status

    private int status() {
        Settings settings = settings();
        Optional<State> state = State.read(settings.runDirectory().resolve("state.properties"));
        boolean running = RunLock.held(settings.runDirectory());
        if (!running || state.isEmpty()) {
            out.println("techmarket is not running (home " + settings.home() + ")");
            List<Long> left = Leftovers.find(settings.home());
            if (!left.isEmpty()) {
                out.println("but processes of an earlier run are still there: "
                        + left.stream().map(ProcessTools::describe).toList()
                        + "\ndeploy/local/techmarket stop ends them.");
            }
            return NOT_RUNNING;
        }
        State s = state.get();
        long upSeconds = (System.currentTimeMillis() - s.startedAtMillis()) / 1000;
        out.printf(Locale.ROOT, "techmarket is %s: supervisor pid %s, up %s%s; home %s%n",
                s.phase().name().toLowerCase(Locale.ROOT),
                s.supervisor().map(r -> Long.toString(r.pid())).orElse("?"), duration(upSeconds),
                s.readySeconds() >= 0 ? ", ready in " + Console.seconds(s.readySeconds()) : "", settings.home());
        Map<String, Memory.Usage> memory = Memory.of(s);
        String row = "  %-10s %-8s %-13s %-8s %8s %8s  %s%n";
        out.printf(Locale.ROOT, row, "component", "state", "ports", "pid", "RSS", "PSS", "address");
        boolean allUp = s.phase() == State.Phase.READY;
        for (State.Component c : s.components()) {
            String live = liveStatus(c);
            allUp &= live.equals("up");
            Memory.Usage m = memory.get(c.name());
            out.printf(Locale.ROOT, row, c.name(), live, c.ports(),
                    c.process().map(r -> Long.toString(r.pid())).orElse("-"),
                    m == null ? "-" : ProcessTools.megabytes(m.residentKb()),
                    m == null ? "-" : ProcessTools.megabytes(m.proportionalKb()),
                    c.address() + (c.ownGroup() || c.process().isEmpty() ? "" : " (in the supervisor)"));
        }
        Memory.Usage sup = memory.getOrDefault("supervisor", new Memory.Usage(0, 0));
        out.printf(Locale.ROOT, row, "supervisor", "up", "-", s.supervisor().map(r -> Long.toString(r.pid()))
                .orElse("-"), ProcessTools.megabytes(sup.residentKb()), ProcessTools.megabytes(sup.proportionalKb()),
                "runs PostgreSQL's control and the Kafka broker");
        Memory.Usage total = Memory.total(memory);
        out.printf(Locale.ROOT, "  memory of the whole market: %s resident (RSS summed), %s proportional (PSS,"
                + " shared pages counted once)%n", ProcessTools.megabytes(total.residentKb()),
                ProcessTools.megabytes(total.proportionalKb()));
        out.println("  logs: " + settings.logDirectory());
        return allUp ? 0 : 1;
    }

    static String liveStatus(State.Component c) {
        if (c.status() == State.Status.STARTING || c.status() == State.Status.STOPPING
                || c.status() == State.Status.FAILED || c.status() == State.Status.STOPPED) {
            return c.status().name().toLowerCase(Locale.ROOT);
        }
        if (c.process().isPresent() && !c.process().get().alive()) {
            return "exited";
        }
        return Health.check(c.health()) ? "up" : "down";
    }

    private static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return String.format(Locale.ROOT, "%d h %d min", seconds / 3600, seconds % 3600 / 60);
    }

    // ------------------------------------------------------------------------------------------------ reset

    private int reset(boolean confirmed) {
        Settings settings = settings();
        if (RunLock.held(settings.runDirectory()) || !Leftovers.find(settings.home()).isEmpty()) {
            throw new LauncherException(LauncherException.ALREADY_RUNNING,
                    "techmarket is running for " + settings.home() + "; stop it first (deploy/local/techmarket stop)");
        }
        Path data = settings.dataDirectory();
        if (!confirmed) {
            out.println("reset deletes " + data + " (PostgreSQL with every service's and Keycloak's data, Kafka's"
                    + " topics); the next start imports the realm afresh.\nRun deploy/local/techmarket reset --yes to"
                    + " do it.");
            return LauncherException.CONFIGURATION;
        }
        try {
            if (Files.exists(data)) {
                Supervisor.deleteTree(data);
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "could not delete " + data + ": " + e.getMessage(), e);
        }
        out.println("techmarket: deleted " + data);
        return 0;
    }
}
