package gx.techmarket.bench.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.search.listing.ListingFacets;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The part {@code index}: how fast the catalogue's search index is rebuilt from its rows, in this JVM, no market.
 * The generated results of the catalogue part ({@link ResultGenerator}, same seed) become the documents the catalogue
 * makes of its rows ({@code ResultDocuments}: {@link ResultSearchSchema}'s texts, facets and numbers) and are given
 * to {@link LuceneSearchIndex#replaceAll} — the catalogue's rebuild at start without the database — in an index on
 * disk. Builds: {@link #SMALL} results on one thread and on every core, then {@code --catalogue-size} results on
 * every core. Documents a second of wall time, CPU milliseconds per document (the process's: analysis, flushes,
 * merges, garbage collection), and the index's size on disk (what an in-memory index holds on the heap).
 */
public final class IndexBuild {

    /** The small build: one thread and every core, so that the speed-up is seen. */
    static final int SMALL = 20_000;
    private static final BigDecimal FEN = BigDecimal.valueOf(100);

    private IndexBuild() {}

    /** One build: its size, threads, seconds, CPU seconds of the process, and index bytes on disk. */
    record Build(int documents, int threads, double seconds, double cpuSeconds, long bytes) {

        double documentsPerSecond() {
            return documents / seconds;
        }

        double cpuMsPerDocument() {
            return cpuSeconds * 1_000 / documents;
        }
    }

    public static void run(long seed, int size, Path work, Section s, Consumer<String> log) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        ResultGenerator generator = new ResultGenerator(seed);
        List<int[]> plan = new ArrayList<>();
        int small = Math.min(SMALL, size);
        plan.add(new int[] {small, 1});
        if (cores > 1) {
            plan.add(new int[] {small, cores});
        }
        if (size > small) {
            plan.add(new int[] {size, cores});
        }
        List<Build> builds = new ArrayList<>();
        List<EngineQueries.Round> queries = new ArrayList<>();
        for (int[] p : plan) {
            boolean last = p == plan.get(plan.size() - 1);
            Path dir = work.resolve("index-" + p[0] + "-" + p[1]);
            delete(dir);
            Files.createDirectories(dir);
            log.accept(String.format(Locale.ROOT, "index: building %,d documents on %d thread(s) in %s", p[0], p[1],
                    dir));
            Build b = build(generator, p[0], p[1], dir, !last ? null
                    : index -> queries.add(EngineQueries.run(index, generator, seed, p[0], log)));
            log.accept(String.format(Locale.ROOT, "index: %,d documents in %.1f s: %.0f documents/s, %.2f CPU ms "
                    + "each, %s MB on disk", b.documents(), b.seconds(), b.documentsPerSecond(), b.cpuMsPerDocument(),
                    Fmt.mb(b.bytes())));
            builds.add(b);
            delete(dir);
        }
        write(s, builds, cores);
        EngineQueries.write(s, plan.get(plan.size() - 1)[0], queries.get(0));
    }

    /** One build; then {@code afterBuild} (null: nothing) is given the index before it closes. */
    static Build build(ResultGenerator generator, int size, int threads, Path dir,
            Consumer<LuceneSearchIndex> afterBuild) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double seconds;
        double cpu;
        try (LuceneSearchIndex index = LuceneSearchIndex.withBuildThreads(ResultSearchSchema.SCHEMA,
                Analysis.standard(), dir, SearchSort.by(ResultSearchSchema.PUBLISHED, true), threads)) {
            if (!index.needsRebuild()) {
                throw new IllegalStateException("the index in " + dir + " was not new");
            }
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            index.replaceAll(documents(generator, size));
            seconds = (System.nanoTime() - t0) / 1e9;
            cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            SearchIndex.Health health = index.health();
            if (health.state() != SearchIndex.State.READY || health.documents() != size) {
                throw new IllegalStateException("the index holds " + health + " after building " + size);
            }
            if (afterBuild != null) {
                afterBuild.accept(index);
            }
        }
        return new Build(size, threads, seconds, cpu, bytes(dir));
    }

    /** Generated results 0 … size − 1 as the catalogue indexes its rows. */
    static Iterator<SearchDocument> documents(ResultGenerator generator, int size) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(generator.result(i++));
            }
        };
    }

    /** A generated result as the catalogue's {@code ResultDocuments.of} makes the document of its row. */
    static SearchDocument document(ResultGenerator.GeneratedResult r) {
        Map<String, String> texts = new HashMap<>();
        texts.put(ResultSearchSchema.TITLE, r.title());
        texts.put(ResultSearchSchema.SUMMARY, r.summary());
        List<String> keywords = new ArrayList<>();
        keywords.add(r.holder().name());
        keywords.addAll(r.patentNumbers());
        texts.put(ResultSearchSchema.KEYWORDS, String.join(" ", keywords));
        Map<String, List<String>> facets = new HashMap<>();
        facets.put(ResultSearchSchema.INDUSTRY, List.of(r.industry()));
        facets.put(ResultSearchSchema.MATURITY, List.of(r.maturity()));
        if (r.trl() != null) {
            facets.put(ResultSearchSchema.TRL, List.of(r.trl().toString()));
        }
        facets.put(ResultSearchSchema.TRANSFER_MODE, r.transferModes());
        ListingFacets.city(r.regionCode()).ifPresent(c -> facets.put(ResultSearchSchema.CITY, List.of(c)));
        ListingFacets.county(r.regionCode()).ifPresent(c -> facets.put(ResultSearchSchema.COUNTY, List.of(c)));
        facets.put(ResultSearchSchema.PRICE_BAND, List.of(ResultSearchSchema.PriceBand.of(r.askingPrice()).name()));
        facets.put(ResultSearchSchema.PATENTS, List.of((r.patentNumbers().isEmpty()
                ? ResultSearchSchema.Patents.WITHOUT : ResultSearchSchema.Patents.WITH).name()));
        if (!r.patentNumbers().isEmpty()) {
            facets.put(ResultSearchSchema.PATENT_STATUS, List.of("GRANTED"));
        }
        facets.put(ResultSearchSchema.HOLDER_KIND, List.of(r.holder().kind()));
        Map<String, Long> numbers = new HashMap<>();
        numbers.put(ResultSearchSchema.PUBLISHED, r.publishedAt().toEpochMilli());
        if (r.askingPrice() != null) {
            numbers.put(ResultSearchSchema.PRICE, r.askingPrice().multiply(FEN).longValueExact());
        }
        return new SearchDocument(r.id().toString(), texts, facets, numbers);
    }

    private static void write(Section s, List<Build> builds, int cores) {
        Section.Table t = s.table("build", "documents", "threads", "seconds", "documents/s", "CPU ms per document",
                "index on disk (MB)");
        ArrayNode json = s.json().putArray("builds");
        for (Build b : builds) {
            t.row(String.format(Locale.ROOT, "%,d on %d thread%s", b.documents(), b.threads(),
                            b.threads() == 1 ? "" : "s"), Fmt.count(b.documents()), Integer.toString(b.threads()),
                    Fmt.seconds(b.seconds()), Fmt.rate(b.documentsPerSecond()),
                    String.format(Locale.ROOT, "%.2f", b.cpuMsPerDocument()), Fmt.mb(b.bytes()));
            ObjectNode node = json.addObject();
            node.put("documents", b.documents());
            node.put("threads", b.threads());
            Section.putNumber(node, "seconds", b.seconds());
            Section.putNumber(node, "documentsPerSecond", b.documentsPerSecond());
            Section.putNumber(node, "cpuMsPerDocument", b.cpuMsPerDocument());
            node.put("bytes", b.bytes());
        }
        Build last = builds.get(builds.size() - 1);
        double perMillionBytes = last.bytes() * (1_000_000.0 / last.documents());
        double perMillionSeconds = 1_000_000.0 / last.documentsPerSecond();
        s.text(String.format(Locale.ROOT, "The catalogue's rebuild at start without its database (ADR 0030): the "
                + "generated results as the catalogue indexes its rows, given to `LuceneSearchIndex.replaceAll` in an "
                + "index on disk (this machine: %d cores). The rows are read in one thread and analysed on every core "
                + "(smartcn's word segmentation is most of the cost); the writer's buffer is 64 MB and the searcher "
                + "is refreshed every 10 s while the rebuild runs. At this rate 1,000,000 results take about %.0f "
                + "minutes and %s MB on disk — on the heap of an in-memory index (the embedded default) about as much, "
                + "plus the merges' transient copies.", cores, perMillionSeconds / 60, Fmt.mb((long) perMillionBytes)));
        Section.putNumber(s.json(), "millionSecondsEstimate", perMillionSeconds);
        Section.putNumber(s.json(), "millionBytesEstimate", perMillionBytes);
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
