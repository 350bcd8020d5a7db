package gx.techmarket.bench.backbone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gx.techmarket.contracts.events.EventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The results of one invocation, as Markdown (for people) and JSON (for tools). */
record Report(String started, String finished, String command, String commit, Map<String, String> machine,
        Map<String, String> versions, Map<String, String> settings, List<PhaseResult> results,
        List<Comparison> comparisons) {

    /** The outbox path over the baseline at one rate: how many times slower (latency) and how much of it got done. */
    record Comparison(int offeredRate, double throughputRatio, double p50Ratio, double p99Ratio, double p999Ratio) {}

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static Report of(Instant started, Instant finished, String command, String commit, Map<String, String> machine,
            Map<String, String> versions, Map<String, String> settings, List<PhaseResult> results) {
        return new Report(started.truncatedTo(ChronoUnit.SECONDS).toString(),
                finished.truncatedTo(ChronoUnit.SECONDS).toString(), command, commit, machine, versions, settings,
                results, compare(results));
    }

    static List<Comparison> compare(List<PhaseResult> results) {
        List<Comparison> out = new ArrayList<>();
        for (PhaseResult outbox : results) {
            if (!outbox.path().equals("outbox")) {
                continue;
            }
            find(results, "baseline", outbox.offeredRate()).ifPresent(base -> out.add(new Comparison(
                    outbox.offeredRate(),
                    outbox.throughput() / base.throughput(),
                    outbox.latency().p50() / base.latency().p50(),
                    outbox.latency().p99() / base.latency().p99(),
                    outbox.latency().p999() / base.latency().p999())));
        }
        return out;
    }

    private static Optional<PhaseResult> find(List<PhaseResult> results, String path, int rate) {
        return results.stream().filter(r -> r.path().equals(path) && r.offeredRate() == rate).findFirst();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Outbox → Kafka → inbox: throughput and latency\n\n");
        md.append("Run ").append(started).append(" to ").append(finished).append(" with `").append(command)
                .append("`").append(commit.isBlank() ? "" : " at commit `" + commit + "`").append(".\n\n");
        md.append("Latency runs from each event's **intended** time on a fixed-rate schedule (open model: a stall "
                + "delays everything behind it and is counted) to the **commit of the inbox transaction** that "
                + "handled it (outbox path) or to the consumer's `poll` returning it (baseline). Both paths run on "
                + "the same broker in the same run, one after the other.\n\n");

        md.append("## Side by side\n\n");
        md.append("| offered /s | handled /s outbox · baseline | p50 ms outbox · baseline "
                + "| p99 ms outbox · baseline | p99.9 ms outbox · baseline | max ms outbox · baseline "
                + "| outbox backlog at window end |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---|\n");
        for (int rate : rates()) {
            Optional<PhaseResult> o = find(results, "outbox", rate);
            Optional<PhaseResult> b = find(results, "baseline", rate);
            Optional<Comparison> c = comparisons.stream().filter(x -> x.offeredRate() == rate).findFirst();
            md.append("| ").append(rate)
                    .append(" | ").append(pair(o.map(r -> rate(r.throughput())), b.map(r -> rate(r.throughput())),
                            c.map(x -> percent(x.throughputRatio()))))
                    .append(" | ").append(pair(o.map(r -> ms(r.latency().p50())), b.map(r -> ms(r.latency().p50())),
                            c.map(x -> times(x.p50Ratio()))))
                    .append(" | ").append(pair(o.map(r -> ms(r.latency().p99())), b.map(r -> ms(r.latency().p99())),
                            c.map(x -> times(x.p99Ratio()))))
                    .append(" | ").append(pair(o.map(r -> ms(r.latency().p999())), b.map(r -> ms(r.latency().p999())),
                            c.map(x -> times(x.p999Ratio()))))
                    .append(" | ").append(pair(o.map(r -> ms(r.latency().max())), b.map(r -> ms(r.latency().max())),
                            Optional.empty()))
                    .append(" | ").append(o.map(Report::backlog).orElse("–"))
                    .append(" |\n");
        }
        md.append("\nIn brackets: the outbox path's throughput as a share of the baseline's, and its latency as a "
                + "multiple of the baseline's.\n\n");

        md.append("## Every phase\n\n");
        md.append("| offered /s | path | handled /s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | events measured "
                + "| not done | errors | drain s | CPU % busy: this JVM · PostgreSQL · other | steal % | iowait % |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult r : results) {
            Latency l = r.latency();
            CpuUsage cpu = r.cpu();
            md.append("| ").append(r.offeredRate()).append(" | ").append(r.label()).append(" | ")
                    .append(rate(r.throughput())).append(" | ").append(ms(l.p50())).append(" | ").append(ms(l.p90()))
                    .append(" | ").append(ms(l.p99())).append(" | ").append(ms(l.p999())).append(" | ")
                    .append(ms(l.max())).append(" | ").append(r.measuredEvents()).append(" | ").append(r.unfinished())
                    .append(" | ").append(r.errors()).append(" | ").append(fixed(r.drainSeconds(), 1)).append(" | ")
                    .append(fixed(cpu.busyPercent(), 0)).append(": ").append(fixed(cpu.jvmPercent(), 0))
                    .append(" · ").append(fixed(cpu.postgresPercent(), 0)).append(" · ")
                    .append(fixed(cpu.otherPercent(), 0)).append(" | ").append(fixed(cpu.stealPercent(), 0))
                    .append(" | ").append(fixed(cpu.iowaitPercent(), 0))
                    .append(" |\n");
        }
        md.append("\nCPU: share of the whole machine (all cores = 100 %) during the measured window. \"Other\" is "
                + "every other process on the machine, \"steal\" the time the virtual machine's host gave the cores "
                + "to someone else: well above 0, and the phase did not have the machine to itself.\n\n");

        md.append("## Where the outbox path's time goes (p50 · p99 ms)\n\n");
        md.append("| offered /s | write: intended → producer transaction committed | relay: committed → sent to "
                + "Kafka | Kafka: sent → `@Incoming` method called | inbox: called → handler called | handle: "
                + "handler called → inbox transaction committed | baseline: intended → broker ack |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int rate : rates()) {
            Optional<PhaseResult> o = find(results, "outbox", rate);
            Optional<PhaseResult> b = find(results, "baseline", rate);
            md.append("| ").append(rate);
            for (String stage : List.of("write", "relay", "kafka", "inbox", "handle")) {
                md.append(" | ").append(o.map(r -> stage(r, stage)).orElse("–"));
            }
            md.append(" | ").append(b.map(r -> stage(r, "ack")).orElse("–")).append(" |\n");
        }
        md.append("\n\"Sent\" is the record's CreateTime (the relay's producer stamps it, a wall-clock millisecond): "
                + "relay and Kafka are good to about 1 ms. \"Kafka\" includes the broker, the consumer's fetch and "
                + "the wait in the channel until the messages before it are handled (a channel handles one at a "
                + "time).\n\n");
        List<String> errors = results.stream().filter(r -> r.firstError() != null)
                .map(r -> r.offeredRate() + "/s " + r.path() + ": " + r.firstError()).toList();
        if (!errors.isEmpty()) {
            md.append("First error of each phase that had one:\n\n");
            errors.forEach(e -> md.append("- ").append(e).append('\n'));
            md.append('\n');
        }

        md.append("## Machine, versions and settings\n\n");
        section(md, machine);
        section(md, versions);
        section(md, settings);
        return md.toString();
    }

    private List<Integer> rates() {
        return results.stream().map(PhaseResult::offeredRate).distinct().toList();
    }

    private static void section(StringBuilder md, Map<String, String> entries) {
        entries.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
    }

    private static String pair(Optional<String> outbox, Optional<String> baseline, Optional<String> ratio) {
        return outbox.orElse("–") + " · " + baseline.orElse("–") + ratio.map(r -> " (" + r + ")").orElse("");
    }

    private static String stage(PhaseResult r, String name) {
        Latency l = r.stages().get(name);
        return l == null || l.count() == 0 ? "–" : ms(l.p50()) + " · " + ms(l.p99());
    }

    private static String backlog(PhaseResult r) {
        String s = (r.outboxUnpublished() == null ? "?" : r.outboxUnpublished()) + " unpublished rows";
        if (r.outboxOldestUnpublishedMillis() != null && r.outboxUnpublished() != null && r.outboxUnpublished() > 0) {
            s += " (oldest " + ms(r.outboxOldestUnpublishedMillis()) + " ms)";
        }
        s += ", " + r.notWrittenAtEnd() + " not yet written, " + r.inFlightAtEnd() + " in flight";
        return s;
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v < 10 ? fixed(v, 2) : v < 1000 ? fixed(v, 1) : fixed(v, 0);
    }

    static String rate(double v) {
        return fixed(v, 1);
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : fixed(ratio, 1) + "×";
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : fixed(100 * ratio, 0) + " %";
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    String json() {
        ObjectMapper mapper = EventJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            return mapper.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code outbox-bench-<time>.md} and {@code .json} into {@code dir}, and copies them to latest.*. */
    List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String base = "outbox-bench-" + FILE_TIME.format(Instant.parse(started));
        Path md = dir.resolve(base + ".md");
        Path json = dir.resolve(base + ".json");
        Files.writeString(md, markdown(), StandardCharsets.UTF_8);
        Files.writeString(json, json(), StandardCharsets.UTF_8);
        Files.copy(md, dir.resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(json, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        return List.of(md, json);
    }
}
