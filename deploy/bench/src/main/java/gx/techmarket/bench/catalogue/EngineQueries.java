package gx.techmarket.bench.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine alone (part {@code index}, after the largest build): the catalogue part's search mix ({@link SearchMix},
 * same seed) asked of the built index in this thread, without HTTP, token, database or JSON — what one search costs
 * the index itself, by kind. While it runs a result is published every {@link #PUBLISH_EVERY} searches (an upsert
 * and a refresh: a new searcher generation, as on a market where results keep being published). A first round warms
 * the JIT and is not measured; the second is.
 */
final class EngineQueries {

    /** Searches of each round. */
    static final int QUERIES = 1_000;
    static final int PUBLISH_EVERY = 3;

    private EngineQueries() {}

    /** What one kind of search measured: CPU ms of this thread per search, wall ms, and the mean total found. */
    record Measured(SearchMix.Kind kind, int searches, double cpuMsMean, double p50, double p95, double p99,
            double meanTotal) {}

    /**
     * The measured round: each kind's figures, and the process's CPU (every thread: the searches, the publications,
     * and the refreshes' flushes and the merges they cause in Lucene's own threads) per search.
     */
    record Round(List<Measured> kinds, double processCpuMsPerSearch) {}

    static Round run(LuceneSearchIndex index, ResultGenerator generator, long seed, int size,
            Consumer<String> log) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process0 = 0;
        int searches = 0;
        SearchMix mix = new SearchMix(seed, generator, size);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<SearchMix.Kind, List<double[]>> byKind = new EnumMap<>(SearchMix.Kind.class);
        int published = 0;
        for (int round = 0; round < 2; round++) {
            byKind.clear();
            process0 = os.getProcessCpuTime();
            searches = 0;
            log.accept(round == 0 ? "index: the search mix against the engine alone, warming up"
                    : "index: the search mix against the engine alone, measured");
            for (int i = 0; i < QUERIES; i++) {
                SearchMix.Query q = mix.query(i + round * (long) QUERIES);
                String cursor = null;
                if (q.kind() == SearchMix.Kind.NEXT_PAGE) {
                    cursor = index.search(request(q.queryString(), null)).nextCursor();
                    if (cursor == null) {
                        continue;
                    }
                }
                if (i % PUBLISH_EVERY == 0) {
                    index.upsert(IndexBuild.document(generator.result(size + published++)));
                    index.refresh();
                }
                SearchRequest r = request(q.queryString(), cursor);
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SearchPage page = index.search(r);
                long wall = System.nanoTime() - t0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>())
                        .add(new double[] {cpu / 1e6, wall / 1e6, page.total()});
                searches++;
            }
        }
        double processMs = (os.getProcessCpuTime() - process0) / 1e6;
        List<Measured> out = new ArrayList<>();
        for (Map.Entry<SearchMix.Kind, List<double[]>> e : byKind.entrySet()) {
            List<double[]> v = e.getValue();
            double[] walls = v.stream().mapToDouble(x -> x[1]).sorted().toArray();
            out.add(new Measured(e.getKey(), v.size(), v.stream().mapToDouble(x -> x[0]).average().orElse(0),
                    percentile(walls, 0.50), percentile(walls, 0.95), percentile(walls, 0.99),
                    v.stream().mapToDouble(x -> x[2]).average().orElse(0)));
        }
        return new Round(out, searches == 0 ? 0 : processMs / searches);
    }

    /** The search a query string of the mix asks for, as the catalogue's search endpoint reads it. */
    static SearchRequest request(String queryString, String cursor) {
        String text = null;
        String sort = null;
        Map<String, List<String>> filters = new HashMap<>();
        for (String pair : queryString.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> text = value;
                case "sort" -> sort = value;
                case "size" -> { }
                default -> filters.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(value);
            }
        }
        SearchSort order = sort == null ? null : switch (sort) {
            case "newest" -> SearchSort.by(ResultSearchSchema.PUBLISHED, true);
            case "price" -> SearchSort.by(ResultSearchSchema.PRICE, false);
            case "price-desc" -> SearchSort.by(ResultSearchSchema.PRICE, true);
            default -> throw new IllegalArgumentException("sort " + sort);
        };
        return new SearchRequest(text, filters, List.of(), order, cursor, SearchMix.PAGE_SIZE);
    }

    static void write(Section s, int size, Round round) {
        List<Measured> measured = round.kinds();
        Section.Table t = s.table("search kind (engine alone, one thread)", "searches", "CPU ms per search",
                "p50 ms", "p95 ms", "p99 ms", "results matching (mean)");
        ArrayNode json = s.json().putArray("engineQueries");
        int all = 0;
        double cpu = 0;
        for (Measured m : measured) {
            t.row(m.kind().name().toLowerCase(Locale.ROOT), Integer.toString(m.searches()),
                    String.format(Locale.ROOT, "%.2f", m.cpuMsMean()), Fmt.ms(m.p50()), Fmt.ms(m.p95()),
                    Fmt.ms(m.p99()), Fmt.count(Math.round(m.meanTotal())));
            ObjectNode node = json.addObject();
            node.put("kind", m.kind().name());
            node.put("searches", m.searches());
            Section.putNumber(node, "cpuMsMean", m.cpuMsMean());
            Section.putNumber(node, "p50", m.p50());
            Section.putNumber(node, "p95", m.p95());
            Section.putNumber(node, "p99", m.p99());
            all += m.searches();
            cpu += m.cpuMsMean() * m.searches();
        }
        double mean = all == 0 ? 0 : cpu / all;
        t.row("**all**", Integer.toString(all), String.format(Locale.ROOT, "**%.2f**", mean), "", "", "", "");
        Section.putNumber(s.json(), "engineCpuMsPerSearch", mean);
        Section.putNumber(s.json(), "engineProcessCpuMsPerSearch", round.processCpuMsPerSearch());
        s.text(String.format(Locale.ROOT, "The search mix of the catalogue part asked of the index of %,d results "
                + "alone, in one thread: no HTTP, token, database or JSON. A result is published (upserted, the "
                + "searcher refreshed) every %d searches. %,d searches warm the JIT first. At %.2f CPU ms per search "
                + "the engine alone could answer about %,.0f searches a second on the two cores; what the market part "
                + "measures beyond that is the service around it. The whole process used %.2f CPU ms per search of "
                + "the measured round: the searches, the publications and the flushes and merges they cause in "
                + "Lucene's threads.", size, PUBLISH_EVERY, QUERIES, mean,
                mean == 0 ? 0 : 2_000 / mean, round.processCpuMsPerSearch()));
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
