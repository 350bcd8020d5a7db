package gx.techmarket.directory.people;

import gx.techmarket.directory.organisation.DirectoryEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Announces, once, the brokers entered before {@code directory.BrokerChanged} existed
 * ({@code broker_announcement_backlog}, filled by V21), as they stand (their last change's time), so that every
 * consumer (the statistics' broker performance record) names every broker.
 */
@ApplicationScoped
class BrokerAnnouncements {

    private static final Logger LOG = Logger.getLogger(BrokerAnnouncements.class);

    private final People people;
    private final DirectoryEvents events;
    private final EntityManager em;

    BrokerAnnouncements(People people, DirectoryEvents events, EntityManager em) {
        this.people = people;
        this.events = events;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = QuarkusTransaction.requiringNew().call(this::announceBacklog);
        if (announced > 0) {
            LOG.infof("announced %d broker(s) entered before their events existed", announced);
        }
    }

    /** Announces the backlog's brokers in the caller's transaction; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int announceBacklog() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select broker_id from broker_announcement_backlog order by broker_id "
                + "for update skip locked").getResultList();
        int announced = 0;
        for (UUID id : ids) {
            var broker = people.broker(id);
            if (broker.isPresent()) {
                events.brokerChanged(broker.get().fact(broker.get().updatedAt()));
                announced++;
            }
            em.createNativeQuery("delete from broker_announcement_backlog where broker_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        return announced;
    }
}
