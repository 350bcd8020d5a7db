package gx.techmarket.bench.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void shouldSpaceEventsEvenlyAtTheRate() {
        RateSchedule s = RateSchedule.of(500, Duration.ofSeconds(10), Duration.ofSeconds(30));
        assertThat(s.warmupEvents()).isEqualTo(5_000);
        assertThat(s.totalEvents()).isEqualTo(20_000);
        assertThat(s.measuredEvents()).isEqualTo(15_000);
        assertThat(s.offsetNanos(0)).isZero();
        assertThat(s.offsetNanos(1)).isEqualTo(2_000_000);
        assertThat(s.windowStartNanos()).isEqualTo(Duration.ofSeconds(10).toNanos());
        assertThat(s.windowEndNanos()).isEqualTo(Duration.ofSeconds(40).toNanos());
    }

    @Test
    void shouldNotDriftAtRatesThatDoNotDivideASecond() {
        RateSchedule s = RateSchedule.of(3, Duration.ZERO, Duration.ofSeconds(100));
        assertThat(s.offsetNanos(1)).isEqualTo(333_333_333);
        assertThat(s.offsetNanos(300)).isEqualTo(Duration.ofSeconds(100).toNanos()); // no accumulated rounding
    }

    @Test
    void shouldCountOnlyTheWindowAsMeasured() {
        RateSchedule s = new RateSchedule(100, 10, 30);
        assertThat(s.measured(9)).isFalse();
        assertThat(s.measured(10)).isTrue();
        assertThat(s.measured(29)).isTrue();
        assertThat(s.measured(30)).isFalse();
    }

    @Test
    void shouldEmitEveryEventInOrderNoEarlierThanItsDueTime() {
        RateSchedule s = new RateSchedule(2_000, 0, 200);
        long start = System.nanoTime() + 1_000_000;
        List<long[]> emitted = new ArrayList<>();
        s.run(start, seq -> emitted.add(new long[] {seq, System.nanoTime()}));
        assertThat(emitted).hasSize(200);
        for (int i = 0; i < emitted.size(); i++) {
            assertThat(emitted.get(i)[0]).isEqualTo(i);
            assertThat(emitted.get(i)[1] - (start + s.offsetNanos(i))).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void shouldEmitOverdueEventsAtOnceKeepingTheirDueTimes() {
        RateSchedule s = new RateSchedule(1_000, 0, 50);
        long start = System.nanoTime() - 1_000_000_000L; // the whole schedule is a second late
        long[] count = {0};
        long begin = System.nanoTime();
        s.run(start, seq -> count[0]++);
        assertThat(count[0]).isEqualTo(50);
        assertThat(System.nanoTime() - begin).isLessThan(Duration.ofMillis(500).toNanos());
    }

    @Test
    void shouldRefuseAScheduleWithoutAMeasuredWindow() {
        assertThatThrownBy(() -> new RateSchedule(100, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
