package gx.techmarket.platform.search.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchIndex;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps a search index a read model of a service's table (ADR 0030). At start, when the index is missing or of
 * another schema version, it is rebuilt in the background from the searchable rows (the service is ready meanwhile;
 * the index's health says {@code BUILDING}), then every row changed since the rebuild began is read again. After
 * that, for any event about row X (the instance's own commits, and its own topic's events for every instance's), row
 * X is read again and its document put in the index when it is searchable, removed otherwise: idempotent,
 * indifferent to the order and the kind of event. The service keeps only its {@link IndexedRows} (row → document)
 * and calls {@link #start}, {@link #committed} and {@link #reindex} (with {@link #rowOf} for its topic's events).
 *
 * <p>A write that would put back what this instance last wrote for the row (the same document, or the row's absence)
 * is skipped: the event of an instance's own commit, which it hears after having indexed the commit, and the
 * several events of one change change nothing. Each write to the index becomes a small segment at the next refresh,
 * and small segments are merged again and again: under a stream of publications, merging was a third of the
 * catalogue's work when every commit was written twice and refreshed at once (ADR 0035). The last
 * {@link #REMEMBERED} rows written are remembered (a SHA-256 of the document); the memory is forgotten by a rebuild.
 * Committing threads share the searcher's refreshes ({@code LuceneSearchIndex.refresh}).
 */
public final class ReadModelIndexing {

    private static final Logger LOG = Logger.getLogger(ReadModelIndexing.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows read per transaction while rebuilding. */
    public static final int BATCH = 500;
    /** How far before the rebuild's start changed rows are read again (clock differences between instances). */
    public static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    /** How many rows' last writes are remembered (the most recently written). */
    public static final int REMEMBERED = 10_000;
    private static final byte[] GONE = new byte[0];
    private static final int STRIPES = 64;

    private final String name;
    private final SearchIndex index;
    /** Row id → what this instance last wrote for it: the document's fingerprint, or {@link #GONE}. */
    private final Map<String, byte[]> written = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };
    /** One write of a row at a time (its comparison, write and memory), rows spread over a few locks. */
    private final Object[] stripes = new Object[STRIPES];
    private final IndexedRows rows;
    private final Clock clock;

    /**
     * @param name what the index holds, plural, for the log and the rebuild thread's name (e.g. {@code results})
     */
    public ReadModelIndexing(String name, SearchIndex index, IndexedRows rows, Clock clock) {
        this.name = name;
        this.index = index;
        this.rows = rows;
        this.clock = clock;
        Arrays.setAll(stripes, i -> new Object());
    }

    /** At the service's start: rebuilds the index in a background thread when it needs it. */
    public void start() {
        if (!index.needsRebuild()) {
            return;
        }
        Thread rebuild = new Thread(this::rebuild, name + "-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /** Replaces the index's content with the searchable rows, then reads again the rows changed meanwhile. */
    public void rebuild() {
        Instant began = clock.instant();
        try {
            synchronized (written) {
                written.clear();
            }
            index.replaceAll(new SearchableRows());
            index.refresh();
            long read = 0;
            long changed = 0;
            for (String id : rows.inNewTransaction(() -> rows.changedSince(began.minus(CATCH_UP_MARGIN)))) {
                read++;
                if (reindex(id, true)) {
                    changed++;
                }
            }
            index.refresh();
            LOG.infof("search index of %s rebuilt: %d documents in %d s (%d rows changed since the rebuild began read"
                    + " again, %d of them written)", name, index.size(),
                    Duration.between(began, clock.instant()).toSeconds(), read, changed);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding the search index of %s failed; it is rebuilt at the next start", name);
        }
    }

    /** After this instance committed a change of row {@code id}: the row as it is now, searchable at once. */
    public void committed(String id) {
        reindex(id);
        // even when nothing was written (an event of this change already wrote it): that write may not be searchable
        // yet; a refresh with nothing new to show returns at once (LuceneSearchIndex.refresh)
        index.refresh();
    }

    /**
     * Reads row {@code id} again: indexed when searchable, removed from the index otherwise (or when gone); nothing is
     * written when that is what this instance last wrote for the row. True when the index was written.
     */
    public boolean reindex(String id) {
        return reindex(id, false);
    }

    /**
     * As {@link #reindex(String)}; {@code afterRebuild}: this instance has not written the row since the rebuild,
     * so what the index holds is what the rebuild read: unchanged (the same fingerprint), nothing is written. A
     * rebuild's catch-up after a bulk load reads hundreds of thousands of rows again, nearly all as the rebuild
     * indexed them a minute before.
     */
    private boolean reindex(String id, boolean afterRebuild) {
        // the row is read outside the lock: a thread holding a lock must not wait for a database connection
        Optional<SearchDocument> document = rows.inNewTransaction(() -> rows.searchable(id));
        byte[] now = document.map(SearchDocument::fingerprint).orElse(GONE);
        synchronized (stripes[Math.floorMod(id.hashCode(), STRIPES)]) {
            byte[] last;
            synchronized (written) {
                last = written.get(id);
            }
            if (last != null && Arrays.equals(last, now)) {
                return false;
            }
            if (last == null && afterRebuild) {
                Optional<byte[]> indexed = index.fingerprintOf(id);
                if (indexed.isPresent() ? Arrays.equals(indexed.get(), now) : document.isEmpty()) {
                    return false;
                }
            }
            if (document.isEmpty()) {
                index.delete(id);
            } else {
                index.upsert(document.get());
            }
            synchronized (written) {
                written.put(id, now);
            }
            return true;
        }
    }

    /**
     * The id of the row an event of the service's own topic (JSON) is about, in its field {@code idField}; empty for
     * an event without one (it is about nothing the index holds). A record that is not JSON is refused with an
     * {@link IllegalArgumentException} (the consumer's dead-letter topic takes it).
     */
    public static Optional<String> rowOf(String payload, String idField) {
        JsonNode id;
        try {
            id = JSON.readTree(payload == null ? "" : payload).path(idField);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON event", e);
        }
        return id.isMissingNode() || id.isNull() ? Optional.empty() : Optional.of(id.asText());
    }

    /** The searchable rows in id order, read {@link #BATCH} at a time, each batch in a transaction of its own. */
    private final class SearchableRows implements Iterator<SearchDocument> {
        private final Deque<SearchDocument> batch = new ArrayDeque<>();
        private String after;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (batch.isEmpty() && !exhausted) {
                List<SearchDocument> next = rows.inNewTransaction(() -> rows.searchableAfter(after, BATCH));
                batch.addAll(next);
                exhausted = next.size() < BATCH;
                if (!next.isEmpty()) {
                    after = next.get(next.size() - 1).id();
                }
            }
            return !batch.isEmpty();
        }

        @Override
        public SearchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.removeFirst();
        }
    }
}
