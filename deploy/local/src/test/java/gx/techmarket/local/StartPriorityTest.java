package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartPriorityTest {

    @Test
    void aSessionGoesToTheBackgroundAndBackWithoutPrivileges() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/autogroup")), "this kernel has no autogroups");
        Process session = new ProcessBuilder("setsid", "sleep", "30").start();
        try {
            long pid = session.pid();
            assertThat(StartPriority.of(pid)).hasValue(StartPriority.NORMAL);
            assertThat(StartPriority.background(pid)).isTrue();
            assertThat(StartPriority.of(pid)).hasValue(StartPriority.BACKGROUND);
            StartPriority.restore(List.of(pid));
            assertThat(StartPriority.of(pid)).hasValue(StartPriority.NORMAL);
        } finally {
            session.destroy();
            session.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatIsGoneIsLeftAlone() {
        assertThat(StartPriority.background(Long.MAX_VALUE / 2)).isFalse();
        assertThat(StartPriority.of(Long.MAX_VALUE / 2)).isEmpty();
        StartPriority.restore(List.of(Long.MAX_VALUE / 2));
    }
}
