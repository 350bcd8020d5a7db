package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

    private static final Path HOME = Path.of("/srv/tm/.local");

    @TempDir
    Path home;

    private Process stray;

    @AfterEach
    void killStray() {
        if (stray != null) {
            stray.destroyForcibly();
        }
    }

    @Test
    void theMarksOfEachKindOfComponentAreRecognised() {
        assertThat(Leftovers.belongsTo(List.of("java", "-Xmx1g", "-Dtechmarket.managed=/srv/tm/.local",
                "gx.techmarket.local.Launcher", "supervise"), HOME)).isTrue();
        assertThat(Leftovers.belongsTo(List.of("/srv/tm/.local/dist/postgres/PG-1/bin/postgres", "-D",
                "/srv/tm/.local/data/postgres", "-p", "15432"), HOME)).isTrue();
        assertThat(Leftovers.belongsTo(List.of("/bin/bash", "/srv/tm/.local/dist/keycloak-26.7.3/bin/kc.sh",
                "start-dev"), HOME)).isTrue();
    }

    @Test
    void readersOfTheHomeAndOtherHomesAreLeftAlone() {
        assertThat(Leftovers.belongsTo(List.of("tail", "-f", "/srv/tm/.local/logs/keycloak.log"), HOME)).isFalse();
        assertThat(Leftovers.belongsTo(List.of("java", "-Dtechmarket.managed=/srv/tm/.local2", "x"), HOME)).isFalse();
        assertThat(Leftovers.belongsTo(List.of("postgres", "-D", "/srv/other/data/postgres"), HOME)).isFalse();
        assertThat(Leftovers.belongsTo(List.of("less", "/srv/tm/.local/dist/keycloak-26.7.3/bin/kc.sh.orig"), HOME))
                .isFalse();
        assertThat(Leftovers.belongsTo(List.of(), HOME)).isFalse();
    }

    @Test
    void aMarkedProcessIsFoundAndEndedByCleanup() throws Exception {
        // "; true" keeps bash from exec-ing sleep, so the marked argv stays visible in /proc
        stray = new ProcessBuilder("bash", "-c", "sleep 60; true", Leftovers.mark(home)).start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // until bash has forked its child and the child has become sleep: between fork and exec the child carries
        // bash's command line, mark included, so only then does the home have exactly one marked process
        while (!(sleepRunsUnder(stray) && Leftovers.find(home).equals(List.of(stray.pid())))
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(Leftovers.find(home)).containsExactly(stray.pid());
        StringBuilder report = new StringBuilder();
        assertThat(Cleanup.leftovers(home, line -> report.append(line).append('\n'))).isEqualTo(1);
        assertThat(report.toString()).contains("ending pid " + stray.pid() + " (bash -c");
        assertThat(stray.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(Leftovers.find(home)).isEmpty();
        assertThat(Cleanup.leftovers(home, line -> report.append(line))).isZero();
    }

    private static boolean sleepRunsUnder(Process parent) {
        return parent.children().anyMatch(child -> child.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("sleep")).orElse(false));
    }

    @Test
    void thePostmasterPidIsTheFirstLineOfItsFile() throws Exception {
        java.nio.file.Files.writeString(home.resolve("postmaster.pid"), "4242\n/srv/data\n1700000000\n15432\n");
        assertThat(Cleanup.postmasterPid(home)).contains(4242L);
        assertThat(Cleanup.postmasterPid(home.resolve("none"))).isEmpty();
    }
}
