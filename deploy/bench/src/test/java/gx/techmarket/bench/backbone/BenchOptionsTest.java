package gx.techmarket.bench.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void shouldDefaultToTheThreeRatesWithTenSecondsWarmUpAndThirtyMeasured() {
        BenchOptions o = BenchOptions.parse(new String[0], Map.of());
        assertThat(o.rates()).containsExactly(100, 500, 2000);
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.measure()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.paths()).containsExactlyInAnyOrder(Phase.Path.OUTBOX, Phase.Path.BASELINE);
        assertThat(o.postgres()).isEmpty();
        assertThat(o.kafka()).isEmpty();
        assertThat(o.resultsDir().toString()).endsWith("results");
        assertThat(o.synchronousCommit()).isEqualTo("on");
        assertThat(o.jitWarmup()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void shouldMakeQuickRunsShortAndKeepThemOutOfTheCommittedResults() {
        BenchOptions o = BenchOptions.parse(new String[] {"--quick"}, Map.of());
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.measure()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.resultsDir().toString()).endsWith("target/bench-results");
    }

    @Test
    void shouldReadTargetsFromFlagsOrTheEnvironment() {
        BenchOptions fromEnv = BenchOptions.parse(new String[0],
                Map.of("BENCH_POSTGRES", "jdbc:postgresql://127.0.0.1:15432/bench", "BENCH_KAFKA", "127.0.0.1:19092"));
        assertThat(fromEnv.postgres()).contains("jdbc:postgresql://127.0.0.1:15432/bench");
        assertThat(fromEnv.kafka()).contains("127.0.0.1:19092");
        BenchOptions flags = BenchOptions.parse(new String[] {"--kafka=127.0.0.1:9999", "--rates", "50, 70",
                "--measure", "1500ms", "--paths", "outbox", "--consumer-threads", "3"}, Map.of("BENCH_KAFKA", "x:1"));
        assertThat(flags.kafka()).contains("127.0.0.1:9999");
        assertThat(flags.rates()).isEqualTo(List.of(50, 70));
        assertThat(flags.measure()).isEqualTo(Duration.ofMillis(1500));
        assertThat(flags.paths()).containsExactly(Phase.Path.OUTBOX);
        assertThat(flags.consumerThreads()).contains(3);
    }

    @Test
    void shouldRefuseWhatItCannotRun() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rates", "0"}, Map.of()))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--warmup", "ten"}, Map.of()))
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--postgres", "postgres://x"}, Map.of()))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--synchronous-commit", "maybe"}, Map.of()))
                .hasMessageContaining("synchronous-commit");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--frobnicate"}, Map.of()))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--measure"}, Map.of()))
                .hasMessageContaining("needs a value");
    }
}
