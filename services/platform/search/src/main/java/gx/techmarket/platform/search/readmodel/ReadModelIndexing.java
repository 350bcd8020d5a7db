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
import java.util.Iterator;
import java.util.List;
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
 */
public final class ReadModelIndexing {

    private static final Logger LOG = Logger.getLogger(ReadModelIndexing.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows read per transaction while rebuilding. */
    public static final int BATCH = 500;
    /** How far before the rebuild's start changed rows are read again (clock differences between instances). */
    public static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final String name;
    private final SearchIndex index;
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
            index.replaceAll(new SearchableRows());
            long changed = 0;
            for (String id : rows.inNewTransaction(() -> rows.changedSince(began.minus(CATCH_UP_MARGIN)))) {
                reindex(id);
                changed++;
            }
            index.refresh();
            LOG.infof("search index of %s rebuilt: %d documents in %d s (%d changed meanwhile)", name, index.size(),
                    Duration.between(began, clock.instant()).toSeconds(), changed);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding the search index of %s failed; it is rebuilt at the next start", name);
        }
    }

    /** After this instance committed a change of row {@code id}: the row as it is now, searchable at once. */
    public void committed(String id) {
        reindex(id);
        index.refresh();
    }

    /** Reads row {@code id} again: indexed when searchable, removed from the index otherwise (or when gone). */
    public void reindex(String id) {
        Optional<SearchDocument> document = rows.inNewTransaction(() -> rows.searchable(id));
        if (document.isEmpty()) {
            index.delete(id);
        } else {
            index.upsert(document.get());
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
