package gx.techmarket.demand.listing;

import gx.techmarket.demand.search.DemandIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the search index a read model of the {@code demand} table (ADR 0030). At start, when the index is missing
 * or of another schema version, it is rebuilt in the background from the published rows (the service is ready
 * meanwhile; its health says {@code BUILDING}), then every row changed since the rebuild began is read again. After
 * that, for any event about demand X (this instance's own commits, and {@code catalogue.demands.v1} for every
 * instance's), row X is read again and its document put in the index when it is published, removed otherwise:
 * idempotent, indifferent to the order and the kind of event.
 */
@ApplicationScoped
public class DemandIndexing {

    private static final Logger LOG = Logger.getLogger(DemandIndexing.class);
    /** Rows read per transaction while rebuilding. */
    static final int BATCH = 500;
    /** How far before the rebuild's start changed rows are read again (clock differences between instances). */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final DemandRepository demands;
    private final SearchIndex index;
    private final Clock clock;

    DemandIndexing(DemandRepository demands, DemandIndex index, Clock clock) {
        this.clock = clock;
        this.demands = demands;
        this.index = index.index();
    }

    void onStart(@Observes StartupEvent start) {
        if (!index.needsRebuild()) {
            return;
        }
        Thread rebuild = new Thread(this::rebuild, "demand-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    void rebuild() {
        Instant began = clock.instant();
        try {
            index.replaceAll(new PublishedRows());
            long changed = 0;
            for (UUID id : QuarkusTransaction.requiringNew()
                    .call(() -> demands.changedSince(began.minus(CATCH_UP_MARGIN)))) {
                reindex(id);
                changed++;
            }
            index.refresh();
            LOG.infof("search index of demands rebuilt: %d documents in %d s (%d changed meanwhile)", index.size(),
                    Duration.between(began, clock.instant()).toSeconds(), changed);
        } catch (RuntimeException e) {
            LOG.error("rebuilding the search index of demands failed; it is rebuilt at the next start", e);
        }
    }

    /** After this instance committed a publication or withdrawal: the row as it is now, searchable at once. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemandChanged changed) {
        reindex(changed.id());
        index.refresh();
    }

    /** Reads row {@code id} again: indexed when published, removed from the index otherwise (or when gone). */
    public void reindex(UUID id) {
        SearchDocument document = QuarkusTransaction.requiringNew().call(() -> {
            Demand d = demands.findById(id);
            return d != null && d.status() == DemandStatus.PUBLISHED ? DemandDocuments.of(d) : null;
        });
        if (document == null) {
            index.delete(id.toString());
        } else {
            index.upsert(document);
        }
    }

    /** The published rows in id order, read {@link #BATCH} at a time, each batch in a transaction of its own. */
    private final class PublishedRows implements Iterator<SearchDocument> {
        private final Deque<SearchDocument> batch = new ArrayDeque<>();
        private UUID after;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (batch.isEmpty() && !exhausted) {
                List<SearchDocument> next = QuarkusTransaction.requiringNew().call(() -> demands
                        .publishedAfter(after, BATCH).stream().map(DemandDocuments::of).toList());
                batch.addAll(next);
                exhausted = next.size() < BATCH;
                if (!next.isEmpty()) {
                    after = UUID.fromString(next.get(next.size() - 1).id());
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
