package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code techmarket start|stop <component>}: the request and response files between the command and the supervisor,
 * and what the command says and returns before and after it asks.
 */
class ControlTest {

    private static final BuildInfo BUILD = new BuildInfo("26.7.3", "0.1.0-SNAPSHOT");

    @TempDir
    Path home;

    private Path controlDirectory() {
        return Control.directory(home.resolve("run"));
    }

    @Test
    void theSupervisorTakesRequestsInTheOrderTheyWereMadeAndTheCommandReadsItsOwnAnswer() throws Exception {
        Path dir = controlDirectory();
        String first = Control.submit(dir, Control.Action.STOP, "subsidy");
        Thread.sleep(2); // ids are ordered by the millisecond they were made in
        String second = Control.submit(dir, Control.Action.START, "kafka");

        List<Control.Request> taken = Control.take(dir, line -> { });
        assertThat(taken).containsExactly(new Control.Request(first, Control.Action.STOP, "subsidy"),
                new Control.Request(second, Control.Action.START, "kafka"));
        assertThat(Control.take(dir, line -> { })).as("a request is taken once").isEmpty();

        assertThat(Control.answer(dir, first)).isEmpty();
        Control.respond(dir, first, new Control.Response(Control.Outcome.FAILED, "subsidy exited with code 1.\n"
                + "The end of subsidy.log:\n端口被占用", 2.5));
        assertThat(Control.answer(dir, second)).as("not the other request's answer").isEmpty();
        assertThat(Control.answer(dir, first)).contains(new Control.Response(Control.Outcome.FAILED,
                "subsidy exited with code 1.\nThe end of subsidy.log:\n端口被占用", 2.5));
        assertThat(Control.answer(dir, first)).as("an answer is read once").isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("nothing is left behind").isEmpty();
        }
    }

    @Test
    void aFileThatIsNotARequestIsAnsweredAsFailedSoItsSenderDoesNotWaitInVain() throws Exception {
        Path dir = controlDirectory();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("000000000000001-1-abc.request"), "action=RESTART\ncomponent=subsidy\n");
        Files.writeString(dir.resolve("000000000000002-1-abc.request"), "action=STOP\ncomponent=postgres\n");
        Files.writeString(dir.resolve("000000000000003-1-abc.request.tmp"), "action=STOP\ncomponent=kafka\n");
        List<String> reported = new ArrayList<>();

        assertThat(Control.take(dir, reported::add)).as("half-written files are not read").isEmpty();

        assertThat(reported).hasSize(2);
        assertThat(Control.answer(dir, "000000000000001-1-abc")).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo(Control.Outcome.FAILED);
            assertThat(r.message()).contains("action 'RESTART'");
        });
        assertThat(Control.answer(dir, "000000000000002-1-abc").map(Control.Response::message).orElseThrow())
                .contains("component 'postgres'");
    }

    @Test
    void aWithdrawnRequestIsNotTakenAndAStartingSupervisorClearsWhatAnEarlierOneLeft() throws Exception {
        Path dir = controlDirectory();
        String id = Control.submit(dir, Control.Action.STOP, "catalogue");
        Control.withdraw(dir, id);
        assertThat(Control.take(dir, line -> { })).isEmpty();

        Control.submit(dir, Control.Action.START, "catalogue");
        Control.respond(dir, "000000000000001-1-old", new Control.Response(Control.Outcome.DONE, "old", 1));
        Control.clear(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void theCommandLineNamesExactlyOneServiceOrKafka() {
        assertThat(Control.component(new String[] {"stop", "subsidy"})).isEqualTo("subsidy");
        assertThat(Control.component(new String[] {"start", "Kafka"})).isEqualTo("kafka");
        assertThat(Control.componentNames()).containsExactly("portal", "catalogue", "demand", "bidding", "registry",
                "subsidy", "notification", "directory", "matching", "statistics", "kafka");
        assertThatThrownBy(() -> Control.component(new String[] {"stop", "subsidyy"}))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("unknown component 'subsidyy'")
                .hasMessageContaining("portal, catalogue, demand, bidding, registry, subsidy, notification, directory, "
                        + "matching, statistics, kafka")
                .extracting(e -> ((LauncherException) e).exitCode()).isEqualTo(LauncherException.CONFIGURATION);
        assertThatThrownBy(() -> Control.component(new String[] {"stop", "keycloak"}))
                .hasMessageContaining("keycloak stops only with the whole market");
        assertThatThrownBy(() -> Control.component(new String[] {"start", "postgres"}))
                .hasMessageContaining("postgres starts only with the whole market");
        assertThatThrownBy(() -> Control.component(new String[] {"stop", "mail"}))
                .hasMessageContaining("mail stops only with the whole market");
        assertThatThrownBy(() -> Control.component(new String[] {"stop", "subsidy", "kafka"}))
                .hasMessageContaining("stop takes at most one component, not subsidy kafka");
    }

    @Test
    void anUnknownComponentIsRefusedBeforeAnythingElse() {
        Result r = launcher("stop", "nosuch");
        assertThat(r.code()).isEqualTo(LauncherException.CONFIGURATION);
        assertThat(r.err()).contains("unknown component 'nosuch'");
    }

    @Test
    void nothingRunningSaysSo() {
        Result r = launcher("start", "subsidy");
        assertThat(r.code()).isEqualTo(Launcher.NOT_RUNNING);
        assertThat(r.err()).contains("cannot start subsidy: techmarket is not running (" + home + ")");
        assertThat(Files.exists(controlDirectory())).as("no request is left for a supervisor to come").isFalse();
    }

    @Test
    void aMarketThatIsStillStartingIsNotAskedYet() {
        try (RunLock lock = RunLock.tryAcquire(home.resolve("run")).orElseThrow()) {
            State state = supervisorState();
            state.put(component("subsidy", State.Status.STARTING));
            Result r = launcher("stop", "subsidy");
            assertThat(r.code()).isEqualTo(LauncherException.NOT_READY);
            assertThat(r.err()).contains("the market is starting");
        }
    }

    @Test
    void aServiceTheMarketDoesNotRunIsNamedWithWhatItDoesRun() {
        try (RunLock lock = RunLock.tryAcquire(home.resolve("run")).orElseThrow()) {
            State state = supervisorState();
            state.put(component("kafka", State.Status.UP));
            state.put(component("subsidy", State.Status.UP));
            state.phase(State.Phase.READY);
            Result r = launcher("start", "bidding");
            assertThat(r.code()).isEqualTo(LauncherException.CONFIGURATION);
            assertThat(r.err()).contains("bidding is not part of this market (it runs kafka, subsidy)");
        }
    }

    @Test
    void theCommandWaitsForTheSupervisorsAnswerAndTurnsItIntoItsExitCode() throws Exception {
        Map<Control.Outcome, Integer> codes = Map.of(Control.Outcome.DONE, 0,
                Control.Outcome.ALREADY, LauncherException.ALREADY_IN_STATE,
                Control.Outcome.FAILED, LauncherException.START_FAILED,
                Control.Outcome.NOT_PART, LauncherException.CONFIGURATION,
                Control.Outcome.NOT_READY, LauncherException.NOT_READY);
        try (RunLock lock = RunLock.tryAcquire(home.resolve("run")).orElseThrow()) {
            State state = supervisorState();
            state.put(component("subsidy", State.Status.EXITED));
            state.phase(State.Phase.READY);
            for (var expected : codes.entrySet()) {
                // stands in for the supervisor's watch loop
                CompletableFuture<Control.Request> supervisor = CompletableFuture.supplyAsync(() -> {
                    while (true) {
                        List<Control.Request> taken = Control.take(controlDirectory(), line -> { });
                        if (!taken.isEmpty()) {
                            Control.respond(controlDirectory(), taken.get(0).id(), new Control.Response(
                                    expected.getKey(), "subsidy: what happened", 1.5));
                            return taken.get(0);
                        }
                        ProcessTools.sleep(20);
                    }
                });
                Result r = launcher("start", "subsidy");
                Control.Request asked = supervisor.get(10, TimeUnit.SECONDS);
                assertThat(asked.action()).isEqualTo(Control.Action.START);
                assertThat(asked.component()).isEqualTo("subsidy");
                assertThat(r.code()).as(expected.getKey().name()).isEqualTo(expected.getValue());
                assertThat(r.out()).contains("starting subsidy (supervisor pid " + ProcessHandle.current().pid());
                assertThat(r.out() + r.err()).contains("subsidy: what happened");
                if (expected.getKey() == Control.Outcome.DONE || expected.getKey() == Control.Outcome.FAILED) {
                    assertThat(r.out() + r.err()).containsPattern("\\d+\\.\\d s in all, 1\\.5 s in the supervisor");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    record Result(int code, String out, String err) {}

    private Result launcher(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Launcher(Map.of("TECHMARKET_REPO", home.toString(), "TECHMARKET_HOME", home.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                BUILD).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The state file a supervisor (this test's JVM, alive and holding the lock) would write while starting. */
    private State supervisorState() {
        State state = State.create(home.resolve("run/state.properties"), ProcessRef.current());
        state.write();
        return state;
    }

    private static State.Component component(String name, State.Status status) {
        return new State.Component(name, Optional.empty(), true, "1", "-", "tcp:1", status, -1, name + ".log");
    }
}
