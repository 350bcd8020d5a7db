package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.QualificationKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class Qualifications implements PanacheRepositoryBase<Qualification, UUID> {

    List<Qualification> of(String uscc) {
        return list("organisationUscc", Sort.by("validFrom").and("id"), uscc);
    }

    /** Whether another organisation holds a current qualification of {@code kind} numbered {@code number}. */
    boolean heldByAnother(QualificationKind kind, String number, String uscc, LocalDate today) {
        return count("kind = ?1 and number = ?2 and organisationUscc <> ?3 and revokedAt is null "
                + "and (validTo is null or validTo >= ?4)", kind, number, uscc, today) > 0;
    }

    /**
     * The qualifications whose last day is before {@code today} and that have not ended yet, locked: another instance's
     * job skips them, so each ends (and is told) once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Qualification> lockPast(LocalDate today, int limit) {
        return getEntityManager().createQuery("""
                        from Qualification where endedAt is null and validTo < :today order by validTo, id""",
                        Qualification.class)
                .setParameter("today", today)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
    }
}
