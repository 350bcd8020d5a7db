package gx.techmarket.bench.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.Baselines;
import gx.techmarket.bench.BenchContext;
import gx.techmarket.bench.Workload;
import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.load.Load;
import gx.techmarket.bench.load.Op;
import gx.techmarket.bench.load.Ramp;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.local.DemoUsers;
import gx.techmarket.local.PortalLogin;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Catalogue reads and Chinese search against a catalogue of {@code --catalogue-size} generated results: reading one
 * result by id, and a mix of searches through the search index ({@link SearchMix}) while results keep being
 * published and withdrawn through the API ({@link PublishStream}, which also measures how soon a change is found).
 * Reads: the peak throughput (a ramp of closed loops) and open-model phases at 25, 50 and 75 % of it. Searches: 10
 * concurrent clients (the measure, broken down by kind of search), then open-model phases at 25, 50 and 75 %
 * of that throughput. Before the measurements, one warm-up length of each (4 clients, not measured) gives the
 * service's JIT its hot paths.
 */
public final class CatalogueWorkload extends Workload {

    /** As many closed-loop clients as the pgbench baseline has. */
    static final int PEAK_CLIENTS = 8;
    /** The client counts of the read peak's ramp ({@link Ramp}): 8 is pgbench's, the rest find the saturation. */
    static final List<Integer> READ_RAMP = List.of(8, 16, 32, 64, 128);
    /** The search is measured at 10 concurrent clients, as issue 5 asks (its p50/p95/p99 are the figures to quote). */
    static final int SEARCH_CLIENTS = 10;
    static final double[] FRACTIONS = {0.25, 0.5, 0.75};
    /** Signed-in users of three roles the requests rotate over (every signed-in user may read and search). */
    static final List<String> USERS = List.of("ent.gxsugar", "uni.gxu", "broker.gxttc");
    /** The holder who publishes and withdraws results beside the searches (a university), and its operator. */
    static final String HOLDER = "uni.gxu";
    static final String OPERATOR = "admin.gx";
    /** Results published a second beside the searches (create, submit, approve), and withdrawn a second. */
    static final double PUBLISH_PER_SECOND = 5;
    static final double WITHDRAW_PER_SECOND = 1;
    /** The goal for search at 10 clients. */
    static final double GOAL_P95_MS = 50;
    static final double GOAL_P99_MS = 150;
    /** A token older than this is replaced before a phase; they live 5 minutes, a phase at most 40 s + drain. */
    private static final Duration TOKEN_REFRESH = Duration.ofMinutes(2);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile long tokensNanos;

    public CatalogueWorkload() {
        super("catalogue", "Catalogue: reads and Chinese search");
    }

