package gx.techmarket.demand.listing;

import gx.techmarket.platform.search.readmodel.ReadModelIndexing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * This instance's consumer of {@code demand.demands.v1} for its search index (consumer group
 * {@code demand.search.<instance>}: every instance sees every event). No inbox table: re-reading the row is
 * idempotent. An event that names a {@code demandId} re-reads that row ({@link DemandIndexing#reindex}); an event
 * without one is about nothing the index holds and is skipped; a record that is not JSON, or whose {@code demandId}
 * is not a UUID, is refused and goes to {@code demand.demands.v1.dlq}.
 */
@ApplicationScoped
class DemandIndexConsumer {

    private final DemandIndexing indexing;

    DemandIndexConsumer(DemandIndexing indexing) {
        this.indexing = indexing;
    }

    @Incoming("demand-demands-search")
    @Blocking
    void onDemandEvent(String payload) {
        ReadModelIndexing.rowOf(payload, "demandId").map(UUID::fromString).ifPresent(indexing::reindex);
    }
}
