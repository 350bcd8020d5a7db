package gx.techmarket.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded Lucene index of one service instance (ADR 0030).
 *
 * <p>Each document: {@code _id} (stored; its 128 bits as the numeric doc values {@code _key.hi}/{@code _key.lo}: the
 * tie-breaker of every order); per text field
 * {@code name} (stored when highlighted), the words and grams of all of them in {@code _all.w}/{@code _all.g}, and for
 * a field ranked apart (weight above 1) also {@code name.w} and {@code name.g}; per facet a SortedSet doc values facet and a {@code f.name} keyword for filters; per
 * number {@code n.name} as a point (ranges) and numeric doc values (sorts). The schema version is in the commit's
 * user data: an index of another version (or none) is recreated empty and {@link #needsRebuild()} says so.
 *
 * <p>A rebuild ({@link #replaceAll}) analyses on every core (the source is read in the calling thread), with a
 * {@link #BUILD_RAM_BUFFER_MB} MB writer buffer, the searcher refreshed only every {@link #BUILD_REFRESH_INTERVAL_MS}
 * ms meanwhile, and nothing committed before it is complete.
 *
 * <p>Near-real-time: a background thread refreshes the searcher every {@link #REFRESH_INTERVAL_MS} ms and commits
 * every {@link #COMMIT_INTERVAL_S} s when something changed (and on close). Facet counts over more than
 * {@link #SAMPLE_ABOVE} matches are estimated from a random sample of {@link #SAMPLE_SIZE} ({@code facetsExact} false);
 * counts are cached per searcher generation and search (text and filters), estimated ones reused for
 * {@link #ESTIMATE_REUSE_MS} ms across generations (then the total of such a search is counted only to 1,000).
 */
public final class LuceneSearchIndex implements SearchIndex {

    public static final long REFRESH_INTERVAL_MS = 100;
    public static final long COMMIT_INTERVAL_S = 30;
    public static final int SAMPLE_ABOVE = 50_000;
    public static final int SAMPLE_SIZE = 20_000;
    /**
     * How long estimated (sampled) facet counts are reused across searcher generations: they are estimates anyway,
     * and recounting a broad search over a million documents at every refresh is what makes browsing slow.
     */
    public static final long ESTIMATE_REUSE_MS = 5_000;

    /**
     * A term in more than this share of the documents, and in more than {@link #COMMON_MIN_DOCS} of them, cannot let a
     * document into a relaxed search by itself ({@link SearchPage#RELAX_BELOW}): in a large index 技术 or 方法 says
     * nothing of what a result is about, and its postings are the longest.
     */
    static final double COMMON_SHARE = 0.2;

    /**
     * Below this many documents no term is common: in a small market a word in a fifth of the results is cheap to
     * search and may be what they are about.
     */
    static final long COMMON_MIN_DOCS = 1000;
    /** How often the searcher is refreshed while a rebuild runs (each refresh flushes a segment). */
    public static final long BUILD_REFRESH_INTERVAL_MS = 10_000;
    /** The writer's buffer while a rebuild runs (the default 16 MB flushes small segments that are merged again). */
    public static final double BUILD_RAM_BUFFER_MB = 64;
    /** Documents handed to a build thread at a time. */
    static final int BUILD_BATCH = 200;
    /** Threads analysing documents during a rebuild: every core. */
    static final int BUILD_THREADS = Runtime.getRuntime().availableProcessors();
    static final String ID = "_id";
    /** The stored {@link SearchDocument#fingerprint()} of a document (what a rebuild's catch-up compares). */
    static final String FINGERPRINT = "_fp";
    /**
     * The tie-breaker of every order: the id's 128 bits as two numbers ({@link #key}). A string tie-breaker made the
     * collector look up (and decompress) the id of every competitive hit: most of a browse's time at 100,000 results.
     */
    static final String KEY_HIGH = "_key.hi";
    static final String KEY_LOW = "_key.lo";
    /**
     * The layout of the documents (fields and doc values) this class writes, stored with the schema's version: an
     * index of another layout is rebuilt like one of another schema. 2: the numeric tie-breaker.
     */
    static final int LAYOUT = 2;
    static final String FACET_FILTER = "f.";
    static final String NUMBER = "n.";
    static final String SCHEMA_KEY = "techmarket.search.schema";
    static final String BUILT_KEY = "techmarket.search.built";
    private static final int FACET_VALUES = 100;
    private static final int FACET_CACHE_ENTRIES = 256;

    private final SearchSchema schema;
    private final SearchSort defaultSort;
    private final Analysis analysis;
    private final Directory directory;
    /** The directory of an index without one of its own, deleted when it closes; null for a configured one. */
    private final Path scratch;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final ScheduledExecutorService refresher;
    private final boolean created;
    private volatile State state;
    private volatile FacetState facetState;
    /** Estimated counts by search, with when they were counted (System.nanoTime), across generations. */
    private final Map<String, Estimate> estimates = new ConcurrentHashMap<>();

    private record Estimate(Counted counted, long countedAt) {}

    private final int sampleAbove;
    private final int buildThreads;
    /** When the periodic refresh last ran during a rebuild (System.nanoTime). */
    private volatile long lastBuildRefresh = System.nanoTime();
    /** One refresh at a time; the writer's operations up to {@link #refreshedUpTo} are in the current searcher. */
    private final Object refreshing = new Object();
    private long refreshedUpTo = -1;
    private final int sampleSize;
    private final long estimateReuseNanos;

    /** The facet ordinals of one searcher generation and the counts computed on it. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState ordinals,
            Map<String, Counted> counts) {}

    private record Counted(Map<String, List<SearchPage.FacetCount>> facets, boolean exact) {}

    /**
     * Opens (or creates) the index.
     *
     * @param path the index directory; null for an index that lives as long as this object: memory-mapped files in a
     *     scratch directory of its own, deleted on {@link #close} (tests, and the embedded default)
     * @param defaultSort the order of a browse without text (e.g. newest first)
     */
    public LuceneSearchIndex(SearchSchema schema, Analysis analysis, Path path, SearchSort defaultSort) {
        this(schema, analysis, path, defaultSort, SAMPLE_ABOVE, SAMPLE_SIZE, ESTIMATE_REUSE_MS);
    }

    /**
     * With a given number of threads for {@link #replaceAll} instead of every core (measuring the rebuild: the
     * bench's part {@code index}).
     */
    public static LuceneSearchIndex withBuildThreads(SearchSchema schema, Analysis analysis, Path path,
            SearchSort defaultSort, int threads) {
        return new LuceneSearchIndex(schema, analysis, path, defaultSort, SAMPLE_ABOVE, SAMPLE_SIZE, ESTIMATE_REUSE_MS,
                threads);
    }

    /** With other sampling thresholds (tests: sampling on a small index). */
    LuceneSearchIndex(SearchSchema schema, Analysis analysis, Path path, SearchSort defaultSort, int sampleAbove,
            int sampleSize, long estimateReuseMs) {
        this(schema, analysis, path, defaultSort, sampleAbove, sampleSize, estimateReuseMs, BUILD_THREADS);
    }

    /** With another number of build threads (tests: the parallel rebuild on any machine). */
    LuceneSearchIndex(SearchSchema schema, Analysis analysis, Path path, SearchSort defaultSort, int sampleAbove,
            int sampleSize, long estimateReuseMs, int buildThreads) {
        this.sampleAbove = sampleAbove;
        this.buildThreads = Math.max(1, buildThreads);
        this.sampleSize = sampleSize;
        this.estimateReuseNanos = estimateReuseMs * 1_000_000;
        this.schema = schema;
        this.analysis = analysis;
        this.defaultSort = defaultSort;
        schema.facets().forEach(f -> facetsConfig.setMultiValued(f.name(), f.multiValued()));
        try {
            this.scratch = path == null ? ScratchDirectory.create() : null;
            this.directory = FSDirectory.open(path == null ? scratch : path);
            boolean current = false;
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader existing = DirectoryReader.open(directory)) {
                    String version = existing.getIndexCommit().getUserData().get(SCHEMA_KEY);
                    current = storedVersion().equals(version);
                }
            }
            this.created = !current;
            IndexWriterConfig config = new IndexWriterConfig(analysis.index())
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(true);
            this.writer = new IndexWriter(directory, config);
            if (created) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, "none").entrySet());
                writer.commit();
            }
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.state = created ? State.BUILDING : State.READY;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_INTERVAL_MS, REFRESH_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
        refresher.scheduleWithFixedDelay(this::commitQuietly, COMMIT_INTERVAL_S, COMMIT_INTERVAL_S, TimeUnit.SECONDS);
    }

    @Override
    public void upsert(SearchDocument document) {
        try {
            writer.updateDocument(new Term(ID, document.id()), toLucene(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean needsRebuild() {
        return created && state == State.BUILDING;
    }

    @Override
    public void replaceAll(Iterator<SearchDocument> documents) {
        state = State.BUILDING;
        double ramBuffer = writer.getConfig().getRAMBufferSizeMB();
        try {
            writer.deleteAll();
            writer.getConfig().setRAMBufferSizeMB(BUILD_RAM_BUFFER_MB);
            bulkUpsert(documents, buildThreads);
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, storedVersion(),
                    BUILT_KEY, Instant.now().toString()).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            state = State.READY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.getConfig().setRAMBufferSizeMB(ramBuffer);
        }
    }

    /**
     * Upserts every document of {@code documents} on {@code threads} threads: the iterator is read in the calling
     * thread only (a service's iterator reads its table in transactions of that thread), in batches of
     * {@link #BUILD_BATCH}, and the analysis (the cost of indexing: smartcn's segmentation) runs on the workers, each
     * with its own in-memory segment of the writer. A worker's failure stops the build and is thrown here.
     */
    private void bulkUpsert(Iterator<SearchDocument> documents, int threads) {
        if (threads <= 1) {
            while (documents.hasNext()) {
                upsert(documents.next());
            }
            return;
        }
        BlockingQueue<List<SearchDocument>> queue = new ArrayBlockingQueue<>(threads * 2);
        List<SearchDocument> end = List.of();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-build");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < threads; w++) {
                workers.execute(() -> {
                    try {
                        for (List<SearchDocument> batch = queue.take(); batch != end; batch = queue.take()) {
                            if (failure.get() == null) {
                                batch.forEach(this::upsert);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        queue.clear();
                    }
                });
            }
            List<SearchDocument> batch = new ArrayList<>(BUILD_BATCH);
            while (failure.get() == null && documents.hasNext()) {
                batch.add(documents.next());
                if (batch.size() == BUILD_BATCH) {
                    put(queue, batch, failure);
                    batch = new ArrayList<>(BUILD_BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(queue, batch, failure);
            }
        } finally {
            for (int w = 0; w < threads; w++) {
                put(queue, end, null);
            }
            workers.shutdown();
            try {
                if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                    workers.shutdownNow();
                    throw new IllegalStateException("the index build's workers did not finish within an hour");
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building the index", e);
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** Hands a batch to the workers; gives up when one of them failed (null: never, for the end marks). */
    private static void put(BlockingQueue<List<SearchDocument>> queue, List<SearchDocument> batch,
            AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the index", e);
        }
    }

    /**
     * Makes every write completed before the call searchable. Concurrent callers share refreshes: a caller that waited
     * while another refresh ran returns at once if that refresh began after its writes completed (the writer's
     * sequence numbers, as Lucene's {@code ControlledRealTimeReopenThread} uses them). Before, each caller refreshed
     * in turn, each refresh a new small segment, and under a stream of publications the callers queued behind one
     * another for seconds (ADR 0035).
     */
    @Override
    public void refresh() {
        try {
            refreshUpTo(writer.getMaxCompletedSequenceNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refreshes unless a refresh that began after the writer's operation {@code target} completed has finished. */
    private void refreshUpTo(long target) throws IOException {
        synchronized (refreshing) {
            if (refreshedUpTo >= target) {
                return;
            }
            long covered = writer.getMaxCompletedSequenceNumber();
            searchers.maybeRefreshBlocking();
            refreshedUpTo = Math.max(refreshedUpTo, covered);
        }
    }

    @Override
    public Optional<byte[]> fingerprintOf(String id) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            BytesRef fp = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(FINGERPRINT))
                    .getBinaryValue(FINGERPRINT);
            return fp == null ? Optional.empty() : Optional.of(BytesRef.deepCopyOf(fp).bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public long size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public Health health() {
        return new Health(state, size(), schema.version());
    }

    @Override
    public SearchPage search(SearchRequest request) {
        if (request.hasText() && request.text().codePointCount(0, request.text().length()) > SearchRequest.MAX_TEXT) {
            throw new SearchRefusal("QUERY_TOO_LONG", "q", SearchRequest.MAX_TEXT);
        }
        Query filters = filters(request);
        SearchSort sort = request.sortOr(defaultSort);
        if (!sort.relevance() && !schema.hasNumber(sort.number())) {
            throw new IllegalArgumentException("no number " + sort.number() + " to sort by");
        }
        String fingerprint = Cursors.fingerprint(request.fingerprintSource(sort));
        Cursors.After after = request.cursor() == null ? null : Cursors.decode(request.cursor(), fingerprint, sort);
        TextQuery.Built text = request.hasText() ? TextQuery.build(analysis, schema, request.text()) : null;
        if (text != null && text.query() == null) {
            return SearchPage.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text.query(), Occur.MUST);
        if (filters != null) {
            query.add(filters, Occur.FILTER);
        }
        Query q = query.build();
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        matching.add(text == null ? new MatchAllDocsQuery() : text.match(), Occur.FILTER);
        if (filters != null) {
            matching.add(filters, Occur.FILTER);
        }
        Query match = new ConstantScoreQuery(matching.build());
        IndexSearcher searcher = acquire();
        try {
            String matchKey = Cursors.fingerprint(request.fingerprintSource(SearchSort.RELEVANCE));
            SearchPage page = search(searcher, q, match, sort, fingerprint, after, text, request, matchKey, false);
            if (text == null || !sort.relevance() || page.total() >= SearchPage.RELAX_BELOW) {
                return page;
            }
            IndexReader reader = searcher.getIndexReader();
            long commonAbove = Math.max(COMMON_MIN_DOCS, (long) Math.floor(reader.numDocs() * COMMON_SHARE));
            List<String> strictIds = ids(searcher, match, SearchPage.RELAX_BELOW);
            if (strictIds.size() >= SearchPage.RELAX_BELOW) {
                return page;
            }
            TextQuery.Relaxed relaxed = text.relax(t -> docFreq(reader, t) > commonAbove,
                    strictIds.isEmpty() ? null
                            : new TermInSetQuery(ID, strictIds.stream().map(BytesRef::new).toList()));
            if (relaxed == null) {
                return page;
            }
            SearchPage wider = search(searcher, filtered(relaxed.query(), filters, false),
                    filtered(relaxed.match(), filters, true), sort, fingerprint, after, text, request,
                    matchKey + "~relaxed", true);
            return wider.total() > page.total() ? wider : page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * {@code query} within {@code filters}; without scores when {@code constant} (which documents match, for counting).
     */
    private static Query filtered(Query query, Query filters, boolean constant) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, constant ? Occur.FILTER : Occur.MUST);
        if (filters != null) {
            b.add(filters, Occur.FILTER);
        }
        return constant ? new ConstantScoreQuery(b.build()) : b.build();
    }

    /**
     * The ids of the documents {@code match} finds, at most {@code limit} of them (a text's strict matches, which a
     * relaxed search puts first by id rather than by matching them again).
     */
    private static List<String> ids(IndexSearcher searcher, Query match, int limit) throws IOException {
        TopDocs found = searcher.search(match, limit);
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc d : found.scoreDocs) {
            ids.add(stored.document(d.doc, Set.of(ID)).get(ID));
        }
        return ids;
    }

    private static long docFreq(IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of {@code query}'s matches in {@code sort}'s order, with the facet counts of all of them. Counts not
     * cached are counted in a pass of their own over {@code match} (the same documents without scores, from far fewer
     * terms); the page is then collected apart, so that once {@link SearchPage#COUNT_LIMIT} matches are counted the
     * ranking can skip documents that cannot enter it (a single pass collecting both must score every match).
     */
    private SearchPage search(IndexSearcher searcher, Query query, Query match, SearchSort sort, String fingerprint,
            Cursors.After after, TextQuery.Built text, SearchRequest request, String matchKey, boolean partial)
            throws IOException {
        Sort luceneSort = luceneSort(sort);
        long[] afterKey = after == null ? null : key(after.id());
        FieldDoc afterDoc = after == null ? null
                : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {
                        after.value() == null ? missing(sort) : after.value(), afterKey[0], afterKey[1]});
        TopFieldCollectorManager top = new TopFieldCollectorManager(luceneSort, request.size() + 1, afterDoc,
                SearchPage.COUNT_LIMIT, false);
        FacetState facets = facetState(searcher.getIndexReader());
        Counted counted = facets.ordinals() == null ? new Counted(Map.of(), true) : facets.counts().get(matchKey);
        if (counted == null) {
            Estimate estimate = estimates.get(matchKey);
            if (estimate != null && System.nanoTime() - estimate.countedAt() < estimateReuseNanos) {
                counted = estimate.counted();
            }
        }
        TopDocs topDocs;
        long matches;
        boolean matchesExact;
        if (counted == null) {
            RandomSamplingFacetsCollector fc = searcher.search(match, new SamplingManager(sampleSize));
            matches = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            matchesExact = true;
            topDocs = searcher.search(query, top);
            counted = count(facets.ordinals(), fc, searcher, matches);
            if (facets.counts().size() < FACET_CACHE_ENTRIES) {
                facets.counts().put(matchKey, counted);
            }
            if (!counted.exact()) {
                if (estimates.size() >= FACET_CACHE_ENTRIES) {
                    estimates.clear();
                }
                estimates.put(matchKey, new Estimate(counted, System.nanoTime()));
            }
        } else {
            topDocs = searcher.search(query, top);
            matches = topDocs.totalHits.value;
            matchesExact = topDocs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        }
        boolean exact = matchesExact && matches <= SearchPage.COUNT_LIMIT;
        long total = Math.min(matches, SearchPage.COUNT_LIMIT);

        StoredFields stored = searcher.storedFields();
        Set<String> load = new HashSet<>();
        load.add(ID);
        schema.texts().stream().filter(SearchSchema.TextField::highlight).forEach(t -> load.add(t.name()));
        List<SearchPage.Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = topDocs.scoreDocs;
        int shown = Math.min(docs.length, request.size());
        for (int i = 0; i < shown; i++) {
            Document d = stored.document(docs[i].doc, load);
            Map<String, String> highlights = new LinkedHashMap<>();
            for (SearchSchema.TextField t : schema.texts()) {
                if (t.highlight()) {
                    String value = d.get(t.name());
                    if (value != null) {
                        highlights.put(t.name(),
                                Highlighter.highlight(value, text == null ? List.of() : text.highlightTerms()));
                    }
                }
            }
            Object first = ((FieldDoc) docs[i]).fields[0];
            float score = first instanceof Float f ? f : 0f;
            boolean partialHit = partial && score < TextQuery.STRICT_FIRST;
            hits.add(new SearchPage.Hit(d.get(ID), partial && !partialHit ? score - TextQuery.STRICT_FIRST : score,
                    highlights, partialHit));
        }
        String next = null;
        if (docs.length > request.size()) {
            FieldDoc last = (FieldDoc) docs[request.size() - 1];
            Object value = last.fields[0];
            if (!sort.relevance() && value instanceof Long l && l == missing(sort)) {
                value = null;
            }
            next = Cursors.encode(fingerprint, value, hits.get(request.size() - 1).id());
        }
        return new SearchPage(hits, total, exact, counted.facets(), counted.exact(), next, partial);
    }

    /** Facet counts of the collected matches; estimated from the sample when there are more than SAMPLE_ABOVE. */
    private Counted count(SortedSetDocValuesReaderState ordinals, RandomSamplingFacetsCollector fc,
            IndexSearcher searcher, long matches) throws IOException {
        if (ordinals == null) {
            return new Counted(Map.of(), true);
        }
        boolean sampled = matches > sampleAbove;
        FacetsCollector source = sampled ? fc : exactView(fc);
        Facets counts = new SortedSetDocValuesFacetCounts(ordinals, source);
        Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
        for (SearchSchema.Facet f : schema.facets()) {
            FacetResult r;
            try {
                r = counts.getTopChildren(FACET_VALUES, f.name());
            } catch (IllegalArgumentException noSuchDimension) {
                r = null;
            }
            if (r != null && sampled) {
                r = fc.amortizeFacetCounts(r, facetsConfig, searcher);
            }
            List<SearchPage.FacetCount> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchPage.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(f.name(), List.copyOf(values));
        }
        return new Counted(out, !sampled);
    }

    /** The collector's matching documents, not sampled. */
    private static FacetsCollector exactView(RandomSamplingFacetsCollector fc) {
        FacetsCollector view = new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return fc.getOriginalMatchingDocs();
            }
        };
        return view;
    }

    /** One sampling facets collector per search (the searcher has no executor: one slice). */
    private static final class SamplingManager
            implements CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> {
        private final int size;
        private RandomSamplingFacetsCollector collector;

        SamplingManager(int size) {
            this.size = size;
        }

        @Override
        public RandomSamplingFacetsCollector newCollector() {
            if (collector != null) {
                throw new IllegalStateException("one slice expected");
            }
            collector = new RandomSamplingFacetsCollector(size, 0x5EA5C4L);
            return collector;
        }

        @Override
        public RandomSamplingFacetsCollector reduce(java.util.Collection<RandomSamplingFacetsCollector> collectors) {
            return collector;
        }
    }

    private FacetState facetState(IndexReader reader) {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current;
            }
            SortedSetDocValuesReaderState ordinals;
            try {
                ordinals = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacetsYet) {
                ordinals = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacetState fresh = new FacetState(reader, ordinals, new ConcurrentHashMap<>());
            facetState = fresh;
            return fresh;
        }
    }

    private Query filters(SearchRequest request) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, List<String>> e : request.filters().entrySet()) {
            SearchSchema.Facet facet = schema.facet(e.getKey());
            if (facet == null) {
                throw new SearchRefusal("UNKNOWN_FACET", e.getKey(), e.getKey());
            }
            if (e.getValue().isEmpty()) {
                continue;
            }
            Set<BytesRef> oneOf = new LinkedHashSet<>();
            for (String value : e.getValue()) {
                if (value == null || !facet.known().test(value)) {
                    throw new SearchRefusal("UNKNOWN_FACET_VALUE", facet.name(), facet.name(), value);
                }
                oneOf.add(new BytesRef(value));
            }
            // one clause however many values (a client may repeat a value a thousand times): Lucene refuses a query
            // of more than 1,024 clauses
            all.add(new TermInSetQuery(FACET_FILTER + facet.name(), oneOf), Occur.FILTER);
            any = true;
        }
        for (SearchRequest.Range r : request.ranges()) {
            if (!schema.hasNumber(r.field())) {
                throw new IllegalArgumentException("no number " + r.field());
            }
            all.add(LongPoint.newRangeQuery(NUMBER + r.field(), r.min() == null ? Long.MIN_VALUE : r.min(),
                    r.max() == null ? Long.MAX_VALUE : r.max()), Occur.FILTER);
            any = true;
        }
        return any ? all.build() : null;
    }

    private static Sort luceneSort(SearchSort sort) {
        SortField high = new SortField(KEY_HIGH, SortField.Type.LONG);
        SortField low = new SortField(KEY_LOW, SortField.Type.LONG);
        if (sort.relevance()) {
            return new Sort(SortField.FIELD_SCORE, high, low);
        }
        SortField number = new SortField(NUMBER + sort.number(), SortField.Type.LONG, sort.descending());
        number.setMissingValue(missing(sort));
        return new Sort(number, high, low);
    }

    /** Documents without the number sort last: the smallest value when descending, the largest when ascending. */
    private static long missing(SearchSort sort) {
        return sort.descending() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private Document toLucene(SearchDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StoredField(FINGERPRINT, d.fingerprint()));
        long[] key = key(d.id());
        doc.add(new NumericDocValuesField(KEY_HIGH, key[0]));
        doc.add(new NumericDocValuesField(KEY_LOW, key[1]));
        for (SearchSchema.TextField t : schema.texts()) {
            String value = d.texts().get(t.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (t.highlight()) {
                doc.add(new StoredField(t.name(), value));
            }
            if (t.rankedApart()) {
                doc.add(new TextField(t.name() + Analysis.WORDS, value, Field.Store.NO));
                doc.add(new TextField(t.name() + Analysis.GRAMS, value, Field.Store.NO));
            }
            doc.add(new TextField(TextQuery.ALL + Analysis.WORDS, value, Field.Store.NO));
            doc.add(new TextField(TextQuery.ALL + Analysis.GRAMS, value, Field.Store.NO));
        }
        for (SearchSchema.Facet f : schema.facets()) {
            List<String> values = d.facets().getOrDefault(f.name(), List.of());
            Set<String> seen = new HashSet<>();
            for (String v : values) {
                if (v == null || v.isEmpty() || !seen.add(v)) {
                    continue;
                }
                doc.add(new SortedSetDocValuesFacetField(f.name(), v));
                doc.add(new StringField(FACET_FILTER + f.name(), v, Field.Store.NO));
                if (!f.multiValued()) {
                    break;
                }
            }
        }
        for (String n : schema.numbers()) {
            Long v = d.numbers().get(n);
            if (v != null) {
                doc.add(new LongPoint(NUMBER + n, v));
                doc.add(new NumericDocValuesField(NUMBER + n, v));
            }
        }
        return facetsConfig.build(doc);
    }

    /**
     * An id as the two numbers that order documents of equal value: a UUID's own bits (every listing's id, as
     * {@code UUID.toString} writes it), any other id's name-based UUID (distinct ids, distinct keys: MD5 collisions
     * aside).
     */
    static long[] key(String id) {
        UUID uuid;
        try {
            uuid = id.length() == 36 ? UUID.fromString(id) : null;
        } catch (IllegalArgumentException notAUuid) {
            uuid = null;
        }
        if (uuid == null || !uuid.toString().equals(id)) {
            uuid = UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new long[] {uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()};
    }

    private String storedVersion() {
        return schema.version() + "." + LAYOUT;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshQuietly() {
        try {
            if (state == State.BUILDING) {
                // every refresh flushes the writer's buffers into a small segment, to be merged again and again:
                // while a rebuild runs, what is in the index becomes searchable every BUILD_REFRESH_INTERVAL_MS
                long now = System.nanoTime();
                if (now - lastBuildRefresh < BUILD_REFRESH_INTERVAL_MS * 1_000_000) {
                    return;
                }
                lastBuildRefresh = now;
            }
            refreshUpTo(writer.getMaxCompletedSequenceNumber());
        } catch (IOException | RuntimeException e) {
            // the next run tries again; a broken index shows in health() through size()
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges() && state == State.READY) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            // the next run tries again; close() commits too
        }
    }

    @Override
    public void close() {
        // no interrupt: a refresh or commit under way does file I/O, and an interrupted FileChannel is closed, which
        // leaves the writer with a tragic error (ClosedByInterruptException); let it finish instead
        refresher.shutdown();
        try {
            if (!refresher.awaitTermination(30, TimeUnit.SECONDS)) {
                refresher.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            if (state != State.READY) {
                writer.rollback();
            } else {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                ScratchDirectory.delete(scratch);
            }
        }
    }
}
