package gx.techmarket.bench.bids;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.BenchContext;
import gx.techmarket.bench.Baselines;
import gx.techmarket.bench.Workload;
import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.load.Load;
import gx.techmarket.bench.load.Op;
import gx.techmarket.bench.load.Ramp;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Commands: 揭榜 bid submission ({@code POST /challenges/{id}/bids}) through the real API with real tokens, at its
 * peak (closed loop) and then at 25, 50 and 75 % of it (open model); and, because a bid writes no outbox row (the
 * service publishes no bid event), the demand approval ({@code POST /demands/{id}/approve}), one transaction that
 * publishes and writes {@code DemandPublished} to the outbox, at its peak and at 50 % of it. Every operation is a
 * legitimate new command (a new (challenge, organisation) pair, a demand still awaiting review); afterwards the
 * databases must hold exactly the successes counted.
 */
public final class BidWorkload extends Workload {

    /** The demander of every challenge (no parent, no subsidiary among the bidders). */
    static final String DEMANDER = "ent.baise";
    /** The operator of its sub-market, 百色 (451000): approves its demands, creates and publishes its challenges. */
    static final String OPERATOR = "admin.baise";
    static final String REGION = "451000";
    /** Every demo user who may bid on ent.baise's challenges: universities and enterprises without a conflict. */
    static final List<String> BIDDERS = List.of("uni.gxu", "uni.guet", "ent.gxsugar", "ent.guilinsugar",
            "ent.liuzhou");
    /**
     * The client counts of the commands' peak ramps ({@link Ramp}): one closed loop would measure its own client
     * count (each client waits for a durable commit), so the ramp adds clients until the throughput stops growing.
     */
    static final List<Integer> COMMAND_RAMP = List.of(16, 32, 64, 128, 256);
    /** Fixtures are made for a peak of at most this many commands per second; beyond, the peak shows errors. */
    static final int PEAK_FIXTURES_PER_SECOND = 1_000;
    static final double[] BID_FRACTIONS = {0.25, 0.50, 0.75};
    static final String BID_SERIES = "bid submission";
    static final String APPROVAL_SERIES = "demand approval (outbox)";
    private static final Duration SETTLE = Duration.ofMinutes(2);

    public BidWorkload() {
        super("bids", "Commands: 揭榜 bid submission, and demand approval (outbox)");
    }

    @Override
    public void run(BenchContext ctx, Section s) throws Exception {
        Baselines base = ctx.baselines();
        String tag = "bids-" + ctx.report().runId();
        Fixtures fx = new Fixtures(ctx.market(), ctx.http(), ctx.options().seed(), tag);
        Logins logins = new Logins(ctx.market());
        Duration warmup = ctx.warmup();
        Duration measure = ctx.measure();
        // the open-model phases follow the peak on a warm service: half the warm-up reaches their steady state
        Duration openWarmup = warmup.dividedBy(2);
        long peakOps = PEAK_FIXTURES_PER_SECOND * (warmup.plus(measure).toMillis() / 1000 + 1);

        // ---- fixtures: a few through the real APIs, the bulk copied from them in SQL
        long setup0 = System.nanoTime();
        String demanderToken = logins.token(DEMANDER);
        String operatorToken = logins.token(OPERATOR);
        List<UUID> apiDemands = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID demand = fx.submittedDemand(demanderToken, REGION, i);
            fx.approveDemand(operatorToken, demand);
            apiDemands.add(demand);
        }
        UUID demandTemplate = fx.submittedDemand(demanderToken, REGION, 3);
        fx.awaitKnownDemands(apiDemands, Duration.ofSeconds(30));
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> apiChallenges = new ArrayList<>();
        for (UUID demand : apiDemands) {
            apiChallenges.add(fx.publishedChallenge(operatorToken, demand, deadline));
        }
        UUID challengeTemplate = apiChallenges.get(0);
        List<UUID> allChallenges = new ArrayList<>(apiChallenges);
        List<UUID> copiedChallenges = new ArrayList<>();
        List<UUID> copiedDemands = new ArrayList<>();
        // the template stays submitted (the copies are made from it) and out of the pools; removed at the end
        List<UUID> allDemands = new ArrayList<>();
        int[] nextNumber = {apiChallenges.size()};
        int peakChallenges = BidPlan.challengesFor(peakOps, BIDDERS.size());
        List<UUID> peakPool = new ArrayList<>(apiChallenges);
        peakPool.addAll(copyChallenges(fx, challengeTemplate, nextNumber, peakChallenges - apiChallenges.size(),
                copiedChallenges, allChallenges));
        double setupSeconds = (System.nanoTime() - setup0) / 1e9;
        ctx.log(String.format(Locale.ROOT, "bids: fixtures in %.1f s: %d demands and %d challenges through the API, "
                + "%d challenges copied in SQL", setupSeconds, apiDemands.size() + 1, apiChallenges.size(),
                copiedChallenges.size()));

