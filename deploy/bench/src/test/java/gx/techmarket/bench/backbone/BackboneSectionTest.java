package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bench.load.BacklogTrend;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.report.Report;
import gx.techmarket.bench.report.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackboneSectionTest {

    private static final EffectChecks CLEAN = new EffectChecks(3000, 3000, 0, 0, 1000, 0, 0, 0, 0);

    private static LatencySummary latency(double p50, double p99, double p999) {
        return new LatencySummary("l", Double.NaN, Double.NaN, 1000, 0, p50, p50 * 1.5, p99 * 0.9, p99, p999,
                p999 * 2, p50, null, 0);
    }

    private static PhaseResult result(String path, int rate, double throughput, double p50, double p99, double p999,
            EffectChecks checks) {
        Map<String, LatencySummary> stages = new LinkedHashMap<>();
        if (path.equals("outbox")) {
            stages.put("write", latency(1, 3, 4));
            stages.put("relay", latency(6, 8, 9));
            stages.put("kafka", latency(2, 4, 5));
            stages.put("inbox", latency(0.1, 0.3, 0.4));
            stages.put("handle", latency(1.5, 2.5, 3));
            stages.put("committed to handled", latency(9, 20, 25));
        } else {
            stages.put("ack", latency(0.8, 1.2, 1.4));
        }
        return new PhaseResult(path, path.equals("outbox") ? Phase.Path.OUTBOX.label : Phase.Path.BASELINE.label,
                rate, path + "-" + rate, 30, rate * 30L, (long) (throughput * 30), throughput,
                latency(p50, p99, p999), stages, 0, 0, null, 0, 0, 2, path.equals("outbox") ? 1L : null,
                path.equals("outbox") ? 12L : null, new CpuUsage(40, 25, 10, 5, 3, 2, 0.7), 0.1,
                path.equals("outbox") ? checks : null);
    }

    private static List<PhaseResult> results(EffectChecks checks) {
        return List.of(result("baseline", 100, 100, 2.0, 4.0, 8.0, null),
                result("outbox", 100, 99.5, 10.0, 30.0, 48.0, checks),
                result("baseline", 500, 500, 1.0, 3.0, 5.0, null),
                result("outbox", 500, 250, 5000, 9000, 9500, CLEAN));
    }

    private static Backbone.Outcome outcome(EffectChecks checks, OutboxBench.Sustained sustained) {
        return new Backbone.Outcome("2026-11-22T10:00:00Z", "2026-11-22T10:05:00Z", Map.of("cpus", "2"),
                Map.of("Quarkus", "3.31.4"), Map.of("rates", "[100, 500]"), results(checks), sustained);
    }

    @Test
    void shouldCompareTheOutboxPathToTheRawKafkaPathAtEachRate() {
        List<BackboneSection.Comparison> c = BackboneSection.compare(results(CLEAN));
        assertThat(c).hasSize(2);
        assertThat(c.get(0).offeredRate()).isEqualTo(100);
        assertThat(c.get(0).throughputRatio()).isCloseTo(0.995, within(1e-9));
        assertThat(c.get(0).p50Ratio()).isCloseTo(5.0, within(1e-9));
        assertThat(c.get(0).p999Ratio()).isCloseTo(6.0, within(1e-9));
        assertThat(c.get(1).throughputRatio()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldPutBothPathsOfARateOnOneRowWithTheirRatiosAndTheChecks() {
        Report report = new Report("r", "t");
        Section s = report.section("backbone", "Event backbone");
        int wrong = BackboneSection.write(s, outcome(CLEAN, null));
        String md = report.markdown(null);
        assertThat(wrong).isZero();
        assertThat(md).contains("| 100 | 99.5 · 100 (100 %) | 10.0 · 2.00 (5.0×) | 30.0 · 4.00 (7.5×) "
                + "| 48.0 · 8.00 (6.0×) | 96.0 · 16.0 | 9.00 · 20.0 |");
        assertThat(md).contains("| 500 | 250 · 500 (50 %) | 5,000 · 1.00 (5000.0×)");
        assertThat(md).contains("1 unpublished rows (oldest 12.0 ms), 0 not yet written, 2 in flight");
        assertThat(md).contains(
                "| 100 | 1.00 · 3.00 | 6.00 · 8.00 | 2.00 · 4.00 | 0.10 · 0.30 | 1.50 · 2.50 | 0.80 · 1.20 |");
        assertThat(md).contains("| 40: 25 · 10 · 5 | 3 | 2 |");
        assertThat(md).contains("| outbox-100 | 3,000 | 3,000 | 0 | 0 | 1,000 | 0 · 0 | 0 | 0 | ok |");
        assertThat(md).contains("- cpus: 2");
        JsonNode json = s.json();
        assertThat(json.path("phases")).hasSize(4);
        assertThat(json.path("phases").get(1).path("latency").path("p99").asDouble()).isEqualTo(30.0);
        assertThat(json.path("comparisons").get(0).path("p50Ratio").asDouble()).isEqualTo(5.0);
        assertThat(json.has("unbalanced")).isFalse();
    }

    @Test
    void shouldFlagEveryPhaseWhoseEffectsWereNotOnceAndInOrder() {
        Report report = new Report("r", "t");
        Section s = report.section("backbone", "Event backbone");
        EffectChecks twice = new EffectChecks(3000, 2999, 1, 1, 1000, 2, 0, 0, 0);
        assertThat(BackboneSection.write(s, outcome(twice, null))).isEqualTo(1);
        assertThat(report.markdown(null)).contains("| outbox-100 | 3,000 | 2,999 | 1 | 1 | 1,000 | 2 · 0 | 0 "
                + "| 0 | **WRONG** |");
        assertThat(s.json().path("unbalanced").asInt()).isEqualTo(1);
    }

    @Test
    void shouldSayWhenTheRelaysOrderCouldNotBeCheckedWithoutFailingThePhase() {
        Report report = new Report("r", "t");
        Section s = report.section("backbone", "Event backbone");
        EffectChecks unread = new EffectChecks(3000, 3000, 0, 0, 1000, 0, -1, 0, 0);
        assertThat(unread.clean()).isTrue();
        assertThat(BackboneSection.write(s, outcome(unread, null))).isZero();
        assertThat(report.markdown(null)).contains("| 0 · not checked |");
        assertThat(new EffectChecks(3000, 3000, 0, 0, 1000, 0, 0, 1, 0).clean()).isFalse(); // no position: unseen
        assertThat(new EffectChecks(3000, 3000, 0, 0, 1000, 0, 0, 0, 1).clean()).isFalse(); // dead-lettered
    }

    @Test
    void shouldJudgeTheSustainedRunByItsThroughputBacklogTrendAndEffects() {
        PhaseResult steady = result("outbox", 2000, 1990, 20, 80, 120, CLEAN);
        BacklogTrend flat = BacklogTrend.of(List.of(new long[] {5, 40}, new long[] {10, 38}, new long[] {15, 41},
                new long[] {20, 39}, new long[] {25, 40}));
        BacklogTrend growing = BacklogTrend.of(List.of(new long[] {5, 100}, new long[] {10, 5_000},
                new long[] {15, 10_000}, new long[] {20, 15_000}, new long[] {25, 20_000}));
        assertThat(new OutboxBench.Sustained(2000, steady, flat).sustained()).isTrue();
        assertThat(new OutboxBench.Sustained(2000, steady, growing).sustained()).isFalse();
        PhaseResult slow = result("outbox", 2000, 1500, 20, 80, 120, CLEAN);
        assertThat(new OutboxBench.Sustained(2000, slow, flat).sustained()).isFalse();
        PhaseResult lost = result("outbox", 2000, 1990, 20, 80, 120, new EffectChecks(10, 9, 1, 0, 5, 0, 0, 0, 0));
        assertThat(new OutboxBench.Sustained(2000, lost, flat).sustained()).isFalse();

        Report report = new Report("r", "t");
        Section s = report.section("backbone", "Event backbone");
        BackboneSection.write(s, outcome(CLEAN, new OutboxBench.Sustained(2000, steady, flat)));
        assertThat(report.markdown(null)).contains("| outbox → Kafka → inbox | 2000 | 30 s | 1,990 | 20.0 | 80.0 "
                + "| 120.0 | 9.00 · 20.0 | 38 → 40 | +0.08 | 41 | yes |");
        assertThat(s.json().path("sustained").path("backlogSamples")).hasSize(5);
    }
}
