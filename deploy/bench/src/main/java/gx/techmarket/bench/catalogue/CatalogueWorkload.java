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
 * result by id, and a mix of searches ({@link SearchMix}). For each, the peak throughput (closed loop of 8 clients,
 * as many as the pgbench baseline) and then open-model phases at 25, 50 and 75 % of that peak, whose latency is
 * measured from each request's intended time. The searches' latency is also broken down by kind at the lowest
 * rate. Before the measurements, one warm-up length of each (4 clients, not measured) gives the service's JIT its
 * hot paths.
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
        String url = ctx.market().url("catalogue") + "/results";

        ctx.log(String.format(Locale.ROOT, "catalogue: making sure %,d generated results are published", size));
        CatalogueData.Loaded loaded = CatalogueData.ensure(ctx.market(), generator, size, ctx::log);
        ctx.log(String.format(Locale.ROOT, "catalogue: %,d inserted in %.1f s, %,d were there; %,d published in all",
                loaded.inserted(), loaded.insertSeconds(), loaded.alreadyThere(), loaded.publishedInCatalogue()));
        CatalogueData.awaitIndex(ctx.market(), loaded, ctx::log);

        refreshTokens(ctx);
        Map<SearchMix.Kind, Double> matches = sampleMatches(ctx, mix, url);

        // reads by id
        Op read = n -> {
            SplittableRandom r = ResultGenerator.random(seed, 4, n);
            return ctx.http().send(Http.get(url + "/" + generator.id(r.nextInt(size)), token(n)), 200);
        };
        // JIT warm-up of both paths in the service (and in the driver), not measured
        Op warmSearch = n -> ctx.http().send(Http.get(url + "?" + mix.query(-1 - n).queryString(), token(n)), 200);
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

        // searches
        Op search = n -> ctx.http().send(Http.get(url + "?" + mix.query(n).queryString(), token(n)), 200);
        refreshTokens(ctx);
        ctx.footprint().sampleAfter("catalogue: search at peak", ctx.warmup().plus(ctx.measure().dividedBy(2)));
        LatencySummary searchPeak = Load.peak("search mix, " + SEARCH_CLIENTS + " concurrent clients",
                SEARCH_CLIENTS, ctx.warmup(), ctx.measure(), search);
        requireThroughput(searchPeak);
        List<LatencySummary> searchPhases = new ArrayList<>();
        Map<SearchMix.Kind, Histogram> byKind = null;
        for (double f : FRACTIONS) {
            double rate = rateAt(searchPeak, f);
            refreshTokens(ctx);
            ctx.log(String.format(Locale.ROOT, "catalogue: search mix at %s/s", Fmt.rate(rate)));
            Map<SearchMix.Kind, Histogram> kinds = new EnumMap<>(SearchMix.Kind.class);
            for (SearchMix.Kind k : SearchMix.Kind.values()) {
                kinds.put(k, LatencySummary.histogram());
            }
            long warmupOps = (long) Math.floor(rate * ctx.warmup().toNanos() / 1e9);
            Op timed = n -> {
                SearchMix.Query q = mix.query(n);
                long t0 = System.nanoTime();
                return ctx.http().send(Http.get(url + "?" + q.queryString(), token(n)), 200)
                        .whenComplete((response, failure) -> {
                            if (failure == null && n >= warmupOps) {
                                Histogram h = kinds.get(q.kind());
                                synchronized (h) {
                                    h.recordValue((System.nanoTime() - t0) / 1_000);
                                }
                            }
                        });
            };
            LatencySummary p = Load.atRate(String.format(Locale.ROOT, "search mix at %.0f %% of peak", f * 100),
                    rate, ctx.warmup(), ctx.measure(), timed);
            searchPhases.add(p);
            ctx.report().chartPoint("catalogue: search", p);
            if (byKind == null) {
                byKind = kinds;
            }
        }

        write(s, base, loaded, size, matches, readRamp, readPhases, searchPeak, searchPhases, byKind);
    }

    private void write(Section s, Baselines base, CatalogueData.Loaded loaded, int size,
            Map<SearchMix.Kind, Double> matches, Ramp.Result readRamp, List<LatencySummary> readPhases,
            LatencySummary searchPeak, List<LatencySummary> searchPhases, Map<SearchMix.Kind, Histogram> byKind) {
        s.text(String.format(Locale.ROOT, """
                The catalogue held **%s published results** during the measurements, %s of them generated by the \
                bench (seed-determined; %s inserted in this run, %s already there from an earlier run). Searches go \
                through `GET /results?q=…` (CJK bigrams in a GIN-indexed `tsvector`, a `count(*)` and the newest \
                20); reads through `GET /results/{id}` of a random generated result; every request carries a real \
                Keycloak token of one of %s.""",
                Fmt.count(loaded.publishedInCatalogue()), Fmt.count(loaded.benchRowsInCatalogue()),
                Fmt.count(loaded.inserted()), Fmt.count(loaded.alreadyThere()), String.join(", ", USERS)));
        s.text("Ratios: throughput against the pgbench select-only baseline's transactions per second, latency "
                + "against its mean latency (both at 8 clients on the same PostgreSQL): a catalogue read is one "
                + "primary-key select behind HTTP, token checks and JSON, so the ratio is what the service stack "
                + "costs over the database's own cheapest read; a search is two index queries, and its ratio says how "
                + "much heavier it is. The bulk load is compared with the pgbench read-write baseline (a write "
                + "transaction per second).");

        Section.Table load = s.table("data", "figure", "vs pgbench read-write");
        load.row("results inserted", Fmt.count(loaded.inserted()), "");
        load.row("insert rate (results/s, batches of 500, search terms and GIN index)",
                Fmt.rate(loaded.rowsPerSecond()), Fmt.ratio(loaded.rowsPerSecond(), base.pgReadWriteTps));
        load.row("vacuum (analyze) after the load (s)", Fmt.seconds(loaded.vacuumSeconds()), "");
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
                + "request is sent at its due time whatever happened before, and its latency counts from that time.",
                readRamp.steps().stream().map(x -> x.label().replaceAll("\\D+", "")).reduce((a, b) -> a + ", " + b)
                        .orElse(""), Ramp.MIN_GAIN * 100, readRamp.saturated()
                        ? "saturated: the last step did not add enough, or failed"
                        : "**not saturated**: the ramp ran out of steps while still growing, so the peak is higher"));

        LatencySummary lowest = searchPhases.get(0);
        Section.Table k = s.table("search kind", "share", "results matching (mean)", "requests", "p50 ms", "p90 ms",
                "p99 ms", "max ms");
        ArrayNode kinds = s.json().putArray("searchKinds");
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            Histogram h = byKind.get(kind);
            LatencySummary ks = LatencySummary.of(kind.name(), lowest.offeredPerSecond(), Double.NaN, h, 0, null);
            k.row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + kind.description,
                    kind.weight + " %", Fmt.rate(matches.get(kind)), Fmt.count(ks.count()),
                    Fmt.msVs(ks.p50(), base.pgSelectOnlyLatencyMs), Fmt.msVs(ks.p90(), base.pgSelectOnlyLatencyMs),
                    Fmt.msVs(ks.p99(), base.pgSelectOnlyLatencyMs), Fmt.msVs(ks.max(), base.pgSelectOnlyLatencyMs));
            ObjectNode node = kinds.addObject();
            node.put("kind", kind.name());
            node.put("description", kind.description);
            node.put("sharePercent", kind.weight);
            Section.putNumber(node, "meanMatches", matches.get(kind));
            node.put("count", ks.count());
            Section.putNumber(node, "p50Ms", ks.p50());
            Section.putNumber(node, "p90Ms", ks.p90());
            Section.putNumber(node, "p99Ms", ks.p99());
            Section.putNumber(node, "maxMs", ks.max());
            Section.putNumber(node, "p50VsPgSelectOnlyLatency", ratio(ks.p50(), base.pgSelectOnlyLatencyMs));
            Section.putNumber(node, "p99VsPgSelectOnlyLatency", ratio(ks.p99(), base.pgSelectOnlyLatencyMs));
        }
        s.text(String.format(Locale.ROOT, "Search kinds at the lowest rate (%s/s, %s): latency from each request's "
                + "actual start, which at a quarter of the peak is its due time give or take the driver's "
                + "scheduling; \"results matching\" is the mean `total` of %d sample queries of each kind taken "
                + "before the phases. A search's cost grows with the number of results it matches, not with its "
                + "page: the service counts every match (`count(*)`) and sorts them all by publication time to "
                + "return the newest 20, and browsing without a keyword matches the whole catalogue (the "
                + "`(status, region_code, published_at)` index gives that order only within one region).",
                Fmt.rate(lowest.offeredPerSecond()), lowest.label(), MATCH_SAMPLES));
        Section.putNumber(s.json(), "readPeakPerSecond", readPeak.throughputPerSecond());
        s.json().put("readPeakSaturated", readRamp.saturated());
        Section.putNumber(s.json(), "searchPeakPerSecond", searchPeak.throughputPerSecond());
        Section.putNumber(s.json(), "baselinePgSelectOnlyTps", base.pgSelectOnlyTps);
        Section.putNumber(s.json(), "baselinePgSelectOnlyLatencyMs", base.pgSelectOnlyLatencyMs);
        Section.putNumber(s.json(), "baselinePgReadWriteTps", base.pgReadWriteTps);
    }

    static final int MATCH_SAMPLES = 5;

    /** The mean number of matching results of a few queries of each kind (set-up, not timed). */
    private Map<SearchMix.Kind, Double> sampleMatches(BenchContext ctx, SearchMix mix, String url)
            throws IOException {
        Map<SearchMix.Kind, Double> matches = new EnumMap<>(SearchMix.Kind.class);
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            long total = 0;
            for (int i = 0; i < MATCH_SAMPLES; i++) {
                SearchMix.Query q = mix.query(kind, ResultGenerator.random(ctx.options().seed(), 5,
                        kind.ordinal() * 1_000L + i));
                String body = ctx.http().call(Http.get(url + "?" + q.queryString(), token(i)), 200).body();
                JsonNode page = mapper.readTree(body);
                if (!page.has("total")) {
                    throw new IllegalStateException("GET /results answered without a total: " + body);
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
