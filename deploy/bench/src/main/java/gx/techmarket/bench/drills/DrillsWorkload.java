package gx.techmarket.bench.drills;

import gx.techmarket.bench.BenchContext;
import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.Workload;
import gx.techmarket.bench.propagation.Backlogs;
import gx.techmarket.bench.propagation.Flow;
import gx.techmarket.bench.propagation.Reconciliation;
import gx.techmarket.bench.propagation.Registrations;
import gx.techmarket.bench.kafka.Topics;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.local.ScriptRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fault drills. Each runs a stream of registrations (registrations → entitlements, as in the propagation part),
 * breaks something in the middle of it, repairs it, waits until the stream's last entitlements are written and ends
 * with the reconciliation of the registry against the subsidy ledger, which must balance exactly:
 * <ol>
 * <li>{@code kill -9} the subsidy service mid-stream, restart it;</li>
 * <li>{@code kill -9} the registry at two random moments of the stream (between commit and publish when the relay
 * has committed rows it has not sent yet: the count is taken right after each kill), restart it each time;</li>
 * <li>stop the Kafka broker under load, start it again after a pause;</li>
 * <li>replay the registry's topic from offset 0 into the subsidy service (its consumer group rewound while it is
 * stopped): the ledger must not change.</li>
 * </ol>
 * The components are stopped and started with the launcher's own commands ({@code techmarket stop|start
 * <component>}); the kills are {@code SIGKILL} to the pid the launcher recorded.
 */
public final class DrillsWorkload extends Workload {

    private static final Duration DRAIN = Duration.ofMinutes(10);

    public DrillsWorkload() {
        super("drills", "Fault drills, each ending in a reconciliation");
    }

    /** One drill's row. */
    record Outcome(String drill, String what, long registered, long callErrors, String firstError, long answerLost,
            String recovery, Reconciliation.Result reconciliation, long deadLettered) {}

