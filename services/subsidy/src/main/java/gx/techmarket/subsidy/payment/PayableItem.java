package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** 应付事项: one grant of money owed to a beneficiary, as {@code GrantPosted} announced it, until paid or dropped. */
@Entity
@Table(name = "payable_item")
class PayableItem extends Aggregate {

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(name = "beneficiary_uscc", nullable = false, length = 18)
    String beneficiaryUscc;

    @Column(name = "source_type", nullable = false, length = 20)
    String sourceType;

    @Column(name = "source_id", nullable = false)
    UUID sourceId;

    @Column(name = "grant_entry_id", nullable = false)
    UUID grantEntryId;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false, length = 1000)
    String description;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    PayableItemStatus status;

    @Column(name = "batch_id")
    UUID batchId;

    @Column(name = "posted_at", nullable = false)
    Instant postedAt;

    @Column(name = "paid_at")
    Instant paidAt;

    @Column(name = "reversal_entry_id")
    UUID reversalEntryId;

    @Column(name = "reversed_at")
    Instant reversedAt;

    @Column(name = "reversal_reason", length = 1000)
    String reversalReason;

    protected PayableItem() {
        // for Hibernate
    }

    PayableItem(String programmeCode, int budgetYear, String beneficiaryUscc, String sourceType, UUID sourceId,
            UUID grantEntryId, BigDecimal amount, String description, Instant postedAt, Instant now) {
        super(UUID.randomUUID(), now);
        this.programmeCode = programmeCode;
        this.budgetYear = budgetYear;
        this.beneficiaryUscc = beneficiaryUscc;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.grantEntryId = grantEntryId;
        this.amount = amount;
        this.description = Texts.clip(description, 1000);
        this.postedAt = postedAt;
        this.status = PayableItemStatus.UNPAID;
    }

    void gather(UUID batch) {
        status = PayableItemStatus.IN_BATCH;
        batchId = batch;
    }

    void paid(Instant now) {
        status = PayableItemStatus.PAID;
        paidAt = now;
    }

    /** The grant was reversed: an item not yet paid is dropped (out of its batch, if any); a paid one stays paid. */
    void reversed(UUID reversalEntry, String reason, Instant now) {
        reversalEntryId = reversalEntry;
        reversedAt = now;
        reversalReason = Texts.clip(reason, 1000);
        if (status != PayableItemStatus.PAID) {
            status = PayableItemStatus.DROPPED;
            batchId = null;
        }
    }
}