        List<Phase> phases = new ArrayList<>();
        Totals bidTotals = new Totals();
        Totals approvalTotals = new Totals();
        Instant bidsFrom = Instant.now();
        Instant bidsTo;
        try {
            // ---- bid submission: peak, then the open model at fractions of it
            BidBodies bodies = new BidBodies(ctx.options().seed());
            String bidding = ctx.market().url("bidding");
            ctx.footprint().sampleAfter("bids at peak", warmup.plus(measure.dividedBy(2)));
            List<Phase> bidSteps = new ArrayList<>();
            Ramp.Result bidRamp = Ramp.run(COMMAND_RAMP, c -> {
                List<UUID> pool = bidSteps.isEmpty() ? peakPool : copyChallenges(fx, challengeTemplate, nextNumber,
                        peakChallenges, copiedChallenges, allChallenges);
                Phase step = bidPhase(ctx, bidding, bodies, new BidPlan(pool, BIDDERS.size()), 0,
                        logins.tokens(BIDDERS), bidTotals, op -> Load.peak(
                                "bid submission, closed loop of " + c + " clients", c, warmup, measure, op));
                bidSteps.add(step);
                return step.summary;
            });
            Phase bidPeak = phaseOf(bidSteps, bidRamp);
            phases.addAll(bidSteps);
            double bidPeakRate = requirePeak(bidPeak);
            for (int i = 0; i < BID_FRACTIONS.length; i++) {
                double rate = BID_FRACTIONS[i] * bidPeakRate;
                int pct = (int) Math.round(BID_FRACTIONS[i] * 100);
                long ops = opsAt(rate, openWarmup, measure);
                List<UUID> pool = copyChallenges(fx, challengeTemplate, nextNumber,
                        BidPlan.challengesFor(ops, BIDDERS.size()), copiedChallenges, allChallenges);
                Phase phase = bidPhase(ctx, bidding, bodies, new BidPlan(pool, BIDDERS.size()), i + 1,
                        logins.tokens(BIDDERS), bidTotals, op -> Load.atRate("bid submission at " + pct
                                + " % of peak", rate, openWarmup, measure, op));
                phase.fraction = BID_FRACTIONS[i];
                ctx.report().chartPoint(BID_SERIES, phase.summary);
                phases.add(phase);
            }
            bidsTo = Instant.now();

            // ---- demand approval: one transaction with an outbox row (DemandPublished)
            String demandUrl = ctx.market().url("demand");
            List<Phase> approvalSteps = new ArrayList<>();
            int[] nextDemand = {4};
            Ramp.Result approvalRamp = Ramp.run(COMMAND_RAMP, c -> {
                List<UUID> pool = copyDemands(fx, demandTemplate, nextDemand[0], (int) peakOps, copiedDemands,
                        allDemands);
                nextDemand[0] += (int) peakOps;
                Phase step = approvalPhase(ctx, demandUrl, pool, logins.token(OPERATOR), approvalTotals,
                        op -> Load.peak("demand approval, closed loop of " + c + " clients", c, warmup, measure,
                                op));
                approvalSteps.add(step);
                return step.summary;
            });
            Phase approvalPeak = phaseOf(approvalSteps, approvalRamp);
            phases.addAll(approvalSteps);
            double approvalRate = 0.5 * requirePeak(approvalPeak);
            List<UUID> approvalPool = copyDemands(fx, demandTemplate, nextDemand[0],
                    (int) opsAt(approvalRate, openWarmup, measure), copiedDemands, allDemands);
            Phase approvalHalf = approvalPhase(ctx, demandUrl, approvalPool, logins.token(OPERATOR), approvalTotals,
                    op -> Load.atRate("demand approval at 50 % of peak", approvalRate, openWarmup, measure, op));
            approvalHalf.fraction = 0.5;
            ctx.report().chartPoint(APPROVAL_SERIES, approvalHalf.summary);
            phases.add(approvalHalf);

            // ---- what the databases hold
            long storedBids = fx.bidsOn(allChallenges);
            long bidOutboxRows = fx.biddingOutboxRowsBetween(bidsFrom, bidsTo);
            long published = fx.publishedDemands(allDemands);
            long outboxRows = fx.demandOutboxRows(allDemands);
            long relayed = 0;
            long known = 0;
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                relayed = fx.demandOutboxRowsRelayed(allDemands);
                known = fx.knownDemands(allDemands);
                if (relayed >= outboxRows && known >= published) {
                    break;
                }
                Thread.sleep(500);
            }
            report(s, base, phases, bidPeak, approvalPeak, approvalHalf, bidTotals, approvalTotals, storedBids,
                    bidOutboxRows, published, outboxRows, relayed, known, setupSeconds, apiChallenges.size(),
                    copiedChallenges.size(), copiedDemands.size(), warmup, openWarmup, measure);
            if (storedBids != bidTotals.successes || published != approvalTotals.successes
                    || outboxRows != approvalTotals.successes) {
                throw new IllegalStateException(String.format(Locale.ROOT, "the databases disagree with the "
                        + "successes counted: %d bids stored for %d accepted, %d demands published and %d "
                        + "DemandPublished outbox rows for %d approvals", storedBids, bidTotals.successes, published,
                        outboxRows, approvalTotals.successes));
            }
        } finally {
            try {
                List<UUID> demandFixtures = new ArrayList<>(copiedDemands);
                demandFixtures.add(demandTemplate);
                String removed = fx.removeUnused(copiedChallenges, demandFixtures);
                ctx.log("bids: " + removed);
                s.text("_Afterwards: " + removed + " (the shared market's 榜单 and review queue stay usable)._");
            } catch (Exception e) {
                ctx.log("bids: removing the unused fixtures failed: " + e);
            }
        }
    }

    /** What one phase measured, with every attempt counted. */
    static final class Phase {
        final String command;
        final LatencySummary summary;
        final CountingOp counted;
        double fraction = Double.NaN;

        Phase(String command, LatencySummary summary, CountingOp counted) {
            this.command = command;
            this.summary = summary;
            this.counted = counted;
        }
    }

    /** Attempts, successes and failures of a command over all its phases. */
    static final class Totals {
        long attempts;
        long successes;
        long failures;
        String firstFailure;

        void add(CountingOp op) {
            attempts += op.attempts();
            successes += op.successes();
            failures += op.failures();
            if (firstFailure == null) {
                firstFailure = op.firstFailure();
            }
        }
    }

    @FunctionalInterface
    interface Runner {
        LatencySummary run(Op op) throws InterruptedException;
    }

    private static Phase bidPhase(BenchContext ctx, String bidding, BidBodies bodies, BidPlan plan, int phase,
            List<String> tokens, Totals totals, Runner runner) throws InterruptedException {
        Http http = ctx.http();
        CountingOp op = new CountingOp(seq -> {
            BidPlan.Pair pair = plan.pair(seq);
            return http.send(Http.postJson(bidding + "/challenges/" + pair.challenge() + "/bids",
                    tokens.get(pair.bidder()), bodies.json(phase, seq)), 201);
        });
        return run(ctx, "bid submission", op, totals, runner);
    }

    private static Phase approvalPhase(BenchContext ctx, String demandUrl, List<UUID> demands, String token,
            Totals totals, Runner runner) throws InterruptedException {
        Http http = ctx.http();
        CountingOp op = new CountingOp(seq -> {
            if (seq >= demands.size()) {
                throw new IllegalStateException("the phase's fixtures ran out: approval " + seq + " of "
                        + demands.size() + " submitted demands");
            }
            return http.send(Http.post(demandUrl + "/demands/" + demands.get((int) seq) + "/approve", token), 200);
        });
        return run(ctx, "demand approval", op, totals, runner);
    }

    private static Phase run(BenchContext ctx, String command, CountingOp op, Totals totals, Runner runner)
            throws InterruptedException {
        LatencySummary summary = runner.run(op);
        if (!op.settle(SETTLE)) {
            throw new IllegalStateException(command + ": operations still in flight " + SETTLE.toSeconds()
                    + " s after the phase " + summary.label());
        }
        totals.add(op);
        ctx.log(String.format(Locale.ROOT, "bids: %s: %s/s, p50 %s ms, p99 %s ms, p99.9 %s ms, %d errors%s",
                summary.label(), Fmt.rate(summary.throughputPerSecond()), Fmt.ms(summary.p50()), Fmt.ms(summary.p99()),
                Fmt.ms(summary.p999()), summary.errors(), summary.firstError() == null ? ""
                        : " (first: " + summary.firstError() + ")"));
        return new Phase(command, summary, op);
    }

    /** The phase of the ramp's best step. */
    static Phase phaseOf(List<Phase> steps, Ramp.Result ramp) {
        return steps.stream().filter(p -> p.summary == ramp.best()).findFirst().orElseThrow();
    }

    private static double requirePeak(Phase peak) {
        LatencySummary s = peak.summary;
        if (!(s.throughputPerSecond() > 0)) {
            throw new IllegalStateException(peak.command + ": no successful operation at the peak"
                    + (s.firstError() == null ? "" : "; first error: " + s.firstError()));
        }
        return s.throughputPerSecond();
    }

    /** How many operations {@link Load#atRate} starts: the warm-up's and the measured window's. */
    static long opsAt(double rate, Duration warmup, Duration measure) {
        return (long) Math.floor(rate * warmup.toNanos() / 1e9) + Math.max(1, (long) Math.floor(rate
                * measure.toNanos() / 1e9)) + 1;
    }

    private static List<UUID> copyChallenges(Fixtures fx, UUID template, int[] nextNumber, int count,
            List<UUID> copied, List<UUID> all) throws java.sql.SQLException {
        if (count <= 0) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<UUID> ids = fx.copyPublishedChallenges(template, nextNumber[0], count);
        System.out.printf(Locale.ROOT, "bench: bids: %,d challenges copied in %.1f s%n", count,
                (System.nanoTime() - t0) / 1e9);
        nextNumber[0] += count;
        copied.addAll(ids);
        all.addAll(ids);
        return ids;
    }

    private static List<UUID> copyDemands(Fixtures fx, UUID template, int from, int count, List<UUID> copied,
            List<UUID> all) throws java.sql.SQLException {
        if (count <= 0) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<UUID> ids = fx.copySubmittedDemands(template, from, count);
        System.out.printf(Locale.ROOT, "bench: bids: %,d submitted demands copied in %.1f s%n", count,
                (System.nanoTime() - t0) / 1e9);
        copied.addAll(ids);
        all.addAll(ids);
        return ids;
    }

    private static void report(Section s, Baselines base, List<Phase> phases, Phase bidPeak, Phase approvalPeak,
            Phase approvalHalf, Totals bids, Totals approvals, long storedBids, long bidOutboxRows, long published,
            long outboxRows, long relayed, long known, double setupSeconds, int apiChallenges, int copiedChallenges,
            int copiedDemands, Duration warmup, Duration openWarmup, Duration measure) {
        double tps = base.pgReadWriteTps;
        double pgMs = base.pgReadWriteLatencyMs;
        Phase bidHalf = phases.stream().filter(p -> p.command.equals("bid submission") && p.fraction == 0.5)
                .findFirst().orElseThrow();
        s.text(String.format(Locale.ROOT, """
                Two commands, each one transaction of its service, sent through the real API with real tokens
                (portal sign-in, code + PKCE). **揭榜 bid submission** `POST /challenges/{id}/bids` by %s on
                published 技术攻关类 challenges of %s (百色, 451000): one bid per organisation per challenge, so every
                request is a legitimate new bid (a new challenge-organisation pair, successive requests on different
                challenges), answered `201`. A bid writes **no outbox row** (bidding publishes no bid event; %d rows
                were written to bidding's outbox during the bid phases), so the second command is the one with an
                outbox row: **demand approval** `POST /demands/{id}/approve` by %s, which publishes the demand and
                writes `DemandPublished` to demand's outbox in the same transaction, answered `200`. Anything else
                is an error.""", String.join(", ", BIDDERS), DEMANDER, bidOutboxRows, OPERATOR));
        s.text(String.format(Locale.ROOT, """
                Fixtures (%.1f s): %d demands posted and submitted by the demander and approved by the operator
                through the demand API, their `DemandPublished` awaited in bidding's read model, %d challenges
                created and published (发榜) from them by the operator through the bidding API; then %,d more published challenges copied from those rows in
                SQL as bidding stores them (tables `known_demand` and `challenge` of database `bidding`, deadline a
                day ahead, no outbox row), and %,d more demands awaiting review copied from an API-submitted one
                (table `demand` of database `demand`; the template is one more demand posted and submitted through the
                API). Peak: the best of closed loops of %s clients run in turn until more clients added under
                %.0f %% to the throughput (one loop alone measures its client count: each client waits for its
                command's durable commit), each %.1f s warm-up and %.1f s measured on fresh fixtures (their latencies
                include the clients' queueing and are only indicative); open model at fractions of the peak (latency from
                each request's intended start, the figures to quote): %.1f s warm-up, %.1f s measured; "fell
                behind" marks a phase that handled under 95 %% of the offered rate.""",
                setupSeconds, apiChallenges, apiChallenges, copiedChallenges, copiedDemands,
                COMMAND_RAMP.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""),
                Ramp.MIN_GAIN * 100, seconds(warmup), seconds(measure), seconds(openWarmup), seconds(measure)));
        s.text("""
                Ratios: throughput against the pgbench read-write (TPC-B-like) transactions per second, latency
                against pgbench's mean read-write latency, both measured on the same PostgreSQL in this run: each
                command is one small read-write transaction, so the ratio shows what the whole stack (HTTP, token
                check, Hibernate, the outbox) makes of the database's raw write-transaction capacity on this
                machine.""");

        Section.Table table = s.table("command", "phase", "offered (/s)", "throughput (/s, × pgbench rw tps)",
                "p50 ms (× pgbench rw mean)", "p99 ms", "p99.9 ms", "max ms", "errors");
        for (Phase p : phases) {
            LatencySummary x = p.summary;
            table.row(p.command, x.label(), Fmt.rate(x.offeredPerSecond()), Fmt.rateVs(x.throughputPerSecond(), tps),
                    Fmt.msVs(x.p50(), pgMs), Fmt.msVs(x.p99(), pgMs), Fmt.msVs(x.p999(), pgMs), Fmt.ms(x.max()),
                    Fmt.count(x.errors()) + (!Double.isNaN(x.offeredPerSecond()) && !x.keptUp() ? " (fell behind)"
                            : ""));
            ObjectNode node = s.phase(x);
            node.put("command", p.command);
            Section.putNumber(node, "fractionOfPeak", p.fraction);
            Section.putNumber(node, "throughputVsPgReadWriteTps", ratio(x.throughputPerSecond(), tps));
            Section.putNumber(node, "p50VsPgReadWriteLatency", ratio(x.p50(), pgMs));
            Section.putNumber(node, "p99VsPgReadWriteLatency", ratio(x.p99(), pgMs));
            Section.putNumber(node, "p999VsPgReadWriteLatency", ratio(x.p999(), pgMs));
        }

        Section.Table headline = s.table("figure", "value (ratio to baseline)");
        headline.row("bid submission, peak (/s)", Fmt.rateVs(bidPeak.summary.throughputPerSecond(), tps));
        headline.row("bid submission at 50 % of peak: p50 / p99 / p99.9 ms", Fmt.msVs(bidHalf.summary.p50(), pgMs)
                + " / " + Fmt.msVs(bidHalf.summary.p99(), pgMs) + " / " + Fmt.msVs(bidHalf.summary.p999(), pgMs));
        headline.row("demand approval (outbox), peak (/s)", Fmt.rateVs(approvalPeak.summary.throughputPerSecond(),
                tps));
        headline.row("demand approval at 50 % of peak: p50 / p99 / p99.9 ms", Fmt.msVs(approvalHalf.summary.p50(),
                pgMs) + " / " + Fmt.msVs(approvalHalf.summary.p99(), pgMs) + " / "
                + Fmt.msVs(approvalHalf.summary.p999(), pgMs));

        boolean bidsBalance = storedBids == bids.successes;
        boolean approvalsBalance = published == approvals.successes && outboxRows == approvals.successes;
        s.text(String.format(Locale.ROOT, """
                Check in SQL afterwards: %,d bids sent, %,d accepted (201), %,d refused or failed; **%,d bids
                stored** on the run's challenges: %s. %,d approvals sent, %,d answered 200, %,d not; **%,d demands
                published and %,d `DemandPublished` outbox rows**: %s; %,d of those rows relayed to Kafka and %,d
                of the demands in bidding's read model by the end of the part.""",
                bids.attempts, bids.successes, bids.failures, storedBids,
                bidsBalance ? "equal to the successes, nothing lost, nothing doubled" : "**NOT equal to the successes**",
                approvals.attempts, approvals.successes, approvals.failures, published, outboxRows,
                approvalsBalance ? "each equal to the successes" : "**NOT equal to the successes**", relayed, known));
        for (Phase p : phases) {
            if (p.summary.firstError() != null) {
                s.text("First error of *" + p.summary.label() + "*: `" + p.summary.firstError() + "`");
            } else if (p.counted.firstFailure() != null) {
                s.text("First error of *" + p.summary.label() + "* (outside the measured window): `"
                        + p.counted.firstFailure() + "`");
            }
        }

        ObjectNode json = s.json();
        Section.putNumber(json, "bidPeakPerSecond", bidPeak.summary.throughputPerSecond());
        Section.putNumber(json, "bidPeakVsPgReadWriteTps", ratio(bidPeak.summary.throughputPerSecond(), tps));
        putAtHalfPeak(json.putObject("bidAtHalfPeak"), bidHalf.summary, pgMs);
        Section.putNumber(json, "approvalPeakPerSecond", approvalPeak.summary.throughputPerSecond());
        Section.putNumber(json, "approvalPeakVsPgReadWriteTps", ratio(approvalPeak.summary.throughputPerSecond(),
                tps));
        putAtHalfPeak(json.putObject("approvalAtHalfPeak"), approvalHalf.summary, pgMs);
        json.put("commandWithOutboxRow", "demand approval (DemandPublished)");
        json.put("bidOutboxRows", bidOutboxRows);
        ObjectNode check = json.putObject("check");
        check.put("bidsSent", bids.attempts);
        check.put("bidsAccepted", bids.successes);
        check.put("bidsFailed", bids.failures);
        check.put("bidsStored", storedBids);
        check.put("bidsBalance", bidsBalance);
        check.put("approvalsSent", approvals.attempts);
        check.put("approvalsAccepted", approvals.successes);
        check.put("approvalsFailed", approvals.failures);
        check.put("demandsPublished", published);
        check.put("demandOutboxRows", outboxRows);
        check.put("demandOutboxRowsRelayed", relayed);
        check.put("demandsInBiddingReadModel", known);
        check.put("approvalsBalance", approvalsBalance);
        ObjectNode fixtures = json.putObject("fixtures");
        Section.putNumber(fixtures, "seconds", setupSeconds);
        fixtures.put("challengesThroughApi", apiChallenges);
        fixtures.put("challengesCopiedInSql", copiedChallenges);
        fixtures.put("demandsCopiedInSql", copiedDemands);
    }

    /** A command's latency at half its peak rate, and its p99 against PostgreSQL's read-write latency. */
    private static void putAtHalfPeak(ObjectNode half, LatencySummary summary, double pgMs) {
        Section.putNumber(half, "ratePerSecond", summary.offeredPerSecond());
        Section.putNumber(half, "p50Ms", summary.p50());
        Section.putNumber(half, "p99Ms", summary.p99());
        Section.putNumber(half, "p999Ms", summary.p999());
        Section.putNumber(half, "p99VsPgReadWriteLatency", ratio(summary.p99(), pgMs));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? Double.NaN : value / base;
    }
}
