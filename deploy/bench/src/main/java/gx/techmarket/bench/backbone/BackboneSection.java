package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.bench.load.BacklogTrend;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.contracts.events.EventJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The backbone part's section of the report: the outbox path beside the raw Kafka path per rate, every phase, where
 * the outbox path's time goes, the checks of the effects, the sustained run, and the machine and settings; the JSON
 * holds every phase in full.
 */
final class BackboneSection {

    private static final List<String> STAGES = List.of("write", "relay", "kafka", "inbox", "handle");

    private BackboneSection() {}

    /** The outbox path over the raw Kafka path at one rate: how many times slower and how much of it got done. */
    record Comparison(int offeredRate, double throughputRatio, double p50Ratio, double p99Ratio, double p999Ratio) {}

    static List<Comparison> compare(List<PhaseResult> results) {
        return results.stream().filter(r -> r.path().equals("outbox"))
                .flatMap(o -> find(results, "baseline", o.offeredRate()).map(b -> new Comparison(o.offeredRate(),
                        o.throughput() / b.throughput(), o.latency().p50() / b.latency().p50(),
                        o.latency().p99() / b.latency().p99(), o.latency().p999() / b.latency().p999())).stream())
                .toList();
    }

    private static Optional<PhaseResult> find(List<PhaseResult> results, String path, int rate) {
        return results.stream().filter(r -> r.path().equals(path) && r.offeredRate() == rate).findFirst();
    }

