package gx.techmarket.bench.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    private static PhaseResult result(String path, int rate, double throughput, double p50, double p99, double p999) {
        Latency l = new Latency(1000, p50, p50 * 1.5, p99, p999, p999 * 2, p50);
        Map<String, Latency> stages = new LinkedHashMap<>();
        if (path.equals("outbox")) {
            stages.put("write", new Latency(1000, 1, 2, 3, 4, 5, 1));
            stages.put("relay", new Latency(1000, 6, 7, 8, 9, 10, 6));
            stages.put("kafka", new Latency(1000, 2, 3, 4, 5, 6, 2));
            stages.put("inbox", new Latency(1000, 0.1, 0.2, 0.3, 0.4, 0.5, 0.1));
            stages.put("handle", new Latency(1000, 1.5, 2, 2.5, 3, 4, 1.5));
        } else {
            stages.put("ack", new Latency(1000, 0.8, 1, 1.2, 1.4, 2, 0.8));
        }
        return new PhaseResult(path, path.equals("outbox") ? Phase.Path.OUTBOX.label : Phase.Path.BASELINE.label,
                rate, "r", 30, rate * 30L, (long) (throughput * 30), throughput, l, stages, 0, 0, null, 0, 0, 2,
                path.equals("outbox") ? 1L : null, path.equals("outbox") ? 12L : null,
                new CpuUsage(40, 25, 10, 5, 3, 2, 0.7), 0.1);
    }

    private static Report report() {
        return Report.of(Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:05:00Z"),
                "./deploy/bench/run-outbox-bench.sh", "abc1234", Map.of("cpus", "2"), Map.of("Quarkus", "3.31.4"),
                Map.of("rates", "[100, 500]"), List.of(
                        result("baseline", 100, 100, 2.0, 4.0, 8.0),
                        result("outbox", 100, 99.5, 10.0, 30.0, 48.0),
                        result("baseline", 500, 500, 1.0, 3.0, 5.0),
                        result("outbox", 500, 250, 5000, 9000, 9500)));
    }

    @Test
    void shouldCompareTheOutboxPathToTheBaselineAtEachRate() {
        List<Report.Comparison> c = report().comparisons();
        assertThat(c).hasSize(2);
        assertThat(c.get(0).offeredRate()).isEqualTo(100);
        assertThat(c.get(0).throughputRatio()).isCloseTo(0.995, within(1e-9));
        assertThat(c.get(0).p50Ratio()).isCloseTo(5.0, within(1e-9));
        assertThat(c.get(0).p999Ratio()).isCloseTo(6.0, within(1e-9));
        assertThat(c.get(1).throughputRatio()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldPutBothPathsOfARateOnOneRowWithTheirRatios() {
        String md = report().markdown();
        assertThat(md).contains("| 100 | 99.5 · 100.0 (100 %) | 10.0 · 2.00 (5.0×) | 30.0 · 4.00 (7.5×) "
                + "| 48.0 · 8.00 (6.0×) | 96.0 · 16.0 |");
        assertThat(md).contains("| 500 | 250.0 · 500.0 (50 %) | 5000 · 1.00 (5000.0×)");
        assertThat(md).contains("1 unpublished rows (oldest 12.0 ms), 0 not yet written, 2 in flight");
        assertThat(md).contains(
                "| 100 | 1.00 · 3.00 | 6.00 · 8.00 | 2.00 · 4.00 | 0.10 · 0.30 | 1.50 · 2.50 | 0.80 · 1.20 |");
        assertThat(md).contains("| 40: 25 · 10 · 5 | 3 | 2 |");
        assertThat(md).contains("at commit `abc1234`").contains("- cpus: 2");
    }

    @Test
    void shouldWriteTimestampedFilesAndLatestCopies(@TempDir Path dir) throws Exception {
        List<Path> files = report().write(dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("outbox-bench-20261122T100000Z.md", "outbox-bench-20261122T100000Z.json");
        assertThat(dir.resolve("latest.md")).hasSameTextualContentAs(files.get(0));
        JsonNode json = EventJson.readTree(Files.readString(dir.resolve("latest.json")));
        assertThat(json.path("results")).hasSize(4);
        assertThat(json.path("results").get(1).path("latency").path("p99").asDouble()).isEqualTo(30.0);
        assertThat(json.path("comparisons").get(0).path("p50Ratio").asDouble()).isEqualTo(5.0);
    }

    @Test
    void shouldFormatMillisecondsWithSensiblePrecision() {
        assertThat(Report.ms(0.4567)).isEqualTo("0.46");
        assertThat(Report.ms(12.345)).isEqualTo("12.3");
        assertThat(Report.ms(12345.6)).isEqualTo("12346");
        assertThat(Report.ms(Double.NaN)).isEqualTo("–");
    }
}
