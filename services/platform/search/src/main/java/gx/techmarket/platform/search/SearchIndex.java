package gx.techmarket.platform.search;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Optional;

/**
 * A search index over one kind of listing: a read model of the owning service's table, kept current by upserts and
 * deletes by id, rebuilt from the table when it is missing or of another schema version. One embedded Lucene
 * implementation ({@link LuceneSearchIndex}); an OpenSearch adapter can implement the same on a cluster.
 *
 * <p>Changes are searchable within {@link LuceneSearchIndex#REFRESH_INTERVAL_MS} milliseconds (near-real-time);
 * {@link #refresh()} makes them searchable now.
 */
public interface SearchIndex extends Closeable {

    /** The state of the index, for the service's health check. */
    enum State {
        /** Being rebuilt: searches answer from what is already in it. */
        BUILDING,
        /** Complete and kept current. */
        READY
    }

    /** The index's health: state, documents and the schema version. */
    record Health(State state, long documents, int schemaVersion) {}

    /** Adds or replaces the document with this id. */
    void upsert(SearchDocument document);

    /** Removes the document with this id, if any. */
    void delete(String id);

    /**
     * The {@link SearchDocument#fingerprint()} of the document held under {@code id}, as searchable now; empty when
     * there is none, or the index does not keep fingerprints (then a caller writes the document again).
     */
    default Optional<byte[]> fingerprintOf(String id) {
        return Optional.empty();
    }

    /**
     * Searches.
     *
     * @throws SearchRefusal when the request is not acceptable (too long, unknown facet value, bad cursor)
     */
    SearchPage search(SearchRequest request);

    /** Whether the index must be rebuilt from the table (missing, or of another schema version). */
    boolean needsRebuild();

    /**
     * Replaces every document by {@code documents} and records the schema version; the state is
     * {@link State#BUILDING} meanwhile. Upserts and deletes may run at the same time (they win for their id if they
     * come after the rebuild wrote it). {@code documents} is read in the calling thread only (a service's iterator
     * reads its table in that thread's transactions); the implementation may index on other threads.
     */
    void replaceAll(Iterator<SearchDocument> documents);

    /** Makes every change so far searchable now. */
    void refresh();

    /** How many documents the index holds (as searchable now). */
    long size();

    Health health();

    @Override
    void close();
}