    /** Writes the section; returns how many phases' effects were wrong (not once, or out of order). */
    static int write(Section s, Backbone.Outcome o) {
        List<PhaseResult> results = o.results();
        List<Integer> rates = results.stream().map(PhaseResult::offeredRate).distinct().toList();
        List<Comparison> comparisons = compare(results);
        s.text("Run " + o.started() + " to " + o.finished() + ". Latency runs from each event's **intended** time on "
                + "a fixed-rate schedule (open model: a stall delays everything behind it and is counted) to the "
                + "**commit of the inbox transaction** that handled it (outbox path) or to the consumer's `poll` "
                + "returning it (raw Kafka path). *Committed → handled* is the outbox path from the producer's commit "
                + "to the inbox's. Both paths run on the same broker in the same run, one after the other.");

        Section.Table side = s.table("offered /s", "handled /s outbox · Kafka", "p50 ms outbox · Kafka",
                "p99 ms outbox · Kafka", "p99.9 ms outbox · Kafka", "max ms outbox · Kafka",
                "committed → handled p50 · p99 ms", "outbox backlog at window end");
        for (int rate : rates) {
            Optional<PhaseResult> out = find(results, "outbox", rate);
            Optional<PhaseResult> raw = find(results, "baseline", rate);
            Optional<Comparison> c = comparisons.stream().filter(x -> x.offeredRate() == rate).findFirst();
            side.row(rate,
                    pair(out.map(r -> Fmt.rate(r.throughput())), raw.map(r -> Fmt.rate(r.throughput())),
                            c.map(x -> percent(x.throughputRatio()))),
                    pair(out.map(r -> Fmt.ms(r.latency().p50())), raw.map(r -> Fmt.ms(r.latency().p50())),
                            c.map(x -> times(x.p50Ratio()))),
                    pair(out.map(r -> Fmt.ms(r.latency().p99())), raw.map(r -> Fmt.ms(r.latency().p99())),
                            c.map(x -> times(x.p99Ratio()))),
                    pair(out.map(r -> Fmt.ms(r.latency().p999())), raw.map(r -> Fmt.ms(r.latency().p999())),
                            c.map(x -> times(x.p999Ratio()))),
                    pair(out.map(r -> Fmt.ms(r.latency().max())), raw.map(r -> Fmt.ms(r.latency().max())),
                            Optional.empty()),
                    out.map(r -> stage(r, "committed to handled")).orElse("–"),
                    out.map(BackboneSection::backlog).orElse("–"));
        }
        s.text("In brackets: the outbox path's throughput as a share of the raw Kafka path's, and its latency as a "
                + "multiple of it.");

        Section.Table every = s.table("offered /s", "path", "handled /s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms", "events measured", "not done", "errors", "drain s",
                "CPU % busy: this JVM · PostgreSQL · other", "steal %", "iowait %");
        for (PhaseResult r : results) {
            every.row(r.offeredRate(), r.label(), Fmt.rate(r.throughput()), Fmt.ms(r.latency().p50()),
                    Fmt.ms(r.latency().p90()), Fmt.ms(r.latency().p99()), Fmt.ms(r.latency().p999()),
                    Fmt.ms(r.latency().max()), r.measuredEvents(), r.unfinished(), r.errors(),
                    Fmt.seconds(r.drainSeconds()), cpu(r.cpu()), fixed(r.cpu().stealPercent()),
                    fixed(r.cpu().iowaitPercent()));
        }
        s.text("CPU: share of the whole machine (all cores = 100 %) during the measured window. \"Other\" is every "
                + "other process on the machine, \"steal\" the time the virtual machine's host gave the cores to "
                + "someone else: well above 0, and the phase did not have the machine to itself.");

        Section.Table stages = s.table("offered /s", "write: intended → producer transaction committed",
                "relay: committed → sent to Kafka", "Kafka: sent → `@Incoming` method called",
                "inbox: called → handler called", "handle: handler called → inbox transaction committed",
                "raw Kafka: intended → broker ack");
        for (int rate : rates) {
            Optional<PhaseResult> out = find(results, "outbox", rate);
            Object[] row = new Object[STAGES.size() + 2];
            row[0] = rate;
            for (int i = 0; i < STAGES.size(); i++) {
                String stage = STAGES.get(i);
                row[i + 1] = out.map(r -> stage(r, stage)).orElse("–");
            }
            row[row.length - 1] = find(results, "baseline", rate).map(r -> stage(r, "ack")).orElse("–");
            stages.row(row);
        }
        s.text("Where the outbox path's time goes, p50 · p99 ms. \"Sent\" is the record's CreateTime (the relay's "
                + "producer stamps it, a wall-clock millisecond): relay and Kafka are good to about 1 ms. \"Kafka\" "
                + "includes the broker, the consumer's fetch and the wait in the channel until the messages before it "
                + "are handled.");

        int wrong = 0;
        Section.Table checks = s.table("outbox phase", "pings written", "handled once", "missing", "duplicated",
                "aggregates with several events", "out of order: consumer · relay", "without a Kafka position",
                "dead-lettered", "");
        List<PhaseResult> checked = new java.util.ArrayList<>(results.stream().filter(r -> r.checks() != null)
                .toList());
        if (o.sustained() != null) {
            checked.add(o.sustained().result());
        }
        for (PhaseResult r : checked) {
            EffectChecks c = r.checks();
            if (!c.clean()) {
                wrong++;
            }
            checks.row(r.run(), Fmt.count(c.written()), Fmt.count(c.handled()), c.missing(), c.duplicated(),
                    Fmt.count(c.aggregatesWithSeveral()), c.consumerOrderViolations() + " · "
                            + (c.relayOrderViolations() < 0 ? "not checked" : c.relayOrderViolations()),
                    c.withoutPosition(), c.deadLettered(),
                    c.clean() ? "ok" : "**WRONG**");
        }
        s.text("Checked in the database after each outbox phase had drained (warm-up included): every ping written "
                + "has exactly one effect, and per aggregate the effects were written in the order of their Kafka "
                + "offsets (consumer) and the offsets follow the outbox's commit sequence (relay).");

        var json = s.json();
        ObjectMapper mapper = EventJson.newMapper();
        json.set("phases", mapper.valueToTree(results));
        json.set("comparisons", mapper.valueToTree(comparisons));
        if (o.sustained() != null) {
            sustained(s, o.sustained(), mapper);
        }

        StringBuilder about = new StringBuilder();
        for (Map<String, String> entries : List.of(o.machine(), o.versions(), o.settings())) {
            entries.forEach((k, v) -> about.append("- ").append(k).append(": ").append(v).append('\n'));
        }
        s.text("Machine, versions and settings:\n\n" + about);
        json.set("machine", mapper.valueToTree(o.machine()));
        json.set("versions", mapper.valueToTree(o.versions()));
        json.set("settings", mapper.valueToTree(o.settings()));
        if (wrong > 0) {
            json.put("unbalanced", json.path("unbalanced").asInt(0) + wrong);
        }
        return wrong;
    }