    @Override
    public void run(BenchContext ctx, Section s) throws Exception {
        // below what the market sustains: a drill shows what a fault does to a healthy stream, not to an overload
        double sustained = ctx.report().existing("propagation")
                .map(p -> p.json().path("highestSustainedPerSecond").asDouble(Double.NaN)).orElse(Double.NaN);
        double rate = ctx.options().drillRate().map(Integer::doubleValue)
                .orElse(sustained > 0 ? Math.max(5, Math.floor(sustained * 0.8)) : 20);
        Duration length = ctx.quick() ? Duration.ofSeconds(30) : Duration.ofSeconds(90);
        SplittableRandom random = new SplittableRandom(ctx.options().seed());
        List<Outcome> outcomes = new ArrayList<>();
        try (Registrations registrations = new Registrations(ctx, id())) {
            outcomes.add(killSubsidy(ctx, registrations, rate, length));
            outcomes.add(killRegistry(ctx, registrations, rate, length, random));
            outcomes.add(stopKafka(ctx, registrations, rate, length));
        }
        outcomes.add(replay(ctx));
        s.text(String.format(Locale.ROOT, "Each stream offers %s registrations/s for %d s (open model, the "
                + "registrar's API; 80 %% of the highest rate the propagation part sustained, or `--drill-rate`); "
                + "the faults come at the moments given. *Registered* counts the stream's contracts "
                + "the registry registered; *call errors* the register calls that failed (refused while a service "
                + "was down, or cut off by the kill); *answer lost* those among them that the registry had committed "
                + "all the same. *Recovery*: how long the repair took and how long after the stream the last "
                + "entitlement was written. The reconciliation covers every contract registered in the run so far.",
                Fmt.rate(rate), length.toSeconds()));
        Section.Table t = s.table("drill", "what happened", "registered", "call errors", "answer lost", "recovery",
                "reconciliation");
        for (Outcome o : outcomes) {
            boolean ok = o.reconciliation().balanced() && o.deadLettered() == 0;
            t.row(o.drill(), o.what(), Fmt.count(o.registered()), Fmt.count(o.callErrors()), Fmt.count(o.answerLost()),
                    o.recovery(), ok ? "balanced: " + Fmt.count(o.reconciliation().registered()) + " contracts, "
                            + Fmt.count(o.reconciliation().actual().values().stream()
                                    .mapToLong(Reconciliation.Totals::count).sum()) + " entitlements"
                            : "**NOT BALANCED** (" + o.reconciliation().differenceCount() + " differences, "
                                    + o.deadLettered() + " dead-lettered)");
            var node = s.json().withArray("drills").addObject();
            node.put("drill", o.drill());
            node.put("what", o.what());
            node.put("registered", o.registered());
            node.put("callErrors", o.callErrors());
            if (o.firstError() != null) {
                node.put("firstCallError", o.firstError());
            }
            node.put("answerLost", o.answerLost());
            node.put("recovery", o.recovery());
            node.put("balanced", ok);
        }
        StringBuilder errors = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.firstError() != null) {
                errors.append("\n- ").append(o.drill()).append(": `").append(o.firstError()).append('`');
            }
        }
        if (!errors.isEmpty()) {
            s.text("First failed register call of each drill:" + errors);
        }
        for (Outcome o : outcomes) {
            Reconciliation.report(s, "after “" + o.drill() + "”", o.reconciliation());
        }
    }

    // ------------------------------------------------------------------------------------------------ the drills

    private Outcome killSubsidy(BenchContext ctx, Registrations registrations, double rate, Duration length)
            throws Exception {
        String drill = "kill -9 subsidy";
        ctx.log(drill);
        Stream stream = Stream.start(registrations, drill, rate, length);
        Thread.sleep(length.toMillis() / 3);
        long pid = ctx.market().pid("subsidy");
        kill(pid);
        double killedAt = stream.seconds();
        Thread.sleep(5_000);
        ScriptRun start = ctx.market().scriptOrFail("start", "subsidy");
        double readyAt = stream.seconds();
        Registrations.Phase phase = stream.finish();
        return settle(ctx, drill, String.format(Locale.ROOT, "SIGKILL to subsidy (pid %d) at %.0f s; "
                + "`techmarket start subsidy` at %.0f s, ready after %.1f s", pid, killedAt, readyAt - start.seconds(),
                start.seconds()), phase, stream);
    }

    private Outcome killRegistry(BenchContext ctx, Registrations registrations, double rate, Duration length,
            SplittableRandom random) throws Exception {
        String drill = "kill -9 registry (twice)";
        ctx.log(drill);
        Stream stream = Stream.start(registrations, drill, rate, length);
        List<String> what = new ArrayList<>();
        long lengthMs = length.toMillis();
        long[] at = {(long) (lengthMs * (0.15 + 0.2 * random.nextDouble())),
                (long) (lengthMs * (0.5 + 0.2 * random.nextDouble()))};
        for (long moment : at) {
            long wait = moment - stream.millis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long pid = ctx.market().pid("registry");
            kill(pid);
            double killedAt = stream.seconds();
            long unpublished = Backlogs.unpublished(ctx.market());
            ScriptRun start = ctx.market().scriptOrFail("start", "registry");
            what.add(String.format(Locale.ROOT, "SIGKILL at %.1f s with %d committed events not yet published; "
                    + "restarted, ready after %.1f s", killedAt, unpublished, start.seconds()));
        }
        Registrations.Phase phase = stream.finish();
        return settle(ctx, drill, String.join("; ", what), phase, stream);
    }

    private Outcome stopKafka(BenchContext ctx, Registrations registrations, double rate, Duration length)
            throws Exception {
        String drill = "stop and restart Kafka";
        ctx.log(drill);
        Duration pause = ctx.quick() ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
        Stream stream = Stream.start(registrations, drill, rate, length);
        Thread.sleep(length.toMillis() / 4);
        ScriptRun stop = ctx.market().scriptOrFail("stop", "kafka");
        double stoppedAt = stream.seconds();
        Thread.sleep(pause.toMillis());
        long unpublished = Backlogs.unpublished(ctx.market());
        ScriptRun start = ctx.market().scriptOrFail("start", "kafka");
        double startedAt = stream.seconds();
        Registrations.Phase phase = stream.finish();
        return settle(ctx, drill, String.format(Locale.ROOT, "`techmarket stop kafka` at %.0f s (took %.1f s); %d "
                + "committed events waiting in the registry's outbox after %d s; `techmarket start kafka` at %.0f s "
                + "(took %.1f s)", stoppedAt, stop.seconds(), unpublished, pause.toSeconds(), startedAt,
                start.seconds()), phase, stream);
    }

    private Outcome replay(BenchContext ctx) throws Exception {
        String drill = "replay registry.contracts.v1 from offset 0";
        ctx.log(drill);
        String before = LedgerSnapshot.take(ctx.market());
        ScriptRun stop = ctx.market().scriptOrFail("stop", "subsidy");
        long records;
        long t0;
        Optional<Duration> caughtUp = Optional.empty();
        try (Topics topics = new Topics(ctx.market().kafkaBootstrap())) {
            records = topics.rewind(Backlogs.SUBSIDY_GROUP, Backlogs.CONTRACTS);
            long lagAfterRewind = topics.lag(Backlogs.SUBSIDY_GROUP, Backlogs.CONTRACTS);
            ScriptRun start = ctx.market().scriptOrFail("start", "subsidy");
            t0 = System.nanoTime();
            long until = t0 + DRAIN.toNanos();
            while (System.nanoTime() < until) {
                if (topics.lag(Backlogs.SUBSIDY_GROUP, Backlogs.CONTRACTS) == 0) {
                    caughtUp = Optional.of(Duration.ofNanos(System.nanoTime() - t0));
                    break;
                }
                Thread.sleep(500);
            }
            long duplicates = duplicatesCounted(ctx.market());
            String after = LedgerSnapshot.take(ctx.market());
            boolean same = before.equals(after);
            long dlq = topics.records(Backlogs.CONTRACTS_DLQ);
            Reconciliation.Result r = Reconciliation.run(ctx.market(), dlq);
            if (!same) {
                r = r.withDifference("the ledger changed during the replay: before " + before + ", after " + after);
            }
            String what = String.format(Locale.ROOT, "subsidy stopped (%.1f s), its group rewound to offset 0 "
                    + "(lag %d of %d records), started (%.1f s); it re-read everything and counted %d duplicates; "
                    + "ledger %s (%s)", stop.seconds(), lagAfterRewind, records, start.seconds(), duplicates,
                    same ? "unchanged" : "**CHANGED**", after);
            return new Outcome(drill, what, r.registered(), 0, null, 0, caughtUp.map(d -> String.format(Locale.ROOT,
                    "lag 0 after %.1f s (%.0f records/s)", d.toMillis() / 1000.0,
                    records / Math.max(0.001, d.toMillis() / 1000.0))).orElse("lag not 0 after " + DRAIN.toMinutes()
                    + " min"), r, dlq);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Waits for the stream's entitlements, then reconciles. */
    private Outcome settle(BenchContext ctx, String drill, String what, Registrations.Phase phase, Stream stream)
            throws Exception {
        Optional<Duration> drain = Flow.drain(ctx.market(), phase.all(), DRAIN);
        long registered = Flow.backlog(ctx.market(), phase.all()).registered();
        long lost = answerLost(ctx.market(), phase);
        long dlq;
        try (Topics topics = new Topics(ctx.market().kafkaBootstrap())) {
            dlq = topics.records(Backlogs.CONTRACTS_DLQ);
        }
        Reconciliation.Result r = Reconciliation.run(ctx.market(), dlq);
        String recovery = drain.map(d -> String.format(Locale.ROOT, "last entitlement %.1f s after the stream",
                d.toMillis() / 1000.0)).orElse("entitlements still missing " + DRAIN.toMinutes() + " min after");
        ctx.log(drill + ": " + what + "; " + recovery + "; " + (r.balanced() && dlq == 0 ? "balanced" : "NOT BALANCED"));
        return new Outcome(drill, what, registered, phase.http().errors(), phase.http().firstError(), lost, recovery,
                r, dlq);
    }

    /** Contracts whose register call failed but which the registry registered (committed, answer lost). */
    private static long answerLost(MarketHandle market, Registrations.Phase phase) throws SQLException {
        if (phase.failed().isEmpty()) {
            return 0;
        }
        try (Connection c = market.connectAsSuperuser("registry");
                PreparedStatement s = c.prepareStatement("select count(*) from contract where id = any(?) "
                        + "and status = 'REGISTERED'")) {
            s.setArray(1, c.createArrayOf("uuid", phase.failed().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The subsidy service's count of events its inbox recognised as already processed (since it started). */
    private static long duplicatesCounted(MarketHandle market) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(market.url("subsidy") + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("techmarket_inbox_duplicates_total")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(sum);
    }

    private static void kill(long pid) throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no process " + pid + " to kill"));
        process.destroyForcibly(); // SIGKILL
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            Thread.sleep(50);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("process " + pid + " survived SIGKILL for 5 s");
        }
    }

    /** A registration stream running in the background while the drill acts. */
    private static final class Stream {
        private final ExecutorService runner;
        private final Future<Registrations.Phase> phase;
        private final long t0 = System.nanoTime();

        private Stream(ExecutorService runner, Future<Registrations.Phase> phase) {
            this.runner = runner;
            this.phase = phase;
        }

        static Stream start(Registrations registrations, String label, double rate, Duration length) {
            ExecutorService runner = Executors.newSingleThreadExecutor();
            return new Stream(runner, runner.submit(() -> registrations.run(label, rate, Duration.ofMillis(1),
                    length)));
        }

        double seconds() {
            return (System.nanoTime() - t0) / 1e9;
        }

        long millis() {
            return (System.nanoTime() - t0) / 1_000_000;
        }

        Registrations.Phase finish() throws Exception {
            try {
                return phase.get();
            } finally {
                runner.shutdownNow();
            }
        }
    }
}
