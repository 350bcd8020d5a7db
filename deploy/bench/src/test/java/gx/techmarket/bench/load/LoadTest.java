package gx.techmarket.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The open-model driver on fake time: 100 operations a second, 10 of warm-up (100 ms) then 20 measured (200 ms).
 * Nothing here sleeps or depends on how fast the machine is.
 */
class LoadTest {

    private static final long MS = 1_000_000;
    private static final Duration WARMUP = Duration.ofMillis(100);
    private static final Duration MEASURE = Duration.ofMillis(200);
    private static final Duration NO_DRAIN = Duration.ZERO;

    private final FakeTicker time = new FakeTicker(1_000 * MS);
    private final List<Long> started = new ArrayList<>();

    private LatencySummary run(Op op) throws InterruptedException {
        return Load.atRate(time, NO_DRAIN, "test", 100, WARMUP, MEASURE, op);
    }

    /** When the driver means to start operation {@code seq}: 50 ms after it was called, then every 10 ms. */
    private static long due(long seq) {
        return 1_050 * MS + seq * 10 * MS;
    }

    @Test
    void shouldStartEveryOperationAtItsDueTime() throws Exception {
        LatencySummary s = run(seq -> {
            started.add(time.nanoTime());
            return CompletableFuture.completedFuture(null);
        });
        assertThat(started).hasSize(30);
        for (int seq = 0; seq < 30; seq++) {
            assertThat(started.get(seq)).isEqualTo(due(seq));
        }
        assertThat(s.count()).isEqualTo(20);
        assertThat(s.errors()).isZero();
        assertThat(s.lateStarts()).isZero();
        assertThat(s.max()).isZero();
        assertThat(s.offeredPerSecond()).isEqualTo(100);
        assertThat(s.throughputPerSecond()).isCloseTo(100, within(1e-9)); // 20 in the 200 ms window
        assertThat(s.keptUp()).isTrue();
    }

    @Test
    void shouldCountOnlyTheOperationsDueInTheMeasuredWindow() throws Exception {
        LatencySummary s = run(seq -> {
            if (seq < 10) { // the warm-up: failures and a long stall, neither counted
                return CompletableFuture.failedFuture(new IllegalStateException("cold"));
            }
            return CompletableFuture.completedFuture(null);
        });
        assertThat(s.count()).isEqualTo(20);
        assertThat(s.errors()).isZero();
        assertThat(s.firstError()).isNull();

        LatencySummary failing = run(seq -> seq == 12 ? CompletableFuture.failedFuture(new IllegalStateException(
                "503 SERVICE_BUSY")) : CompletableFuture.completedFuture(null));
        assertThat(failing.count()).isEqualTo(19);
        assertThat(failing.errors()).isEqualTo(1);
        assertThat(failing.firstError()).isEqualTo("IllegalStateException: 503 SERVICE_BUSY");
    }

    @Test
    void shouldMeasureFromTheDueTimeSoAStallIsCarriedByEveryOperationBehindIt() throws Exception {
        LatencySummary s = run(seq -> {
            started.add(time.nanoTime());
            if (seq == 12) {
                time.advance(55 * MS); // operation 12 blocks the driver for 55 ms before it returns
            }
            return CompletableFuture.completedFuture(null);
        });
        // 13..17 (due 10..50 ms after 12) could only start when 12 returned: late, fired at once, not skipped
        for (int seq = 13; seq <= 17; seq++) {
            assertThat(started.get(seq)).isEqualTo(due(12) + 55 * MS);
        }
        assertThat(started.get(18)).isEqualTo(due(18)); // back on schedule
        assertThat(s.lateStarts()).isEqualTo(5);
        assertThat(s.count()).isEqualTo(20);
        // latencies from the due times: 55, 45, 35, 25, 15, 5 ms and 14 × 0; a closed loop would have seen one 55
        assertThat(s.max()).isCloseTo(55, within(0.1));
        assertThat(s.p90()).isCloseTo(35, within(0.05));
        assertThat(s.mean()).isCloseTo(9, within(0.05));
    }

    @Test
    void shouldTimeOperationsThatFinishLaterFromTheirDueTime() throws Exception {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        LatencySummary s = run(seq -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            pending.add(f);
            if (seq >= 2) {
                pending.get((int) seq - 2).complete(null); // each answered when the one two slots later starts
            }
            if (seq == 29) {
                pending.forEach(p -> p.complete(null));
            }
            return f;
        });
        assertThat(s.count()).isEqualTo(20);
        assertThat(s.p50()).isCloseTo(20, within(0.05));
        assertThat(s.max()).isCloseTo(20, within(0.05)); // 28 took 10 ms, 29 none
    }

    @Test
    void shouldReportOperationsStillUnfinishedAfterTheDrainAsErrors() throws Exception {
        LatencySummary s = run(seq -> seq == 15 || seq == 16 ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(null));
        assertThat(s.count()).isEqualTo(18);
        assertThat(s.errors()).isEqualTo(2);
        assertThat(s.firstError()).isEqualTo("2 operations unfinished 0 s after the window");
        assertThat(s.keptUp()).isFalse();
    }

    @Test
    void shouldShowABacklogAsThroughputBelowTheOfferedRate() throws Exception {
        // every measured operation finishes 200 ms after the window: 20 done over 400 ms
        List<CompletableFuture<Void>> measured = new ArrayList<>();
        LatencySummary s = run(seq -> {
            if (seq < 10) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            measured.add(f);
            if (seq == 29) {
                time.advance(210 * MS); // window ends at due(30) = 10 ms after 29's start; answered 200 ms later
                measured.forEach(p -> p.complete(null));
            }
            return f;
        });
        assertThat(s.throughputPerSecond()).isCloseTo(50, within(1e-6));
        assertThat(s.keptUp()).isFalse();
    }
}
