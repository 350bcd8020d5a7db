package gx.techmarket.registry.result;

import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The read model of published results: kept from the catalogue's events, read by the contract feature. */
@ApplicationScoped
public class PublishedResults {

    private static final Logger LOG = Logger.getLogger(PublishedResults.class);

    private final KnownResultRepository results;

    PublishedResults(KnownResultRepository results) {
        this.results = results;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublishedResult> find(UUID id) {
        return results.findByIdOptional(id).map(KnownResult::toPublished);
    }

    /**
     * A result was published: remember it (a result is published once; a repeat changes nothing but the industry of
     * a result learnt before the registry kept it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void published(ResultPublished event) {
        KnownResult known = results.findById(event.resultId());
        if (known == null) {
            results.persist(KnownResult.of(event));
        } else {
            known.learnIndustry(event.industry());
        }
    }

    /**
     * A result was withdrawn. One result's events arrive in order (same key), so an unknown result here was
     * published before this service subscribed and was never offered through it: nothing to mark.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdrawn(ResultWithdrawn event) {
        KnownResult result = results.findById(event.resultId());
        if (result == null) {
            LOG.infof("Result %s was withdrawn but never seen published; nothing to mark", event.resultId());
            return;
        }
        result.withdraw(event.withdrawnAt());
    }
}
