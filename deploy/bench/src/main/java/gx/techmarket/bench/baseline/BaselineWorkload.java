package gx.techmarket.bench.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.Baselines;
import gx.techmarket.bench.BenchContext;
import gx.techmarket.bench.CpuStat;
import gx.techmarket.bench.Workload;
import gx.techmarket.bench.kafka.KafkaBaseline;
import gx.techmarket.bench.kafka.Topics;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine's limits, measured in the same run against the market's own PostgreSQL and Kafka broker: pgbench's
 * select-only and TPC-B-like read-write mix, and kafka-clients producer and consumer throughput and serial
 * end-to-end latency with 1 KB records. Fills {@link Baselines}, which every other part divides by.
 * PostgreSQL and Kafka are measured independently: when one fails the other's figures are still taken, and the
 * part fails at the end naming what went wrong.
 */
public final class BaselineWorkload extends Workload {

    static final String DATABASE = "pgbench";
    /** The Kafka baseline's own topic on the market's broker, created for the part and deleted after it. */
    static final String TOPIC = "bench.baseline.market.v1";
    private static final int CLIENTS = 8;
    private static final int THREADS = 2;
    /** A bound the producer phase never reaches on this hardware, so a fast machine cannot fill the disk. */
    private static final long MAX_PRODUCED = 5_000_000;
    private static final int FALLBACK_PARTITIONS = 3;

    public BaselineWorkload() {
        super("baselines", "Baselines: this machine's PostgreSQL and Kafka");
    }

    /** What one row of the table says. */
    private record Row(String what, double value, String unit, String setting) {}

