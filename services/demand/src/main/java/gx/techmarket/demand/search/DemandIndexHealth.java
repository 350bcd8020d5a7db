package gx.techmarket.demand.search;

import gx.techmarket.platform.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index's state: {@code BUILDING} while it is rebuilt from the table at start (the service is ready
 * meanwhile: searches answer from what is indexed so far), then {@code READY}; the number of documents. Always UP.
 */
@Readiness
@ApplicationScoped
class DemandIndexHealth implements HealthCheck {

    private final DemandIndex index;

    DemandIndexHealth(DemandIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        SearchIndex.Health health = index.index().health();
        return HealthCheckResponse.named("search-index").up().withData("state", health.state().name())
                .withData("documents", health.documents()).withData("schemaVersion", health.schemaVersion()).build();
    }
}
