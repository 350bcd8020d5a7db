package gx.techmarket.registry.demand;

import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The read model of the market's demands (技术需求): kept from the demand service's events, read by the contract
 * feature when a broker's draft names the demand it answers.
 */
@ApplicationScoped
public class PublishedDemands {

    private static final Logger LOG = Logger.getLogger(PublishedDemands.class);

    private final KnownDemandRepository demands;

    PublishedDemands(KnownDemandRepository demands) {
        this.demands = demands;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublishedDemand> find(UUID id) {
        return demands.findByIdOptional(id).map(KnownDemand::toPublished);
    }

    /** A demand was published: remember it (a demand is published once; a repeat changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    void published(DemandPublished event) {
        if (demands.findById(event.demandId()) == null) {
            demands.persist(KnownDemand.of(event));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void closed(DemandClosed event) {
        end(event.demandId(), "CLOSED", event.closedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void expired(DemandExpired event) {
        end(event.demandId(), "EXPIRED", event.expiredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void matched(DemandMatched event) {
        end(event.demandId(), "MATCHED", event.matchedAt());
    }

    /**
     * One demand's events arrive in order (same key), so an unknown demand here was published before this service
     * subscribed and was never offered through it: nothing to mark.
     */
    private void end(UUID id, String how, Instant at) {
        KnownDemand demand = demands.findById(id);
        if (demand == null) {
            LOG.infof("Demand %s was %s but never seen published; nothing to mark", id, how);
            return;
        }
        demand.end(how, at);
    }
}
