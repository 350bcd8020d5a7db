package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.OrganisationChanged;
import gx.techmarket.contracts.events.OrganisationSuspended;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.QualificationExpired;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.RegistrationPointClosed;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import gx.techmarket.platform.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The directory's facts as events on {@code directory.organisations.v1}, written to the outbox in the transaction of
 * the change. Only what is verified is told: an application, and whatever an organisation has while it is one, is
 * never published; its qualifications follow its verification. The 技术经理人 register (package {@code people}, which
 * may not write to the outbox itself) tells its brokers through here too: they work for verified organisations only.
 */
@ApplicationScoped
public class DirectoryEvents {

    private final Outbox outbox;

    DirectoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void verified(Organisation o, Instant at) {
        outbox.publish(new OrganisationVerified(organisation(o), at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Organisation o, List<String> changed, Instant at) {
        outbox.publish(new OrganisationChanged(organisation(o), changed, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void suspended(Organisation o, String reason, Instant at) {
        outbox.publish(new OrganisationSuspended(o.uscc(), o.name(), reason, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void granted(Qualification q, Instant at) {
        outbox.publish(new QualificationGranted(q.organisationUscc(), new gx.techmarket.contracts.events.Qualification(
                q.id(), q.kind(), q.number(), q.validFrom(), q.validTo()), at));
        q.announce();
    }

    /** {@code lastDay}: the last day it was valid; {@code reason} null when it ran out. */
    @Transactional(Transactional.TxType.MANDATORY)
    void expired(Qualification q, LocalDate lastDay, String reason) {
        outbox.publish(new QualificationExpired(q.organisationUscc(), q.id(), q.kind(), lastDay, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void pointOpened(Organisation o, RegistrationPoint p, Instant at) {
        outbox.publish(new RegistrationPointOpened(o.uscc(), o.name(), o.region(), p.code(), at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void pointClosed(RegistrationPoint p, String reason, Instant at) {
        outbox.publish(new RegistrationPointClosed(p.uscc(), p.code(), reason, at));
    }

    /** A broker entered, or its public facts changed: the register builds the fact, never with contact details. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void brokerChanged(BrokerChanged fact) {
        outbox.publish(fact);
    }

    private static gx.techmarket.contracts.events.Organisation organisation(Organisation o) {
        return new gx.techmarket.contracts.events.Organisation(o.uscc(), o.name(), o.nameEn(), o.kind(), o.region(),
                o.parentUscc());
    }
}
