package gx.techmarket.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogTrendTest {

    private static List<long[]> samples(long... backlog) {
        List<long[]> xy = new ArrayList<>();
        for (int i = 0; i < backlog.length; i++) {
            xy.add(new long[] {5L * (i + 1), backlog[i]});
        }
        return xy;
    }

    @Test
    void shouldIgnoreTheFirstFifthAndFitTheRest() {
        // a queue filling in the first fifth, then flat
        BacklogTrend t = BacklogTrend.of(samples(0, 900, 100, 100, 100, 100, 100, 100, 100, 100));
        assertThat(t.slope()).isCloseTo(0, within(1e-9));
        assertThat(t.afterFirstFifth()).isEqualTo(100);
        assertThat(t.atEnd()).isEqualTo(100);
        assertThat(t.max()).isEqualTo(900);
        assertThat(t.steady(2000)).isTrue();
    }

    @Test
    void shouldCallAGrowingBacklogNotSteady() {
        BacklogTrend t = BacklogTrend.of(samples(0, 100, 200, 300, 400, 500)); // 20 events/s
        assertThat(t.slope()).isCloseTo(20, within(1e-9));
        assertThat(t.steady(100)).isFalse(); // above max(1, 1 % of 100)
        assertThat(t.steady(5000)).isTrue(); // below 1 % of 5,000, and 500 < 2 s worth
    }

    @Test
    void shouldCallABacklogOfMoreThanTwoSecondsAtTheEndNotSteady() {
        BacklogTrend t = BacklogTrend.of(samples(500, 500, 500, 500, 500));
        assertThat(t.slope()).isZero();
        assertThat(t.steady(200)).isFalse(); // 500 ≥ 2 × 200
        assertThat(t.steady(300)).isTrue();
    }

    @Test
    void shouldTakeNoTrendFromTooFewSamples() {
        assertThat(BacklogTrend.of(List.of()).slope()).isZero();
        assertThat(BacklogTrend.of(samples(7)).slope()).isZero();
        assertThat(BacklogTrend.of(samples(7)).atEnd()).isEqualTo(7);
    }
}
