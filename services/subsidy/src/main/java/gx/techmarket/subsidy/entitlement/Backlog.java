package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.programme.AwaitingRegistrations;
import gx.techmarket.subsidy.programme.ProgrammeOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The registrations a year's programmes have not assessed (ADR 0025): counted and listed as awaiting a programme in
 * the year's state, and assessed as soon as a programme of their year opens ({@link ProgrammeOpened}, in the
 * transaction that opened it).
 */
@ApplicationScoped
class Backlog implements AwaitingRegistrations {

    private static final Logger LOG = Logger.getLogger(Backlog.class);

    private final ContractRegistrations registrations;
    private final EntitlementService entitlements;

    Backlog(ContractRegistrations registrations, EntitlementService entitlements) {
        this.registrations = registrations;
        this.entitlements = entitlements;
    }

    /** A programme opened for a year: the year's registrations heard before are assessed under it now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onProgrammeOpened(@Observes ProgrammeOpened opened) {
        int derived = entitlements.assessYear(opened.year()).size();
        LOG.infof("%s opened for %d: %d entitlements derived from the year's earlier registrations", opened.code(),
                opened.year(), derived);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(int year) {
        return registrations.awaitingCount(year);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Awaiting> first(int year, int limit) {
        return registrations.awaiting(year, limit).stream()
                .map(row -> new Awaiting((UUID) row[0], (String) row[1], instant(row[2]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
