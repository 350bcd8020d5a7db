package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTest {

    @TempDir
    Path run;

    @Test
    void whatTheSupervisorWritesOthersRead() {
        Path file = run.resolve("state.properties");
        State state = State.create(file, ProcessRef.current());
        state.put(new State.Component("postgres", Optional.empty(), false, "15432", "jdbc:postgresql://127.0.0.1:15432/x",
                "tcp:15432", State.Status.STARTING, -1, "/l/postgres.log"));
        state.put(new State.Component("keycloak", ProcessRef.of(ProcessHandle.current().pid()), true, "8180, 9180",
                "http://localhost:8180", "http://127.0.0.1:9180/health/ready", State.Status.STARTING, -1,
                "/l/keycloak.log"));
        state.ready("postgres", 1.5);
        state.readySeconds(20.25);
        state.phase(State.Phase.READY);

        State read = State.read(file).orElseThrow();
        assertThat(read.phase()).isEqualTo(State.Phase.READY);
        assertThat(read.readySeconds()).isEqualTo(20.25);
        assertThat(read.supervisor()).contains(ProcessRef.current());
        assertThat(read.supervisor().orElseThrow().alive()).isTrue();
        assertThat(read.components()).extracting(State.Component::name).containsExactly("postgres", "keycloak");
        State.Component pg = read.component("postgres").orElseThrow();
        assertThat(pg.status()).isEqualTo(State.Status.UP);
        assertThat(pg.readySeconds()).isEqualTo(1.5);
        assertThat(pg.process()).isEmpty();
        State.Component kc = read.component("keycloak").orElseThrow();
        assertThat(kc.ownGroup()).isTrue();
        assertThat(kc.ports()).isEqualTo("8180, 9180");
        assertThat(kc.health()).isEqualTo("http://127.0.0.1:9180/health/ready");
        assertThat(kc.process().orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(Files.exists(run.resolve("state.properties.tmp"))).isFalse();
    }

    @Test
    void aComponentStoppedAloneIsRecordedWithoutProcessAndStatusShowsIt() {
        Path file = run.resolve("state.properties");
        State state = State.create(file, ProcessRef.current());
        state.put(new State.Component("subsidy", ProcessRef.of(ProcessHandle.current().pid()), true, "8085",
                "http://localhost:8085", "http://127.0.0.1:8085/q/health/ready", State.Status.UP, 3.5, "/l/subsidy.log"));

        state.stopped("subsidy");

        State.Component subsidy = State.read(file).orElseThrow().component("subsidy").orElseThrow();
        assertThat(subsidy.status()).isEqualTo(State.Status.STOPPED);
        assertThat(subsidy.process()).as("no pid for a stopped component").isEmpty();
        assertThat(subsidy.readySeconds()).isNegative();
        assertThat(subsidy.ports()).isEqualTo("8085");
        assertThat(Launcher.liveStatus(subsidy)).isEqualTo("stopped");
    }

    @Test
    void noFileMeansNeverStarted() {
        assertThat(State.read(run.resolve("state.properties"))).isEmpty();
    }

    @Test
    void aRecycledPidIsNotMistakenForOurProcess() {
        ProcessRef self = ProcessRef.current();
        ProcessRef other = new ProcessRef(self.pid(), OptionalLong.of(self.startTicks().orElseThrow() - 1));
        assertThat(self.alive()).isTrue();
        assertThat(other.alive()).isFalse();
        assertThat(ProcessRef.decode(self.encode())).contains(self);
        assertThat(ProcessRef.decode("garbage")).isEmpty();
    }

    @Test
    void theStartTimeIsTheKernelsClockTicksNotAWallClockInstant() throws Exception {
        ProcessRef self = ProcessRef.current();
        // field 22 of /proc/<pid>/stat, read here by hand: a count of ticks after boot that no clock setting moves
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] afterCommand = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        assertThat(self.startTicks()).hasValue(Long.parseLong(afterCommand[19]));
        assertThat(ProcessRef.of(self.pid())).contains(self);
        assertThat(self.encode()).isEqualTo(self.pid() + "#" + afterCommand[19]);
        // a state file of an earlier version carried a wall-clock instant; its process is then known by pid alone
        ProcessRef old = ProcessRef.decode(self.pid() + "@2026-12-05T01:02:03.450Z").orElseThrow();
        assertThat(old).isEqualTo(new ProcessRef(self.pid(), OptionalLong.empty()));
        assertThat(old.alive()).isTrue();
    }
}
