package gx.techmarket.bench.load;

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
    void shouldEmitEveryEventInOrderAtItsDueTime() {
        RateSchedule s = new RateSchedule(2_000, 0, 200);
        FakeTicker time = new FakeTicker(5_000_000);
        long start = 6_000_000;
        List<long[]> emitted = new ArrayList<>();
        s.run(time, start, seq -> emitted.add(new long[] {seq, time.nanoTime()}));
        assertThat(emitted).hasSize(200);
        for (int i = 0; i < emitted.size(); i++) {
            assertThat(emitted.get(i)[0]).isEqualTo(i);
            assertThat(emitted.get(i)[1]).isEqualTo(start + s.offsetNanos(i));
        }
    }

    @Test
    void shouldEmitOverdueEventsAtOnceWithoutWaitingForTheirSlots() {
        RateSchedule s = new RateSchedule(1_000, 0, 50);
        FakeTicker time = new FakeTicker(2_000_000_000L);
        long start = 1_000_000_000L; // the whole schedule is a second late
        List<Long> at = new ArrayList<>();
        s.run(time, start, seq -> at.add(time.nanoTime()));
        assertThat(at).hasSize(50).containsOnly(2_000_000_000L); // no sleeping: every one fired at once
    }

    @Test
    void shouldCatchUpAfterAStallAndThenKeepTheOriginalSlots() {
        RateSchedule s = new RateSchedule(100, 0, 10); // every 10 ms
        FakeTicker time = new FakeTicker(0);
        List<Long> at = new ArrayList<>();
        s.run(time, 0, seq -> {
            at.add(time.nanoTime());
            if (seq == 2) {
                time.advance(35_000_000); // the thread stalls 35 ms after event 2
            }
        });
        long ms = 1_000_000;
        // 3, 4 and 5 (due at 30, 40, 50 ms) fire at 55 ms, late; 6 is back on its slot at 60 ms
        assertThat(at).containsExactly(0L, 10 * ms, 20 * ms, 55 * ms, 55 * ms, 55 * ms, 60 * ms, 70 * ms, 80 * ms,
                90 * ms);
    }

    @Test
    void shouldTakeFractionalRates() {
        RateSchedule s = RateSchedule.of(37.5, Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(s.warmupEvents()).isEqualTo(75);
        assertThat(s.measuredEvents()).isEqualTo(150);
        assertThat(s.offsetNanos(3)).isEqualTo(80_000_000);
    }

    @Test
    void shouldRefuseAScheduleWithoutAMeasuredWindow() {
        assertThatThrownBy(() -> new RateSchedule(100, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(Double.NaN, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
