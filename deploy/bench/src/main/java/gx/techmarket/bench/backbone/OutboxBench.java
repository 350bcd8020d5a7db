package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.OutboxRelay;
import gx.techmarket.bench.CpuUsage;
import gx.techmarket.bench.Options;
import gx.techmarket.bench.kafka.KafkaBaseline;
import gx.techmarket.bench.kafka.Topics;
import gx.techmarket.bench.load.BacklogTrend;
import gx.techmarket.bench.load.RateSchedule;
import gx.techmarket.bench.load.Ticker;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.platform.messaging.MessagingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backbone part itself, run by Quarkus once the application (datasource, Flyway, outbox relay, Kafka consumer)
 * is up. For each rate: the raw Kafka path, then the outbox path, each a warm-up and a measured window on the
 * harness's open-model schedule ({@link RateSchedule}), then a drain until every event is done, the checks of the
 * effects (exactly once, per-aggregate order), then a pause. Then the sustained run: the outbox path at
 * {@code --event-sustain-rate} for {@code --sustain}, its backlog sampled every 5 s and judged by
 * {@link BacklogTrend}. The outcome goes back to {@link Backbone}, which writes the report's section.
 */
@ApplicationScoped
public class OutboxBench implements QuarkusApplication {

    private static final long SETTLE_MILLIS = 2_000;
    private static final int JIT_WARMUP_RATE = 250;

    @Inject
    PingWriter writer;

    @Inject
    Probe probe;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessagingConfig messaging;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @ConfigProperty(name = "mp.messaging.incoming.pings.concurrency", defaultValue = "1")
    int consumerThreads;

    private Options options;
    private String invocation;
    private long postmasterPid = -1;
    private int phaseNumber;
    private int phaseCount;
    private Topics topics;

