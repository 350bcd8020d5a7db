package gx.techmarket.subsidy.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PayableItems implements PanacheRepositoryBase<PayableItem, UUID> {

    /** The item of a source, locked until the transaction ends (a reversal and a batch queue on it). */
    Optional<PayableItem> lockBySource(String sourceType, UUID sourceId) {
        return find("sourceType = ?1 and sourceId = ?2", sourceType, sourceId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    boolean exists(String sourceType, UUID sourceId) {
        return count("sourceType = ?1 and sourceId = ?2", sourceType, sourceId) > 0;
    }

    /** The programme-year's items waiting for a batch, oldest first, locked. */
    List<PayableItem> lockUnpaid(String programmeCode, int year) {
        return find("programmeCode = ?1 and budgetYear = ?2 and status = ?3", Sort.ascending("postedAt").and("id"),
                programmeCode, year, PayableItemStatus.UNPAID).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    List<PayableItem> ofBatch(UUID batchId) {
        return list("batchId", Sort.ascending("postedAt").and("id"), batchId);
    }

    List<PayableItem> ofBatchAndPayee(UUID batchId, String payeeUscc) {
        return list("batchId = ?1 and beneficiaryUscc = ?2", Sort.ascending("postedAt").and("id"), batchId,
                payeeUscc);
    }
}