    private static void sustained(Section s, OutboxBench.Sustained run, ObjectMapper mapper) {
        PhaseResult r = run.result();
        BacklogTrend t = run.trend();
        s.table("sustained run", "offered /s", "length", "handled /s", "p50 ms", "p99 ms", "p99.9 ms",
                "committed → handled p50 · p99 ms", "backlog after the first fifth → end (events)",
                "backlog trend (events/s)", "max backlog", "sustained")
                .row("outbox → Kafka → inbox", run.rate(), Math.round(r.windowSeconds()) + " s",
                        Fmt.rate(r.throughput()), Fmt.ms(r.latency().p50()), Fmt.ms(r.latency().p99()),
                        Fmt.ms(r.latency().p999()), stage(r, "committed to handled"),
                        t.afterFirstFifth() + " → " + t.atEnd(), String.format(Locale.ROOT, "%+.2f", t.slope()),
                        t.max(), run.sustained() ? "yes" : "**no**");
        s.text("The backlog is every event due by the sample's time and not yet handled (waiting for a writer, in the "
                + "outbox, in Kafka or in the inbox), sampled every 5 s; the trend is the least-squares slope after "
                + "the first fifth of the run. Sustained: at least 95 % of the offered rate handled, under 1 % "
                + "errors, a trend below max(1, 1 % of the rate) events/s, a backlog at the end under 2 s worth of "
                + "events, and every effect once and in order.");
        var node = s.json().putObject("sustained");
        node.put("rate", run.rate());
        node.put("sustained", run.sustained());
        node.put("slopeEventsPerSecond", t.slope());
        var samples = node.putArray("backlogSamples");
        t.samples().forEach(x -> samples.addArray().add(x[0]).add(x[1]));
        node.set("phase", mapper.valueToTree(r));
    }

    private static String pair(Optional<String> outbox, Optional<String> raw, Optional<String> ratio) {
        return outbox.orElse("–") + " · " + raw.orElse("–") + ratio.map(r -> " (" + r + ")").orElse("");
    }

    static String stage(PhaseResult r, String name) {
        LatencySummary l = r.stages().get(name);
        return l == null || l.count() == 0 ? "–" : Fmt.ms(l.p50()) + " · " + Fmt.ms(l.p99());
    }

    static String backlog(PhaseResult r) {
        String s = (r.outboxUnpublished() == null ? "?" : r.outboxUnpublished()) + " unpublished rows";
        if (r.outboxOldestUnpublishedMillis() != null && r.outboxUnpublished() != null && r.outboxUnpublished() > 0) {
            s += " (oldest " + Fmt.ms(r.outboxOldestUnpublishedMillis()) + " ms)";
        }
        return s + ", " + r.notWrittenAtEnd() + " not yet written, " + r.inFlightAtEnd() + " in flight";
    }

    private static String cpu(CpuUsage cpu) {
        return fixed(cpu.busyPercent()) + ": " + fixed(cpu.jvmPercent()) + " · " + fixed(cpu.postgresPercent())
                + " · " + fixed(cpu.otherPercent());
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–"
                : String.format(Locale.ROOT, "%.1f×", ratio);
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–"
                : String.format(Locale.ROOT, "%.0f %%", 100 * ratio);
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