    /** Thrown where the bench notices Ctrl-C: the run ends without results. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    @Override
    public int run(String... args) throws Exception {
        try {
            return measure();
        } catch (RuntimeException | InterruptedException e) {
            if (Backbone.stopping()) {
                System.out.println("bench: stopped; no results written");
                return 130;
            }
            throw e;
        }
    }

    private int measure() throws Exception {
        options = Backbone.options();
        invocation = UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now();
        Map<String, String> machine = Environment.machine();
        Map<String, String> versions = Environment.versions(dataSource);
        Map<String, String> settings = settings();
        postmasterPid = postmasterPid();
        boolean outboxToo = options.paths().contains(Phase.Path.OUTBOX);
        boolean sustainToo = outboxToo && options.eventSustainRate() > 0;
        phaseCount = options.eventRates().size() * options.paths().size() + (sustainToo ? 1 : 0);
        double load = CpuUsage.loadAverage();
        if (load > Runtime.getRuntime().availableProcessors() / 2.0) {
            System.out.printf(Locale.ROOT, "bench: WARNING: load average %.2f at start: something else is using the "
                    + "CPU; the results will show it in the 'other' CPU column%n", load);
        }
        long perPhase = options.warmup().plus(options.measure()).toSeconds() + SETTLE_MILLIS / 1000;
        long minutes = Math.round((options.eventRates().size() * options.paths().size() * perPhase
                + (sustainToo ? options.sustain().toSeconds() : 0)) / 60.0);
        System.out.printf(Locale.ROOT, "bench: backbone: %d phases, about %d min; rates %s/s%s%n", phaseCount,
                Math.max(1, minutes), options.eventRates(), sustainToo ? ", then " + options.eventSustainRate()
                        + "/s for " + options.sustain().toSeconds() + " s" : "");

        List<PhaseResult> results = new ArrayList<>();
        Sustained sustained = null;
        ExecutorService writers = Executors.newFixedThreadPool(options.writers(), daemonThreads("bench-writer"));
        boolean baselineToo = options.paths().contains(Phase.Path.BASELINE);
        try (BaselinePath baseline = baselineToo ? new BaselinePath(bootstrapServers, options.aggregates()) : null;
                Topics topics = new Topics(bootstrapServers)) {
            this.topics = topics;
            if (outboxToo) {
                prime(writers);
            }
            if (!options.jitWarmup().isZero()) {
                jitWarmup(writers, baseline);
            }
            for (int rate : options.eventRates()) {
                if (baseline != null) {
                    results.add(printed(runBaseline(baseline, rate)));
                    settle();
                }
                if (outboxToo) {
                    results.add(printed(runOutbox(writers, rate)));
                    settle();
                }
            }
            if (sustainToo) {
                sustained = sustain(writers, options.eventSustainRate());
            }
        } finally {
            writers.shutdownNow();
        }

        if (Backbone.stopping()) {
            throw new Stopped();
        }
        Backbone.deliver(new Backbone.Outcome(started.toString(), Instant.now().toString(), machine, versions,
                settings, results, sustained));
        return 0;
    }

    /** One event through the whole outbox path before anything is timed: the consumer has its partitions. */
    private void prime(ExecutorService writers) throws InterruptedException {
        Phase primer = new Phase(Phase.Path.OUTBOX, invocation + "-prime", new RateSchedule(1, 0, 1));
        probe.begin(primer);
        primer.start(System.nanoTime());
        writers.execute(() -> write(primer, 0));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!primer.drained() && System.nanoTime() < deadline) {
            stopIfAsked();
            Thread.sleep(20);
        }
        probe.end(primer);
        if (!primer.drained() || primer.errors() > 0) {
            throw new IllegalStateException("the outbox path did not deliver a first event within 120 s");
        }
    }

    /** Both paths, unmeasured, before the first phase: the JIT compiles the hot code before anything counts. */
    private void jitWarmup(ExecutorService writers, BaselinePath baseline) throws Exception {
        RateSchedule s = RateSchedule.of(JIT_WARMUP_RATE, Duration.ZERO, options.jitWarmup());
        System.out.printf(Locale.ROOT, "bench: JIT warm-up: %d s of each path at %d/s, not measured ...%n",
                options.jitWarmup().toSeconds(), JIT_WARMUP_RATE);
        if (baseline != null) {
            runBaseline(baseline, new Phase(Phase.Path.BASELINE, invocation + "-jit-baseline", s));
            settle();
        }
        if (options.paths().contains(Phase.Path.OUTBOX)) {
            runOutbox(writers, new Phase(Phase.Path.OUTBOX, invocation + "-jit-outbox", s), false);
            settle();
        }
    }

    private PhaseResult runOutbox(ExecutorService writers, int rate) throws Exception {
        Phase phase = new Phase(Phase.Path.OUTBOX, invocation + "-outbox-" + rate, schedule(rate));
        announce(phase);
        return runOutbox(writers, phase, false).result();
    }

    /** The outcome of one outbox phase, with the backlog's trend when it was sampled (the sustained run). */
    private record Fired(PhaseResult result, BacklogTrend trend) {}

    private Fired runOutbox(ExecutorService writers, Phase phase, boolean sampleBacklog) throws Exception {
        probe.begin(phase);
        try {
            long dlqBefore = topics.records(Pinged.DLQ);
            Timing t = fire(phase, seq -> writers.execute(() -> write(phase, seq)), sampleBacklog);
            long[] backlog = outboxBacklog();
            double drain = drain(phase);
            EffectChecks checks = EffectChecks.load(dataSource, phase.run(), topics.records(Pinged.DLQ) - dlqBefore);
            return new Fired(phase.summarize(new Phase.Samples(backlog[0], backlog[1], t.cpu(), drain, checks)),
                    t.trend());
        } finally {
            probe.end(phase);
        }
    }

    private void write(Phase phase, long seq) {
        try {
            writer.write(Pinged.of(phase.run(), seq, options.aggregates(), phase.intendedNanos(seq)));
            phase.written(seq, System.nanoTime()); // QuarkusTransaction returned: committed
        } catch (RuntimeException e) {
            phase.failed(e);
        }
    }

    private PhaseResult runBaseline(BaselinePath baseline, int rate) throws Exception {
        Phase phase = new Phase(Phase.Path.BASELINE, invocation + "-baseline-" + rate, schedule(rate));
        announce(phase);
        return runBaseline(baseline, phase);
    }

    private PhaseResult runBaseline(BaselinePath baseline, Phase phase) throws Exception {
        try (KafkaBaseline.Receiver receiver = baseline.receive(phase)) {
            Timing t = fire(phase, seq -> baseline.send(phase, seq), false);
            double drain = drain(phase);
            return phase.summarize(new Phase.Samples(null, null, t.cpu(), drain, null));
        }
    }

    /** The CPU over a phase's measured window, and the backlog's trend if it was sampled. */
    private record Timing(CpuUsage cpu, BacklogTrend trend) {}

    /**
     * Fires the phase's schedule ({@code send} for each event at its due time) and returns at the end of its
     * window. With {@code sampleBacklog} the schedule runs on a thread of its own while this one samples the
     * backlog (events due and not yet done) every 5 s.
     */
    private Timing fire(Phase phase, java.util.function.LongConsumer send, boolean sampleBacklog) throws Exception {
        CpuUsage.Sample[] cpuStart = new CpuUsage.Sample[1];
        long start = System.nanoTime() + 10_000_000;
        phase.start(start);
        Runnable schedule = () -> phase.schedule().run(Ticker.SYSTEM, start, seq -> {
            if (seq == phase.schedule().warmupEvents()) {
                cpuStart[0] = CpuUsage.sample(postmasterPid);
            }
            stopIfAsked();
            send.accept(seq);
        });
        BacklogTrend trend = null;
        if (sampleBacklog) {
            ExecutorService scheduler = Executors.newSingleThreadExecutor(daemonThreads("bench-schedule"));
            try {
                Future<?> running = scheduler.submit(schedule);
                trend = BacklogTrend.sample(running, Duration.ofSeconds(5),
                        Duration.ofNanos(phase.schedule().windowEndNanos()), () -> phase.backlog(System.nanoTime()));
                running.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // the schedule's own failure (Stopped on Ctrl-C), as if it had run on this thread
                throw e.getCause() instanceof RuntimeException r ? r : e;
            } finally {
                scheduler.shutdownNow();
            }
        } else {
            schedule.run();
        }
        Ticker.SYSTEM.sleepUntil(phase.windowEndNanos());
        return new Timing(CpuUsage.between(cpuStart[0], CpuUsage.sample(postmasterPid)), trend);
    }

    /** The outcome of the sustained run: the phase, its backlog's trend, and whether it counts as sustained. */
    record Sustained(int rate, PhaseResult result, BacklogTrend trend) {
        boolean sustained() {
            return result.throughput() >= 0.95 * rate && result.errors() <= 0.01 * Math.max(1, result.measuredEvents())
                    && trend.steady(rate) && result.checks() != null && result.checks().clean();
        }
    }

    /** The outbox path at {@code rate} for {@code --sustain}, all of it measured, the backlog sampled. */
    private Sustained sustain(ExecutorService writers, int rate) throws Exception {
        Phase phase = new Phase(Phase.Path.OUTBOX, invocation + "-sustained-" + rate,
                RateSchedule.of(rate, Duration.ZERO, options.sustain()));
        phaseNumber++;
        System.out.printf(Locale.ROOT, "bench: [%d/%d] sustained: %s at %d/s for %d s, backlog every 5 s ...%n",
                phaseNumber, phaseCount, phase.path().label, rate, options.sustain().toSeconds());
        Fired fired = runOutbox(writers, phase, true);
        Sustained s = new Sustained(rate, printed(fired.result()), fired.trend());
        System.out.printf(Locale.ROOT, "bench:       backlog %d → %d (trend %+.2f/s, max %d): %s%n",
                s.trend().afterFirstFifth(), s.trend().atEnd(), s.trend().slope(), s.trend().max(),
                s.sustained() ? "sustained" : "NOT sustained");
        return s;
    }

    private RateSchedule schedule(int rate) {
        return RateSchedule.of(rate, options.warmup(), options.measure());
    }

    private void announce(Phase phase) {
        phaseNumber++;
        System.out.printf(Locale.ROOT, "bench: [%d/%d] %s at %s/s: %d s warm-up, %d s measured ...%n", phaseNumber,
                phaseCount, phase.path().label, Fmt.rate(phase.schedule().ratePerSecond()),
                options.warmup().toSeconds(), options.measure().toSeconds());
    }

    private static PhaseResult printed(PhaseResult r) {
        EffectChecks c = r.checks();
        System.out.printf(Locale.ROOT, "bench:       handled %s/s; p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%s%s%s%n",
                Fmt.rate(r.throughput()), Fmt.ms(r.latency().p50()), Fmt.ms(r.latency().p99()),
                Fmt.ms(r.latency().p999()), Fmt.ms(r.latency().max()),
                r.unfinished() > 0 ? "; " + r.unfinished() + " NOT DONE" : "",
                r.errors() > 0 ? "; " + r.errors() + " errors (" + r.firstError() + ")" : "",
                c == null ? "" : c.clean() ? "; effects once and in order" : "; EFFECTS WRONG: " + c);
        return r;
    }

    /** Waits until every event of the phase is done, progress stops for a minute, or the drain timeout passes. */
    private double drain(Phase phase) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + options.drainTimeout().toNanos();
        long lastProgress = begin;
        long lastCount = -1;
        long nextReport = begin + Duration.ofSeconds(10).toNanos();
        while (!phase.drained()) {
            stopIfAsked();
            long now = System.nanoTime();
            long count = phase.writtenCount() + phase.doneCount() + phase.errors();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = now;
            }
            if (now - deadline > 0 || now - lastProgress > Duration.ofSeconds(60).toNanos()) {
                System.out.printf(Locale.ROOT, "bench:       gave up draining after %.0f s%n", (now - begin) / 1e9);
                break;
            }
            if (now - nextReport > 0) {
                System.out.printf(Locale.ROOT, "bench:       draining: %d of %d done%n", phase.doneCount(),
                        phase.schedule().totalEvents());
                nextReport = now + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Committed outbox rows the relay has not published yet, and the age of the oldest in ms (the relay's query). */
    private long[] outboxBacklog() throws SQLException {
        OutboxRelay.Backlog backlog = OutboxRelay.backlog(dataSource);
        return new long[] {backlog.rows(), Math.max(0, backlog.oldestAge().toMillis())};
    }

    /** The PostgreSQL server's main process, if it runs on this machine (for the CPU split); -1 if not. */
    private long postmasterPid() {
        try {
            long backend = Long.parseLong(Environment.query(dataSource, "select pg_backend_pid()"));
            return CpuUsage.parentOf(backend);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void stopIfAsked() {
        if (Backbone.stopping()) {
            throw new Stopped();
        }
    }

    /** Between phases: let the previous one's garbage go and the machine calm down. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
    }

    private Map<String, String> settings() throws Exception {
        Map<String, Integer> partitions;
        try (Topics t = new Topics(bootstrapServers)) {
            partitions = t.partitions(Infrastructure.TOPICS);
        }
        MessagingConfig.Relay relay = messaging.relay();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("rates", options.eventRates() + " events/s, each with " + options.warmup().toSeconds()
                + " s warm-up and " + options.measure().toSeconds() + " s measured, per path"
                + (options.quick() ? " (--quick)" : ""));
        s.put("sustained run", options.eventSustainRate() == 0 ? "none" : "the outbox path at "
                + options.eventSustainRate() + " events/s for " + options.sustain().toSeconds()
                + " s, all measured; backlog (events due and not yet handled) every 5 s");
        s.put("schedule", "open model: event i is due at start + i/rate, latency counts from the due time; "
                + "between phases a drain, a GC and a " + SETTLE_MILLIS / 1000 + " s pause; before the first, "
                + (options.jitWarmup().isZero() ? "no JIT warm-up" : options.jitWarmup().toSeconds()
                        + " s of each path at " + JIT_WARMUP_RATE + "/s, not measured (JIT warm-up)"));
        s.put("outbox writers", options.writers() + " threads, one JTA transaction per event: insert a bench_ping row "
                + "+ Outbox.publish (schema validation, outbox insert with its per-aggregate advisory lock); "
                + "events round-robin over " + options.aggregates() + " aggregates (several events each, order checked)");
        s.put("datasource pool", poolSize + " connections (Agroal)");
        s.put("relay", "OutboxRelayRunner as in a service: 1 thread, batch " + relay.batchSize()
                + ", one pass over the 16 buckets, woken in process after each commit with events (poll "
                + relay.pollInterval().toMillis() + " ms)");
        s.put("inbox", "@Incoming batch channel on " + Pinged.TOPIC + " -> Inbox.process (schema validation, inbox rows and "
                + "the effect row in one transaction), " + consumerThreads
                + " consumer thread(s) (channel concurrency), consumer group bench");
        s.put("baseline", "KafkaProducers.reliable (the relay's producer) -> a plain KafkaConsumer (assigned, no "
                + "group) on " + BaselinePath.TOPIC
                + "; same key, JSON value and CloudEvents headers as the relay sends");
        s.put("producer (relay and baseline)", "acks=all, enable.idempotence=true, max.in.flight=5, linger.ms=2, lz4");
        s.put("topics", partitions.toString());
        s.put("PostgreSQL", System.getProperty("bench.postgres.where", "?") + "; fsync="
                + Environment.query(dataSource, "show fsync") + ", synchronous_commit="
                + Environment.query(dataSource, "show synchronous_commit") + ", shared_buffers="
                + Environment.query(dataSource, "show shared_buffers"));
        s.put("Kafka", System.getProperty("bench.kafka.where", "?"));
        return s;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
