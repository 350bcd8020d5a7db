package gx.techmarket.subsidy.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class Receivables implements PanacheRepositoryBase<Receivable, UUID> {

    Optional<Receivable> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The payee's open receivables of the programme, oldest first, locked: set off in that order. */
    List<Receivable> lockOpen(String programmeCode, String uscc) {
        return find("programmeCode = ?1 and beneficiaryUscc = ?2 and status = ?3",
                Sort.ascending("createdAt").and("id"), programmeCode, uscc, Receivable.Status.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** What the payee owes back to the programme and may be set off now. */
    BigDecimal available(List<Receivable> open) {
        return open.stream().map(Receivable::available).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    void persist(ReceivableSettlement settlement) {
        getEntityManager().persist(settlement);
    }

    List<ReceivableSettlement> settlements(UUID receivableId) {
        return getEntityManager().createQuery(
                "from ReceivableSettlement where receivableId = :r order by recordedAt, id", ReceivableSettlement.class)
                .setParameter("r", receivableId).getResultList();
    }
}
