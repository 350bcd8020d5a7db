package gx.techmarket.demand.listing;

import gx.techmarket.demand.search.DemandIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.readmodel.IndexedRows;
import gx.techmarket.platform.search.readmodel.ReadModelIndexing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the search index a read model of the {@code demand} table (ADR 0030) with the platform's
 * {@link ReadModelIndexing}: rebuilt in the background at start when missing or of another schema version; then,
 * for any event about demand X (this instance's own commits, and {@code demand.demands.v1} for every instance's), row X
 * is read again and its document put in the index when it is published, removed otherwise. This class is the rows:
 * which are searchable (the published ones) and their documents.
 */
@ApplicationScoped
public class DemandIndexing implements IndexedRows {

    private final DemandRepository demands;
    private final ReadModelIndexing indexing;

    DemandIndexing(DemandRepository demands, DemandIndex index, Clock clock) {
        this.demands = demands;
        this.indexing = new ReadModelIndexing("demands", index.index(), this, clock);
    }

    void onStart(@Observes StartupEvent start) {
        indexing.start();
    }

    /** After this instance committed a publication or withdrawal: the row as it is now, searchable at once. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemandChanged changed) {
        indexing.committed(changed.id().toString());
    }

    /** Reads row {@code id} again: indexed when published, removed from the index otherwise (or when gone). */
    public void reindex(UUID id) {
        indexing.reindex(id.toString());
    }

    @Override
    public List<SearchDocument> searchableAfter(String after, int limit) {
        return demands.publishedAfter(after == null ? null : UUID.fromString(after), limit).stream()
                .map(DemandDocuments::of).toList();
    }

    @Override
    public List<String> changedSince(Instant since) {
        return demands.changedSince(since).stream().map(UUID::toString).toList();
    }

    @Override
    public Optional<SearchDocument> searchable(String id) {
        Demand d = demands.findById(UUID.fromString(id));
        return d != null && d.status() == DemandStatus.PUBLISHED ? Optional.of(DemandDocuments.of(d))
                : Optional.empty();
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
