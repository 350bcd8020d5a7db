package gx.techmarket.subsidy.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class Batches implements PanacheRepositoryBase<PaymentBatch, UUID> {

    Optional<PaymentBatch> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<BatchPayee> payees(UUID batchId) {
        return getEntityManager().createQuery("from BatchPayee where batchId = :b order by lineNo", BatchPayee.class)
                .setParameter("b", batchId).getResultList();
    }

    List<HeldPayee> held(UUID batchId) {
        return getEntityManager().createQuery("from HeldPayee where batchId = :b order by payeeUscc", HeldPayee.class)
                .setParameter("b", batchId).getResultList();
    }

    void persist(BatchPayee payee) {
        getEntityManager().persist(payee);
    }

    void persist(HeldPayee held) {
        getEntityManager().persist(held);
    }

    void remove(BatchPayee payee) {
        getEntityManager().remove(payee);
    }

    /** The next batch number of {@code year}: BF, the year, six digits. */
    String nextNumber(int year) {
        Number n = (Number) getEntityManager().createNativeQuery("select nextval('payment_batch_number')")
                .getSingleResult();
        return String.format("BF%04d%06d", year, n.longValue() % 1_000_000);
    }

    /** The batches of programme-years whose programme the caller may see, newest first. */
    List<PaymentBatch> search(String programme, Integer year, BatchStatus status) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (programme != null) {
            q.append(" and programmeCode = :programme");
            p.put("programme", programme);
        }
        if (year != null) {
            q.append(" and budgetYear = :year");
            p.put("year", year);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        return list(q.toString(), Sort.descending("createdAt").and("id"), p);
    }
}
