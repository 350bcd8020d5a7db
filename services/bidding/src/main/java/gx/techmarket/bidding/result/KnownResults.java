package gx.techmarket.bidding.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask about results: those published in the catalogue and still offered. */
@ApplicationScoped
public class KnownResults {

    private final KnownResultRepository results;

    KnownResults(KnownResultRepository results) {
        this.results = results;
    }

    /** The result, if its publication reached this service and it was not withdrawn since. In a transaction. */
    public Optional<KnownResult> findOffered(UUID id) {
        return results.findByIdOptional(id).filter(KnownResult::isOffered);
    }
}