    @Override
    public void run(BenchContext ctx, Section s) throws Exception {
        Baselines base = ctx.baselines();
        long seed = ctx.options().seed();
        int size = ctx.options().catalogueSize();
        ResultGenerator generator = new ResultGenerator(seed);
        SearchMix mix = new SearchMix(seed, generator, size);
        String catalogue = ctx.market().url("catalogue");
        String url = catalogue + "/results";

        ctx.log(String.format(Locale.ROOT, "catalogue: making sure %,d generated results are published", size));
        CatalogueData.Loaded loaded = CatalogueData.ensure(ctx.market(), generator, size, ctx::log);
        ctx.log(String.format(Locale.ROOT, "catalogue: %,d inserted in %.1f s, %,d were there; %,d published in all",
                loaded.inserted(), loaded.insertSeconds(), loaded.alreadyThere(), loaded.publishedInCatalogue()));
        double indexSeconds = CatalogueData.awaitIndex(ctx.market(), loaded, ctx::log);

        refreshTokens(ctx);
        Map<SearchMix.Kind, Double> matches = sampleMatches(ctx, mix, catalogue);
        String[] cursors = cursors(ctx, mix, catalogue);

        // reads by id
        Op read = n -> {
            SplittableRandom r = ResultGenerator.random(seed, 4, n);
            return ctx.http().send(Http.get(url + "/" + generator.id(r.nextInt(size)), token(n)), 200);
        };
        // JIT warm-up of both paths in the service (and in the driver), not measured
        Op warmSearch = n -> ctx.http().send(request(catalogue, mix.query(-1 - n), cursors, n), 200);
        refreshTokens(ctx);
        ctx.log("catalogue: warming up reads and searches");
        Load.peak("warm-up: read", PEAK_CLIENTS / 2, Duration.ZERO, ctx.warmup(), read);
        Load.peak("warm-up: search", PEAK_CLIENTS / 2, Duration.ZERO, ctx.warmup(), warmSearch);
        refreshTokens(ctx);
        Ramp.Result readRamp = Ramp.run(READ_RAMP, c -> {
            refreshTokens(ctx);
            ctx.log("catalogue: read by id, closed loop of " + c + " clients");
            return Load.peak("read by id, closed loop of " + c + " clients", c, ctx.warmup(), ctx.measure(), read);
        });
        LatencySummary readPeak = readRamp.best();
        requireThroughput(readPeak);
        List<LatencySummary> readPhases = new ArrayList<>();
        for (double f : FRACTIONS) {
            double rate = rateAt(readPeak, f);
            refreshTokens(ctx);
            ctx.log(String.format(Locale.ROOT, "catalogue: read by id at %s/s", Fmt.rate(rate)));
            LatencySummary p = Load.atRate(String.format(Locale.ROOT, "read by id at %.0f %% of peak", f * 100),
                    rate, ctx.warmup(), ctx.measure(), read);
            readPhases.add(p);
            ctx.report().chartPoint("catalogue: read one result", p);
        }

        // searches, while results keep being published and withdrawn through the API
        refreshTokens(ctx);
        String runTag = PublishStream.letters(Math.floorMod(System.currentTimeMillis() / 1000, 26L * 26 * 26 * 26));
        PublishStream stream = new PublishStream(ctx.http(),
                new PublishStream.Endpoints(catalogue, tokens::get, HOLDER, OPERATOR), generator, size, runTag);
        ctx.log(String.format(Locale.ROOT, "catalogue: publishing %s results/s and withdrawing %s/s beside the "
                + "searches", Fmt.rate(PUBLISH_PER_SECOND), Fmt.rate(WITHDRAW_PER_SECOND)));
        stream.start(PUBLISH_PER_SECOND, WITHDRAW_PER_SECOND);
        LatencySummary searchPeak;
        Map<SearchMix.Kind, Histogram> peakKinds = kindHistograms();
        List<LatencySummary> searchPhases = new ArrayList<>();
        PublishStream.Summary publishing;
        try {
            ctx.footprint().sampleAfter("catalogue: search at 10 clients", ctx.warmup().plus(ctx.measure()
                    .dividedBy(2)));
            long peakMeasuredFrom = System.nanoTime() + ctx.warmup().toNanos();
            long peakMeasuredTo = peakMeasuredFrom + ctx.measure().toNanos();
            ctx.log("catalogue: search mix, " + SEARCH_CLIENTS + " concurrent clients");
            searchPeak = Load.peak("search mix, " + SEARCH_CLIENTS + " concurrent clients", SEARCH_CLIENTS,
                    ctx.warmup(), ctx.measure(), timed(ctx, catalogue, mix, cursors, peakKinds,
                            n -> true, peakMeasuredFrom, peakMeasuredTo));
            requireThroughput(searchPeak);
            for (double f : FRACTIONS) {
                double rate = rateAt(searchPeak, f);
                refreshTokens(ctx);
                ctx.log(String.format(Locale.ROOT, "catalogue: search mix at %s/s", Fmt.rate(rate)));
                long warmupOps = (long) Math.floor(rate * ctx.warmup().toNanos() / 1e9);
                LatencySummary p = Load.atRate(String.format(Locale.ROOT, "search mix at %.0f %% of peak",
                        f * 100), rate, ctx.warmup(), ctx.measure(), timed(ctx, catalogue, mix, cursors,
                        kindHistograms(), n -> n >= warmupOps, Long.MIN_VALUE, Long.MAX_VALUE));
                searchPhases.add(p);
                ctx.report().chartPoint("catalogue: search", p);
            }
        } finally {
            ctx.log("catalogue: stopping the publishing stream, waiting for its last probes");
            publishing = stream.stop();
            stream.close();
        }
        ctx.log(String.format(Locale.ROOT, "catalogue: published %,d (%s/s), withdrew %,d; findable after p50 %s ms, "
                + "max %s ms", publishing.publishedOk(), Fmt.rate(publishing.publishedPerSecond()),
                publishing.withdrawnOk(), Fmt.ms(publishing.findable().p50()), Fmt.ms(publishing.findable().max())));

        write(s, base, loaded, indexSeconds, size, matches, readRamp, readPhases, searchPeak, searchPhases,
                peakKinds, publishing);
    }

