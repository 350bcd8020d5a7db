package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessToolsTest {

    @TempDir
    Path dir;

    private ChildProcess child;

    @AfterEach
    void noChildLeftBehind() {
        if (child != null && !ProcessTools.groupMembers(child.pid()).isEmpty()) {
            ProcessTools.signalGroup(child.pid(), "KILL");
        }
    }

    @Test
    void statLinesWithAwkwardCommandNamesParse() {
        ProcessTools.Stat s = ProcessTools.parseStat("4242 (java (main) x) S 1 4242 4200 0 -1 4194560 2 0 0 0"
                + " 15 3 0 0 20 0 31 0 917342 5004562432 90211 18446744073709551615 1 1 0 0 0 0 0 4096 17167");
        assertThat(s).isEqualTo(new ProcessTools.Stat(4242, "java (main) x", 'S', 1, 4242, 4200, 917342));
        assertThat(ProcessTools.parseStat("4242 (short) S 1 4242 4200 0 -1").startTicks()).isEqualTo(-1);
        ProcessTools.Stat self = ProcessTools.stat(ProcessHandle.current().pid()).orElseThrow();
        assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(self.state()).isNotEqualTo('Z');
        assertThat(self.startTicks()).isPositive();
    }

    @Test
    void commandLinesSplitOnNul() {
        assertThat(ProcessTools.splitNul("java\0-jar\0x.jar\0".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("java", "-jar", "x.jar");
        assertThat(ProcessTools.commandLine(ProcessHandle.current().pid()).orElseThrow().get(0)).endsWith("java");
    }

    @Test
    void summariesShowWhatRunsNotTheJvmOptions() {
        assertThat(ProcessTools.summarise(List.of("/jdk/bin/java", "-Xmx1g", "-cp", "a.jar:b.jar", "-Dx=y",
                "gx.techmarket.local.Launcher", "supervise", "-Dtechmarket.managed=/srv/tm/.local")))
                .isEqualTo("java gx.techmarket.local.Launcher supervise -Dtechmarket.managed=/srv/tm/.local;"
                        + " techmarket of /srv/tm/.local");
        assertThat(ProcessTools.summarise(List.of("/jdk/bin/java", "-Xmx384m", "-jar",
                "/srv/tm/services/catalogue/target/quarkus-app/quarkus-run.jar")))
                .isEqualTo("java -jar quarkus-run.jar");
        assertThat(ProcessTools.summarise(List.of("/usr/lib/postgresql/bin/postgres", "-D", "/srv/tm/.local/data/postgres",
                "-p", "15432", "-F"))).isEqualTo("postgres -D /srv/tm/.local/data/postgres -p ...");
    }

    @Test
    void memoryIsReadForAProcessAndItsDescendants() throws Exception {
        long self = ProcessHandle.current().pid();
        assertThat(ProcessTools.residentKb(self)).isGreaterThan(10_000);
        assertThat(ProcessTools.proportionalKb(self)).isGreaterThan(5_000);
        assertThat(ProcessTools.residentKb(Long.MAX_VALUE)).isZero();

        child = ChildProcess.start("idle", List.of("bash", "-c", "sleep 60; true"), Map.of(), dir, dir.resolve("i.log"));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessTools.groupMembers(child.pid()).size() < 2 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        long bash = ProcessTools.residentKb(child.pid());
        long tree = ProcessTools.treeResidentKb(child.pid());
        assertThat(bash).isPositive();
        assertThat(tree).as("bash and its sleep").isGreaterThan(bash);
        assertThat(ProcessTools.treeProportionalKb(child.pid())).isPositive().isLessThanOrEqualTo(tree);
    }

    @Test
    void aChildRunsInItsOwnSessionAndLogsThere() throws Exception {
        Path log = dir.resolve("logs/child.log");
        child = ChildProcess.start("child", List.of("bash", "-c", "echo hello $GREETING; sleep 60"),
                Map.of("GREETING", "广西"), dir, log);
        ProcessTools.Stat stat = awaitStat(child.pid());
        assertThat(stat.session()).isEqualTo(child.pid());
        assertThat(stat.processGroup()).isEqualTo(child.pid());
        assertThat(stat.session()).isNotEqualTo(ProcessTools.stat(ProcessHandle.current().pid()).orElseThrow()
                .session());
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.readString(log).contains("hello 广西") && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(log)).contains("techmarket starts child: bash -c").contains("hello 广西");
        assertThat(child.tail(1)).isEqualTo("hello 广西");
    }

    @Test
    void stoppingAChildEndsItsWholeGroupGrandchildrenToo() throws Exception {
        child = ChildProcess.start("tree", List.of("bash", "-c", "sleep 60 & sleep 61 & wait"), Map.of(), dir,
                dir.resolve("tree.log"));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessTools.groupMembers(child.pid()).size() < 3 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        List<Long> members = ProcessTools.groupMembers(child.pid());
        assertThat(members).hasSize(3).contains(child.pid());
        assertThat(child.stop(Duration.ofSeconds(10))).isTrue();
        assertThat(ProcessTools.groupMembers(child.pid())).isEmpty();
        members.forEach(pid -> assertThat(ProcessTools.alive(pid)).as("pid %d", pid).isFalse());
        assertThat(child.alive()).isFalse();
    }

    @Test
    void aChildThatIgnoresSigtermIsKilled() throws Exception {
        child = ChildProcess.start("stubborn", List.of("bash", "-c", "trap '' TERM; echo armed; while true; do sleep 1; done"),
                Map.of(), dir, dir.resolve("stubborn.log"));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // the log's first line quotes the command (which contains "armed" too): wait for the line the trap prints
        while (!Files.readAllLines(dir.resolve("stubborn.log")).contains("armed") && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        long t0 = System.nanoTime();
        assertThat(child.stop(Duration.ofSeconds(2))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(ProcessTools.groupMembers(child.pid())).isEmpty();
    }

    private static ProcessTools.Stat awaitStat(long pid) throws InterruptedException {
        // setsid replaces itself with the command; give it a moment to do so
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            ProcessTools.Stat s = ProcessTools.stat(pid).orElseThrow();
            if (s.session() == pid) {
                return s;
            }
            Thread.sleep(20);
        }
        return ProcessTools.stat(pid).orElseThrow();
    }
}