    @Override
    public void run(BenchContext ctx, Section s) throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            postgres(ctx, s, rows, notes);
        } catch (Exception e) {
            failures.put("PostgreSQL (pgbench)", e.getMessage() == null ? e.toString() : e.getMessage());
            ctx.log("baselines: pgbench failed: " + e);
        }
        try {
            kafka(ctx, s, rows, notes);
        } catch (Exception e) {
            failures.put("Kafka (kafka-clients)", e.toString());
            ctx.log("baselines: kafka failed: " + e);
        }
        Baselines b = ctx.baselines();
        ObjectNode values = s.json().putObject("baselines");
        Section.putNumber(values, "pgSelectOnlyTps", b.pgSelectOnlyTps);
        Section.putNumber(values, "pgSelectOnlyLatencyMs", b.pgSelectOnlyLatencyMs);
        Section.putNumber(values, "pgReadWriteTps", b.pgReadWriteTps);
        Section.putNumber(values, "pgReadWriteLatencyMs", b.pgReadWriteLatencyMs);
        Section.putNumber(values, "kafkaProduceRecordsPerSecond", b.kafkaProduceRecordsPerSecond);
        Section.putNumber(values, "kafkaProduceMBPerSecond", b.kafkaProduceMBPerSecond);
        Section.putNumber(values, "kafkaConsumeRecordsPerSecond", b.kafkaConsumeRecordsPerSecond);
        Section.putNumber(values, "kafkaConsumeMBPerSecond", b.kafkaConsumeMBPerSecond);
        Section.putNumber(values, "kafkaEndToEndP50Ms", b.kafkaEndToEndP50Ms);
        Section.putNumber(values, "kafkaEndToEndP99Ms", b.kafkaEndToEndP99Ms);

        Section.Table table = s.table("what", "value", "unit", "command / setting");
        for (Row r : rows) {
            table.row(r.what(), r.unit().equals("ms") ? Fmt.ms(r.value()) : Fmt.rate(r.value()), r.unit(),
                    r.setting());
        }
        s.text("These are the denominators of every ratio in the report: each other part divides its figures by "
                + "the baseline of the resource it mostly stands on (a read of PostgreSQL by pgbench's select-only "
                + "figures, a write by its read-write mix, an event path by Kafka's serial end-to-end latency), so "
                + "the ratios say what the market adds on top of the bare engines, measured on the same machine in "
                + "the same run. The baselines themselves carry no ratio.");
        notes.forEach(s::text);
        if (!failures.isEmpty()) {
            ObjectNode failed = s.json().putObject("failures");
            failures.forEach(failed::put);
            StringBuilder md = new StringBuilder("**Not measured:**\n");
            failures.forEach((what, why) -> md.append("\n- ").append(what).append(": `")
                    .append(why.lines().findFirst().orElse("")).append('`'));
            s.text(md.toString());
            throw new IllegalStateException("baselines not measured: " + String.join("; ", failures.keySet())
                    + " (" + String.join("; ", failures.values()) + ")");
        }
    }

    private void postgres(BenchContext ctx, Section s, List<Row> rows, List<String> notes) throws Exception {
        Path binary = PgBench.locate();
        int scale = ctx.quick() ? 1 : 10;
        Duration duration = Duration.ofSeconds(ctx.quick() ? 5 : 30);
        PgBench pgbench = new PgBench(binary, ctx.market().pgPort(), DATABASE);
        String version = pgbench.version(ctx.work());
        ObjectNode json = s.json().putObject("pgbench");
        json.put("binary", binary.toString());
        json.put("version", version);
        json.put("scale", scale);
        json.put("clients", CLIENTS);
        json.put("threads", THREADS);
        json.put("seconds", duration.toSeconds());
        Map<String, String> server = serverSettings(ctx);
        ObjectNode settings = json.putObject("server");
        server.forEach(settings::put);
        ctx.log("baselines: pgbench " + version + " against PostgreSQL " + server.get("server_version")
                + "; creating database " + DATABASE + ", scale " + scale);
        recreateDatabase(ctx);
        try {
            double initSeconds = pgbench.initialise(scale, ctx.work());
            json.put("initSeconds", initSeconds);
            ctx.log(String.format(Locale.ROOT, "baselines: pgbench -i -s %d took %.1f s", scale, initSeconds));

            PgBench.Result select = measure(ctx, pgbench, "select-only", List.of("-S"), duration, json);
            ctx.baselines().pgSelectOnlyTps = select.summary().tps();
            ctx.baselines().pgSelectOnlyLatencyMs = select.summary().latencyMs();
            PgBench.Result mix = measure(ctx, pgbench, "read-write (TPC-B-like)", List.of(), duration, json);
            ctx.baselines().pgReadWriteTps = mix.summary().tps();
            ctx.baselines().pgReadWriteLatencyMs = mix.summary().latencyMs();

            for (PgBench.Result r : List.of(select, mix)) {
                String setting = "`" + r.command() + "`, scale " + scale;
                rows.add(new Row("PostgreSQL " + r.label() + ": throughput", r.summary().tps(), "tps", setting
                        + " (tps without initial connection time)"));
                rows.add(new Row("PostgreSQL " + r.label() + ": mean latency", r.summary().latencyMs(), "ms",
                        setting + " (pgbench's latency average)"));
                rows.add(new Row("PostgreSQL " + r.label() + ": p50 latency", r.p50Ms(), "ms",
                        setting + " (per-transaction log)"));
                rows.add(new Row("PostgreSQL " + r.label() + ": p99 latency", r.p99Ms(), "ms",
                        setting + " (per-transaction log)"));
            }
            notes.add(String.format(Locale.ROOT, "PostgreSQL: %s against the market's PostgreSQL %s "
                    + "(`127.0.0.1:%d`, superuser `postgres`, database `%s` created for this and dropped after; "
                    + "synchronous_commit=%s, fsync=%s, shared_buffers=%s). pgbench runs as a process of its own "
                    + "with %d threads driving %d connections, so it shares the machine's %d cores with PostgreSQL: "
                    + "these are the figures of the whole machine, not of PostgreSQL alone. `pgbench -i -s %d` took "
                    + "%.1f s. The percentiles come from pgbench's per-transaction log (`-l`, every transaction; "
                    + "%s and %s transactions logged); its mean latency is pgbench's own (clients × duration / "
                    + "transactions). Machine during select-only: %s; during read-write: %s.",
                    version, server.get("server_version"), ctx.market().pgPort(), DATABASE,
                    server.get("synchronous_commit"), server.get("fsync"), server.get("shared_buffers"), THREADS,
                    CLIENTS, Runtime.getRuntime().availableProcessors(), scale, initSeconds,
                    Fmt.count(select.micros().getTotalCount()), Fmt.count(mix.micros().getTotalCount()),
                    json.path("select-only").path("cpu").asText(), json.path("read-write (TPC-B-like)")
                            .path("cpu").asText()));
        } finally {
            dropDatabase(ctx);
        }
    }

    private PgBench.Result measure(BenchContext ctx, PgBench pgbench, String label, List<String> options,
            Duration duration, ObjectNode json) throws Exception {
        ctx.log("baselines: pgbench " + label + " for " + duration.toSeconds() + " s");
        CpuStat before = CpuStat.now();
        PgBench.Result r = pgbench.run(label, options, CLIENTS, THREADS, duration, ctx.work());
        String cpu = CpuStat.now().since(before);
        ObjectNode node = json.putObject(label);
        node.put("command", r.command());
        Section.putNumber(node, "tps", r.summary().tps());
        Section.putNumber(node, "latencyMs", r.summary().latencyMs());
        Section.putNumber(node, "p50Ms", r.p50Ms());
        Section.putNumber(node, "p99Ms", r.p99Ms());
        Section.putNumber(node, "p999Ms", r.p999Ms());
        Section.putNumber(node, "maxMs", r.maxMs());
        Section.putNumber(node, "initialConnectionMs", r.summary().connectMs());
        node.put("transactions", r.summary().transactions());
        node.put("failedTransactions", r.summary().failed());
        node.put("loggedTransactions", r.micros().getTotalCount());
        node.put("cpu", cpu);
        r.summary().serverVersion().ifPresent(v -> node.put("serverVersion", v));
        if (!r.logComplete()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "pgbench %s counted %d transactions but "
                    + "its log holds %d (and %d not completed): the percentiles would not be the run's", label,
                    r.summary().transactions(), r.micros().getTotalCount(), r.failedInLog()));
        }
        if (r.summary().failed() > 0) {
            throw new IllegalStateException("pgbench " + label + ": " + r.summary().failed()
                    + " transactions failed");
        }
        ctx.log(String.format(Locale.ROOT, "baselines: pgbench %s: %.0f tps, mean %.2f ms, p50 %.2f ms, "
                + "p99 %.2f ms (%s)", label, r.summary().tps(), r.summary().latencyMs(), r.p50Ms(), r.p99Ms(), cpu));
        return r;
    }

    private static Map<String, String> serverSettings(BenchContext ctx) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = ctx.market().connectAsSuperuser("postgres"); Statement st = c.createStatement()) {
            for (String name : List.of("server_version", "synchronous_commit", "fsync", "shared_buffers",
                    "max_connections")) {
                try (ResultSet rs = st.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    /** The bench's own database: a leftover of an interrupted run is dropped first. */
    private static void recreateDatabase(BenchContext ctx) throws SQLException {
        try (Connection c = ctx.market().connectAsSuperuser("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void dropDatabase(BenchContext ctx) {
        try (Connection c = ctx.market().connectAsSuperuser("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException e) {
            ctx.log("baselines: could not drop database " + DATABASE + ": " + e.getMessage());
        }
    }

    private void kafka(BenchContext ctx, Section s, List<Row> rows, List<String> notes) throws Exception {
        boolean quick = ctx.quick();
        Duration warmup = Duration.ofSeconds(quick ? 1 : 3);
        Duration measure = Duration.ofSeconds(quick ? 5 : 30);
        int serialWarmup = quick ? 20 : 50;
        int serialRecords = quick ? 300 : 2_000;
        Duration serialMax = Duration.ofSeconds(quick ? 10 : 20);
        ObjectNode json = s.json().putObject("kafka");
        try (Topics topics = new Topics(ctx.market().kafkaBootstrap());
                KafkaBaseline kafka = new KafkaBaseline(ctx.market().kafkaBootstrap(), TOPIC, ctx.options().seed())) {
            int partitions = topics.servicePartitions(FALLBACK_PARTITIONS);
            json.put("clientVersion", KafkaBaseline.clientVersion());
            json.put("bootstrap", ctx.market().kafkaBootstrap());
            json.put("topic", TOPIC);
            json.put("partitions", partitions);
            json.put("recordBytes", KafkaBaseline.RECORD_BYTES);
            var settings = json.putArray("producerSettings");
            KafkaBaseline.PRODUCER_SETTINGS.forEach(settings::add);
            topics.recreate(TOPIC, partitions);
            try {
                ctx.log("baselines: kafka producer for " + warmup.toSeconds() + " + " + measure.toSeconds() + " s on "
                        + TOPIC + " (" + partitions + " partitions)");
                CpuStat before = CpuStat.now();
                KafkaBaseline.Produced produced = kafka.produce(warmup, measure, MAX_PRODUCED);
                String produceCpu = CpuStat.now().since(before);
                ObjectNode p = json.putObject("produce");
                p.put("sent", produced.sent());
                p.put("acknowledged", produced.acknowledged());
                p.put("windowSeconds", produced.windowSeconds());
                p.put("recordsPerSecond", produced.recordsPerSecond());
                p.put("mibPerSecond", produced.mibPerSecond());
                p.put("cpu", produceCpu);
                ctx.baselines().kafkaProduceRecordsPerSecond = produced.recordsPerSecond();
                ctx.baselines().kafkaProduceMBPerSecond = produced.mibPerSecond();
                ctx.log(String.format(Locale.ROOT, "baselines: kafka produce %.0f records/s, %.1f MiB/s (%s)",
                        produced.recordsPerSecond(), produced.mibPerSecond(), produceCpu));

                before = CpuStat.now();
                KafkaBaseline.Consumed consumed = kafka.consume(produced.acknowledged());
                String consumeCpu = CpuStat.now().since(before);
                ObjectNode c = json.putObject("consume");
                c.put("records", consumed.records());
                c.put("bytes", consumed.bytes());
                c.put("seconds", consumed.seconds());
                c.put("recordsPerSecond", consumed.recordsPerSecond());
                c.put("mibPerSecond", consumed.mibPerSecond());
                c.put("cpu", consumeCpu);
                ctx.baselines().kafkaConsumeRecordsPerSecond = consumed.recordsPerSecond();
                ctx.baselines().kafkaConsumeMBPerSecond = consumed.mibPerSecond();
                ctx.log(String.format(Locale.ROOT, "baselines: kafka consume %.0f records/s, %.1f MiB/s (%s)",
                        consumed.recordsPerSecond(), consumed.mibPerSecond(), consumeCpu));

                before = CpuStat.now();
                LatencySummary serial = kafka.endToEnd(serialWarmup, serialRecords, serialMax);
                String serialCpu = CpuStat.now().since(before);
                s.phase(serial).put("cpu", serialCpu);
                ctx.baselines().kafkaEndToEndP50Ms = serial.p50();
                ctx.baselines().kafkaEndToEndP99Ms = serial.p99();
                ctx.log(String.format(Locale.ROOT, "baselines: kafka serial end-to-end over %d records: p50 %.2f ms, "
                        + "p99 %.2f ms (%s)", serial.count(), serial.p50(), serial.p99(), serialCpu));

                String producer = "kafka-clients " + KafkaBaseline.clientVersion() + ", relay's producer settings, "
                        + "1 KB records, " + partitions + " partitions";
                rows.add(new Row("Kafka produce: throughput", produced.recordsPerSecond(), "records/s",
                        producer + "; " + measure.toSeconds() + " s after " + warmup.toSeconds() + " s warm-up"));
                rows.add(new Row("Kafka produce: throughput", produced.mibPerSecond(), "MiB/s", "the same"));
                rows.add(new Row("Kafka consume: throughput", consumed.recordsPerSecond(), "records/s",
                        "one consumer assigned all partitions, from the beginning, over the "
                                + Fmt.count(consumed.records()) + " records produced"));
                rows.add(new Row("Kafka consume: throughput", consumed.mibPerSecond(), "MiB/s", "the same"));
                String serialSetting = "one record at a time, send (acks=all, linger 2 ms) until a consumer's poll "
                        + "returns it; " + Fmt.count(serial.count()) + " records after " + serialWarmup
                        + " unrecorded";
                rows.add(new Row("Kafka serial end-to-end: p50 latency", serial.p50(), "ms", serialSetting));
                rows.add(new Row("Kafka serial end-to-end: p99 latency", serial.p99(), "ms", serialSetting));
                notes.add(String.format(Locale.ROOT, "Kafka: kafka-clients %s against the market's broker (`%s`), "
                        + "topic `%s` created for this with %d partitions like the services' topics, and deleted "
                        + "after. The producer has the outbox relay's settings (`KafkaProducers.reliable`: %s); "
                        + "records are 1,024 bytes of seeded random bytes (incompressible, so lz4 gains nothing; the "
                        + "services' JSON events would compress) keyed by sequence number; MiB/s counts record "
                        + "values only. The serial latency includes the producer's 2 ms linger, as the relay's "
                        + "does; p99.9 %s ms, max %s ms. The producer, the consumer and the broker share the machine. "
                        + "Machine during produce: %s; consume: %s; serial: %s.",
                        KafkaBaseline.clientVersion(), ctx.market().kafkaBootstrap(), TOPIC, partitions,
                        String.join(", ", KafkaBaseline.PRODUCER_SETTINGS), Fmt.ms(serial.p999()),
                        Fmt.ms(serial.max()), produceCpu, consumeCpu, serialCpu));
            } finally {
                try {
                    topics.delete(TOPIC);
                } catch (Exception e) {
                    ctx.log("baselines: could not delete topic " + TOPIC + ": " + e);
                }
            }
        }
    }
}