    /** One histogram per kind of search. */
    private static Map<SearchMix.Kind, Histogram> kindHistograms() {
        Map<SearchMix.Kind, Histogram> kinds = new EnumMap<>(SearchMix.Kind.class);
        for (SearchMix.Kind k : SearchMix.Kind.values()) {
            kinds.put(k, LatencySummary.histogram());
        }
        return kinds;
    }

    /**
     * Search {@code n} of the mix, its latency (from its actual start) also recorded by kind when {@code counted}
     * says so for its number and it started and ended between {@code from} and {@code to} (System.nanoTime).
     */
    private Op timed(BenchContext ctx, String catalogue, SearchMix mix, String[] cursors,
            Map<SearchMix.Kind, Histogram> kinds, java.util.function.LongPredicate counted, long from, long to) {
        return n -> {
            SearchMix.Query q = mix.query(n);
            long t0 = System.nanoTime();
            return ctx.http().send(request(catalogue, q, cursors, n), 200).whenComplete((response, failure) -> {
                long t1 = System.nanoTime();
                if (failure == null && counted.test(n) && t0 >= from && t1 <= to) {
                    Histogram h = kinds.get(q.kind());
                    synchronized (h) {
                        LatencySummary.record(h, t1 - t0);
                    }
                }
            });
        };
    }

    /** The request of a search: signed in with a token of one of {@link #USERS}, or public without one. */
    private java.net.http.HttpRequest request(String catalogue, SearchMix.Query q, String[] cursors, long n) {
        String cursor = q.firstPage() >= 0 ? cursors[q.firstPage()] : null;
        String target = catalogue + q.path() + "?" + q.queryString()
                + (cursor == null ? "" : "&cursor=" + SearchMix.enc(cursor));
        return Http.get(target, q.signedIn() ? token(n) : null);
    }

    /**
     * The cursors of the mix's first pages (set-up, not timed): {@code nextCursor} of each; null when a first page is
     * the only one (its "next page" is then asked as a first page again).
     */
    private String[] cursors(BenchContext ctx, SearchMix mix, String catalogue) throws IOException {
        List<SearchMix.Query> pages = mix.firstPages();
        String[] cursors = new String[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            SearchMix.Query q = pages.get(i);
            String body = ctx.http().call(Http.get(catalogue + q.path() + "?" + q.queryString(),
                    q.signedIn() ? token(i) : null), 200).body();
            JsonNode next = mapper.readTree(body).path("nextCursor");
            cursors[i] = next.isTextual() ? next.asText() : null;
        }
        return cursors;
    }

