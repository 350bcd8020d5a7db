package gx.techmarket.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RampTest {

    private static LatencySummary step(int clients, double perSecond, long errors) {
        long count = Math.round(perSecond * 10);
        return new LatencySummary(clients + " clients", Double.NaN, perSecond, count, errors, 1, 1, 1, 1, 1, 1, 1,
                errors > 0 ? "boom" : null, 0);
    }

    /** Runs a ramp against a system whose throughput at each client count is given. */
    private static Ramp.Result ramp(Map<Integer, Double> capacity, List<Integer> clients, List<Integer> ran)
            throws Exception {
        return Ramp.run(clients, c -> {
            ran.add(c);
            return step(c, capacity.get(c), 0);
        });
    }

    @Test
    void goesOnWhileMoreClientsBringMoreAndStopsWhereTheyOnlyQueue() throws Exception {
        List<Integer> ran = new ArrayList<>();
        Ramp.Result r = ramp(Map.of(8, 1_800.0, 16, 2_600.0, 32, 2_650.0, 64, 2_700.0, 128, 2_000.0),
                List.of(8, 16, 32, 64, 128), ran);
        // 32 clients add under 5 % to 16's: saturated, 64 and 128 are not run
        assertThat(ran).containsExactly(8, 16, 32);
        assertThat(r.best().throughputPerSecond()).isEqualTo(2_650.0);
        assertThat(r.steps()).hasSize(3);
        assertThat(r.saturated()).isTrue();
    }

    @Test
    void aRampThatRunsOutOfStepsSaysSo() throws Exception {
        List<Integer> ran = new ArrayList<>();
        Ramp.Result r = ramp(Map.of(8, 1_000.0, 16, 2_000.0, 32, 4_000.0), List.of(8, 16, 32), ran);
        assertThat(ran).containsExactly(8, 16, 32);
        assertThat(r.best().throughputPerSecond()).isEqualTo(4_000.0);
        assertThat(r.saturated()).as("still growing: the peak is at least this, not this").isFalse();
    }

    @Test
    void aStepFailingMoreThanOnePercentEndsTheRampAndIsNeverThePeak() throws Exception {
        List<Integer> ran = new ArrayList<>();
        Ramp.Result r = Ramp.run(List.of(8, 16, 32, 64), c -> {
            ran.add(c);
            return c == 32 ? step(c, 9_000, 5_000) : step(c, c * 100.0, 0);
        });
        assertThat(ran).containsExactly(8, 16, 32);
        assertThat(r.best().label()).isEqualTo("16 clients");
        assertThat(r.saturated()).isTrue();
    }

    @Test
    void aSlowerStepAfterTheBestDoesNotReplaceIt() {
        List<LatencySummary> steps = List.of(step(8, 1_000, 0), step(16, 1_500, 0), step(32, 1_400, 0));
        assertThat(Ramp.continues(steps)).isFalse();
        assertThat(Ramp.best(steps).throughputPerSecond()).isEqualTo(1_500.0);
        // a few errors (under 1 %) do not disqualify a step
        assertThat(Ramp.continues(List.of(step(8, 1_000, 0), step(16, 2_000, 100)))).isTrue();
    }

    @Test
    void everyStepFailingStillNamesOne() throws Exception {
        Ramp.Result r = Ramp.run(List.of(8, 16), c -> step(c, 0, 10));
        assertThat(r.steps()).hasSize(1);
        assertThat(r.best().label()).isEqualTo("8 clients");
        assertThatThrownBy(() -> Ramp.run(List.of(), c -> step(c, 1, 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
