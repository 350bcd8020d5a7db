package gx.techmarket.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.bench.load.LatencySummary;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PgBenchOutputTest {

    private static final String RUN = """
            pgbench (15.18 (Debian 15.18-0+deb12u1), server 17.7)
            starting vacuum...end.
            transaction type: <builtin: select only>
            scaling factor: 10
            query mode: simple
            number of clients: 8
            number of threads: 2
            maximum number of tries: 1
            duration: 30 s
            number of transactions actually processed: 312345
            number of failed transactions: 0 (0.000%)
            latency average = 0.768 ms
            initial connection time = 21.456 ms
            tps = 10411.234567 (without initial connection time)
            """;

    @Test
    void shouldReadTheSummaryOfARun() {
        PgBench.Summary s = PgBench.Summary.parse(RUN);

        assertThat(s.tps()).isEqualTo(10411.234567);
        assertThat(s.latencyMs()).isEqualTo(0.768);
        assertThat(s.connectMs()).isEqualTo(21.456);
        assertThat(s.transactions()).isEqualTo(312345);
        assertThat(s.failed()).isZero();
        assertThat(s.serverVersion()).contains("17.7");
    }

    @Test
    void shouldRefuseOutputWithoutTps() {
        assertThatThrownBy(() -> PgBench.Summary.parse("pgbench: error: connection to server failed\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tps");
    }

    @Test
    void shouldRecordTheLatencyOfEachLoggedTransaction() {
        Histogram micros = LatencySummary.histogram();

        assertThat(PgBench.readLogLine("0 199 2241 0 1175850569 10190", micros)).isTrue();
        assertThat(PgBench.readLogLine("3 200 812 0 1175850569 10191 0", micros)).isTrue();
        assertThat(PgBench.readLogLine("1 17 failed 0 1175850569 10192", micros)).isFalse();

        assertThat(micros.getTotalCount()).isEqualTo(2);
        assertThat(micros.getMaxValue()).isBetween(2240L, 2243L);
    }

    @Test
    void shouldRefuseALineThatIsNotFromTheLog() {
        assertThatThrownBy(() -> PgBench.readLogLine("garbage", LatencySummary.histogram()))
                .isInstanceOf(IllegalStateException.class);
    }
}