    private void write(Section s, Baselines base, CatalogueData.Loaded loaded, double indexSeconds, int size,
            Map<SearchMix.Kind, Double> matches, Ramp.Result readRamp, List<LatencySummary> readPhases,
            LatencySummary searchPeak, List<LatencySummary> searchPhases, Map<SearchMix.Kind, Histogram> byKind,
            PublishStream.Summary publishing) {
        s.text(String.format(Locale.ROOT, """
                The catalogue held **%s published results** during the measurements, %s of them generated by the \
                bench (seed-determined; %s inserted in this run, %s already there from an earlier run). Searches go \
                through the search index (ADR 0030): `GET /results/search` with a real Keycloak token of one of %s, \
                or `GET /public/results/search` as a visitor (half each), every answer with the facet counts of all \
                its matches (sampled above %s matches), 20 highlighted hits and a keyset cursor. Reads through \
                `GET /results/{id}` of a random generated result. While the searches run, results are published \
                (create, submit, approve) at %s/s and withdrawn at %s/s through the API by %s and %s. Before issue \
                18 (PostgreSQL `tsvector`, every bigram required, `count(*)`), the same benchmark measured search at \
                100,000 results p50 302 ms, p95 989 ms, p99 1,304 ms at 10 clients.""",
                Fmt.count(loaded.publishedInCatalogue()), Fmt.count(loaded.benchRowsInCatalogue()),
                Fmt.count(loaded.inserted()), Fmt.count(loaded.alreadyThere()), String.join(", ", USERS),
                Fmt.count(200_000), Fmt.rate(PUBLISH_PER_SECOND), Fmt.rate(WITHDRAW_PER_SECOND), HOLDER, OPERATOR));
        s.text("Ratios: throughput against the pgbench select-only baseline's transactions per second, latency "
                + "against its mean latency (both at 8 clients on the same PostgreSQL): a catalogue read is one "
                + "primary-key select behind HTTP, token checks and JSON, so the ratio is what the service stack "
                + "costs over the database's own cheapest read; a search is an index query in the service and one "
                + "primary-key select of its 20 hits, and its ratio says how much heavier it is. The bulk load is "
                + "compared with the pgbench read-write baseline (a write transaction per second).");

        double indexRate = loaded.inserted() > 0 && indexSeconds > 0 ? loaded.publishedInCatalogue() / indexSeconds
                : Double.NaN;
        Section.Table load = s.table("data", "figure", "vs pgbench read-write");
        load.row("results inserted", Fmt.count(loaded.inserted()), "");
        load.row("insert rate (results/s, JDBC batches of 500)", Fmt.rate(loaded.rowsPerSecond()),
                Fmt.ratio(loaded.rowsPerSecond(), base.pgReadWriteTps));
        load.row("vacuum (analyze) after the load (s)", Fmt.seconds(loaded.vacuumSeconds()), "");
        load.row("search index rebuilt: restart of the catalogue until its index was READY (s)",
                loaded.inserted() > 0 ? Fmt.seconds(indexSeconds) : "not rebuilt (nothing inserted)", "");
        load.row("index rebuild rate (published results / those seconds)", Fmt.rate(indexRate), "");
        ObjectNode data = s.json().putObject("data");
        data.put("generated", size);
        data.put("inserted", loaded.inserted());
        data.put("alreadyThere", loaded.alreadyThere());
        Section.putNumber(data, "insertSeconds", loaded.insertSeconds());
        Section.putNumber(data, "insertRowsPerSecond", loaded.rowsPerSecond());
        Section.putNumber(data, "insertVsPgReadWriteTps", ratio(loaded.rowsPerSecond(), base.pgReadWriteTps));
        Section.putNumber(data, "vacuumSeconds", loaded.vacuumSeconds());
        data.put("publishedInCatalogue", loaded.publishedInCatalogue());
        data.put("benchRowsInCatalogue", loaded.benchRowsInCatalogue());
        Section.putNumber(data, "indexReadySeconds", indexSeconds);
        Section.putNumber(data, "indexDocumentsPerSecond", indexRate);

        Section.Table t = s.table("phase", "offered /s", "handled /s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms", "errors", "kept up");
        LatencySummary readPeak = readRamp.best();
        List<LatencySummary> all = new ArrayList<>(readRamp.steps());
        all.addAll(readPhases);
        int reads = all.size();
        all.add(searchPeak);
        all.addAll(searchPhases);
        for (LatencySummary p : all) {
            boolean closed = Double.isNaN(p.offeredPerSecond());
            t.row(p == readPeak ? "**" + p.label() + " (peak)**" : p.label(),
                    closed ? "closed loop" : Fmt.rate(p.offeredPerSecond()),
                    Fmt.rateVs(p.throughputPerSecond(), base.pgSelectOnlyTps),
                    Fmt.msVs(p.p50(), base.pgSelectOnlyLatencyMs), Fmt.msVs(p.p90(), base.pgSelectOnlyLatencyMs),
                    Fmt.msVs(p.p99(), base.pgSelectOnlyLatencyMs), Fmt.msVs(p.p999(), base.pgSelectOnlyLatencyMs),
                    Fmt.msVs(p.max(), base.pgSelectOnlyLatencyMs), Fmt.count(p.errors())
                            + (p.firstError() == null ? "" : " (" + p.firstError() + ")"),
                    closed ? "–" : p.keptUp() ? "yes" : "**no**");
            ObjectNode node = s.phase(p);
            node.put("kind", all.indexOf(p) < reads ? "read" : "search");
            node.put("peak", p == readPeak || p == searchPeak);
            node.put("model", closed ? "closed" : "open");
            Section.putNumber(node, "throughputVsPgSelectOnlyTps", ratio(p.throughputPerSecond(),
                    base.pgSelectOnlyTps));
            Section.putNumber(node, "p50VsPgSelectOnlyLatency", ratio(p.p50(), base.pgSelectOnlyLatencyMs));
            Section.putNumber(node, "p99VsPgSelectOnlyLatency", ratio(p.p99(), base.pgSelectOnlyLatencyMs));
            Section.putNumber(node, "p999VsPgSelectOnlyLatency", ratio(p.p999(), base.pgSelectOnlyLatencyMs));
            if (!closed) {
                node.put("keptUp", p.keptUp());
            }
        }
        s.text(String.format(Locale.ROOT, "The read peak is the best of closed loops of %s clients, run in turn "
                + "until more clients added under %.0f %% to the throughput (%s): a loop of c clients can do at most "
                + "c / latency reads a second, so one loop alone would measure its client count. The peaks' "
                + "latencies hide queueing and are only indicative. The open-model rows are the ones to quote: each "
                + "request is sent at its due time whatever happened before, and its latency counts from that time. "
                + "The search at %d concurrent clients (a closed loop: each client sends its next search when the "
                + "last one answered) is the issue's measure.",
                readRamp.steps().stream().map(x -> x.label().replaceAll("\\D+", "")).reduce((a, b) -> a + ", " + b)
                        .orElse(""), Ramp.MIN_GAIN * 100, readRamp.saturated()
                        ? "saturated: the last step did not add enough, or failed"
                        : "**not saturated**: the ramp ran out of steps while still growing, so the peak is higher",
                SEARCH_CLIENTS));

        Section.Table k = s.table("search kind (" + SEARCH_CLIENTS + " clients)", "share",
                "results matching (mean)", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "p95 ≤ 50, p99 ≤ 150");
        ArrayNode kinds = s.json().putArray("searchKinds");
        Histogram keyword = LatencySummary.histogram();
        Histogram browse = LatencySummary.histogram();
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            Histogram h = byKind.get(kind);
            (kind.keyword() ? keyword : browse).add(h);
            LatencySummary ks = LatencySummary.of(kind.name(), h);
            k.row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + kind.description,
                    kind.weight + " %", Fmt.rate(matches.get(kind)), Fmt.count(ks.count()),
                    Fmt.msVs(ks.p50(), base.pgSelectOnlyLatencyMs), Fmt.msVs(ks.p95(), base.pgSelectOnlyLatencyMs),
                    Fmt.msVs(ks.p99(), base.pgSelectOnlyLatencyMs), Fmt.msVs(ks.max(), base.pgSelectOnlyLatencyMs),
                    meets(ks) ? "yes" : "**no**");
            ObjectNode node = kinds.addObject();
            node.put("kind", kind.name());
            node.put("description", kind.description);
            node.put("sharePercent", kind.weight);
            Section.putNumber(node, "meanMatches", matches.get(kind));
            node.put("count", ks.count());
            Section.putNumber(node, "p50Ms", ks.p50());
            Section.putNumber(node, "p95Ms", ks.p95());
            Section.putNumber(node, "p99Ms", ks.p99());
            Section.putNumber(node, "maxMs", ks.max());
            node.put("meetsGoal", meets(ks));
            Section.putNumber(node, "p50VsPgSelectOnlyLatency", ratio(ks.p50(), base.pgSelectOnlyLatencyMs));
            Section.putNumber(node, "p99VsPgSelectOnlyLatency", ratio(ks.p99(), base.pgSelectOnlyLatencyMs));
        }
        LatencySummary keywordAll = LatencySummary.of("keyword search with facets", keyword);
        LatencySummary browseAll = LatencySummary.of("browsing by facets alone", browse);
        k.row("**keyword search with facets (every kind but browsing)**", "", "", Fmt.count(keywordAll.count()),
                Fmt.ms(keywordAll.p50()), Fmt.ms(keywordAll.p95()), Fmt.ms(keywordAll.p99()), Fmt.ms(keywordAll.max()),
                meets(keywordAll) ? "**yes**" : "**no**");
        k.row("**browsing by facets alone**", "", "", Fmt.count(browseAll.count()), Fmt.ms(browseAll.p50()),
                Fmt.ms(browseAll.p95()), Fmt.ms(browseAll.p99()), Fmt.ms(browseAll.max()),
                meets(browseAll) ? "**yes**" : "**no**");
        s.text(String.format(Locale.ROOT, "Search kinds at %d concurrent clients, while results are published and "
                + "withdrawn: latency of each request from its actual start, measured window only; \"results "
                + "matching\" is the mean `total` (counted to 1,000: \"1000+\" beyond) of %d sample queries of each "
                + "kind taken before the phases. The goal (issue 18, at 1,000,000 results): keyword search with "
                + "facets p95 ≤ %.0f ms and p99 ≤ %.0f ms, browsing by facets alone equally fast.",
                SEARCH_CLIENTS, MATCH_SAMPLES, GOAL_P95_MS, GOAL_P99_MS));

        Section.Table f = s.table("publishing beside the searches", "count", "rate /s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors / missed");
        f.row(publishing.publish().label(), Fmt.count(publishing.publishedOk()),
                Fmt.rate(publishing.publishedPerSecond()) + " of " + Fmt.rate(PUBLISH_PER_SECOND),
                Fmt.ms(publishing.publish().p50()), Fmt.ms(publishing.publish().p95()),
                Fmt.ms(publishing.publish().p99()), Fmt.ms(publishing.publish().max()),
                Fmt.count(publishing.publishErrors()));
        f.row(publishing.withdraw().label(), Fmt.count(publishing.withdrawnOk()),
                Fmt.rate(publishing.withdraw().throughputPerSecond()) + " of " + Fmt.rate(WITHDRAW_PER_SECOND),
                Fmt.ms(publishing.withdraw().p50()), Fmt.ms(publishing.withdraw().p95()),
                Fmt.ms(publishing.withdraw().p99()), Fmt.ms(publishing.withdraw().max()),
                Fmt.count(publishing.withdrawErrors()));
        f.row("**freshness: approved → found by `/results/search`**", Fmt.count(publishing.findable().count()), "",
                Fmt.ms(publishing.findable().p50()), Fmt.ms(publishing.findable().p95()),
                Fmt.ms(publishing.findable().p99()), Fmt.ms(publishing.findable().max()),
                Fmt.count(publishing.missedFindable()));
        f.row("**freshness: withdrawn → no longer found**", Fmt.count(publishing.gone().count()), "",
                Fmt.ms(publishing.gone().p50()), Fmt.ms(publishing.gone().p95()), Fmt.ms(publishing.gone().p99()),
                Fmt.ms(publishing.gone().max()), Fmt.count(publishing.missedGone()));
        s.text(String.format(Locale.ROOT, "Freshness: from the response of the call that committed the change "
                + "(approve, withdraw) until a search for the result's own word (a Latin word only it carries) finds "
                + "it, or no longer does, polled every %d ms (a change not visible after %d s counts as missed). "
                + "Goal: within %.0f s: **%s**.%s", PublishStream.POLL_MS, PublishStream.PROBE_TIMEOUT_MS / 1000,
                PublishStream.TARGET_MS / 1000, publishing.freshWithinTarget() ? "met" : "not met",
                publishing.firstError() == null ? "" : " First error: " + publishing.firstError() + "."));
        ObjectNode pub = s.json().putObject("publishing");
        Section.putNumber(pub, "offeredPerSecond", PUBLISH_PER_SECOND);
        Section.putNumber(pub, "publishedPerSecond", publishing.publishedPerSecond());
        Section.putNumber(pub, "withdrawOfferedPerSecond", WITHDRAW_PER_SECOND);
        pub.put("published", publishing.publishedOk());
        pub.put("publishErrors", publishing.publishErrors());
        pub.put("withdrawn", publishing.withdrawnOk());
        pub.put("withdrawErrors", publishing.withdrawErrors());
        pub.put("missedFindable", publishing.missedFindable());
        pub.put("missedGone", publishing.missedGone());
        for (LatencySummary l : List.of(publishing.publish(), publishing.withdraw(), publishing.findable(),
                publishing.gone())) {
            s.phase(l).put("kind", "publishing");
        }
        ObjectNode goal = s.json().putObject("goal");
        goal.put("results", loaded.publishedInCatalogue());
        Section.putNumber(goal, "keywordP95Ms", keywordAll.p95());
        Section.putNumber(goal, "keywordP99Ms", keywordAll.p99());
        Section.putNumber(goal, "browseP95Ms", browseAll.p95());
        Section.putNumber(goal, "browseP99Ms", browseAll.p99());
        Section.putNumber(goal, "findableP95Ms", publishing.findable().p95());
        Section.putNumber(goal, "findableMaxMs", publishing.findable().max());
        Section.putNumber(goal, "goneMaxMs", publishing.gone().max());
        goal.put("searchMet", meets(keywordAll) && meets(browseAll));
        goal.put("freshnessMet", publishing.freshWithinTarget());

        Section.putNumber(s.json(), "readPeakPerSecond", readPeak.throughputPerSecond());
        s.json().put("readPeakSaturated", readRamp.saturated());
        Section.putNumber(s.json(), "searchPeakPerSecond", searchPeak.throughputPerSecond());
        Section.putNumber(s.json(), "baselinePgSelectOnlyTps", base.pgSelectOnlyTps);
        Section.putNumber(s.json(), "baselinePgSelectOnlyLatencyMs", base.pgSelectOnlyLatencyMs);
        Section.putNumber(s.json(), "baselinePgReadWriteTps", base.pgReadWriteTps);
    }

    /** The goal for a search: p95 ≤ 50 ms and p99 ≤ 150 ms (nothing measured: not met). */
    static boolean meets(LatencySummary s) {
        return s.count() > 0 && s.p95() <= GOAL_P95_MS && s.p99() <= GOAL_P99_MS;
    }

    static final int MATCH_SAMPLES = 5;

    /** The mean number of matching results of a few queries of each kind (set-up, not timed). */
    private Map<SearchMix.Kind, Double> sampleMatches(BenchContext ctx, SearchMix mix, String catalogue)
            throws IOException {
        Map<SearchMix.Kind, Double> matches = new EnumMap<>(SearchMix.Kind.class);
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            long total = 0;
            for (int i = 0; i < MATCH_SAMPLES; i++) {
                SearchMix.Query q = mix.query(kind, ResultGenerator.random(ctx.options().seed(), 5,
                        kind.ordinal() * 1_000L + i));
                String body = ctx.http().call(Http.get(catalogue + q.path() + "?" + q.queryString(),
                        q.signedIn() ? token(i) : null), 200).body();
                JsonNode page = mapper.readTree(body);
                if (!page.has("total")) {
                    throw new IllegalStateException(q.path() + " answered without a total: " + body);
                }
                total += page.get("total").asLong();
            }
            matches.put(kind, total / (double) MATCH_SAMPLES);
        }
        return matches;
    }

    /** Fresh tokens for every user unless the ones held are younger than {@link #TOKEN_REFRESH}. */
    private void refreshTokens(BenchContext ctx) throws IOException, InterruptedException {
        if (!tokens.isEmpty() && System.nanoTime() - tokensNanos < TOKEN_REFRESH.toNanos()) {
            return;
        }
        long t0 = System.nanoTime();
        PortalLogin login = new PortalLogin(ctx.market().keycloakUrl(), ctx.market().url("portal"));
        for (String user : USERS) {
            tokens.put(user, login.accessToken(user, DemoUsers.PASSWORD));
        }
        tokens.put(OPERATOR, login.accessToken(OPERATOR, DemoUsers.PASSWORD));
        tokensNanos = t0;
    }

    private String token(long n) {
        return tokens.get(USERS.get((int) (n % USERS.size())));
    }

    /** A phase's rate: a fraction of a peak, at least one a second. */
    static double rateAt(LatencySummary peak, double fraction) {
        return Math.max(1, Math.round(peak.throughputPerSecond() * fraction));
    }

    private static void requireThroughput(LatencySummary peak) {
        if (!(peak.throughputPerSecond() > 0) || peak.errors() > peak.count()) {
            throw new IllegalStateException(peak.label() + ": " + Fmt.count(peak.count()) + " succeeded, "
                    + Fmt.count(peak.errors()) + " failed; first error: " + peak.firstError());
        }
    }

    private static double ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? Double.NaN : value / base;
    }
}
