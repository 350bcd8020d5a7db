package gx.techmarket.catalogue.result;

import gx.techmarket.platform.search.readmodel.ReadModelIndexing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * This instance's consumer of {@code catalogue.results.v1} for its search index (consumer group
 * {@code catalogue.search.<instance>}: every instance sees every event). No inbox table: re-reading the row is
 * idempotent. An event that names a {@code resultId} re-reads that row ({@link ResultIndexing#reindex}); an event
 * without one is about nothing the index holds and is skipped; a record that is not JSON, or whose {@code resultId}
 * is not a UUID, is refused and goes to {@code catalogue.results.v1.dlq}.
 */
@ApplicationScoped
class ResultIndexConsumer {

    private final ResultIndexing indexing;

    ResultIndexConsumer(ResultIndexing indexing) {
        this.indexing = indexing;
    }

    @Incoming("catalogue-results-search")
    @Blocking
    void onResultEvent(String payload) {
        ReadModelIndexing.rowOf(payload, "resultId").map(UUID::fromString).ifPresent(indexing::reindex);
    }
}
