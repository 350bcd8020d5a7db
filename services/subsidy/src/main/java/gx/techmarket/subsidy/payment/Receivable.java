package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 应收追回款: the paid part of a grant reversed after payment, owed back by the beneficiary until repaid or set off
 * against its next payment in the same programme. {@code reserved} is the part set aside for an offset in a batch
 * gathered but not yet paid: it cannot be repaid twice.
 */
@Entity
@Table(name = "receivable")
class Receivable extends Aggregate {

    enum Status { OPEN, SETTLED }

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(name = "beneficiary_uscc", nullable = false, length = 18)
    String beneficiaryUscc;

    @Column(name = "beneficiary_region", nullable = false, length = 6)
    String beneficiaryRegion;

    @Column(name = "payable_item_id", nullable = false)
    UUID payableItemId;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal outstanding;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal reserved;

    @Column(nullable = false, length = 1000)
    String reason;

    @Column(name = "raised_entry_id", nullable = false)
    UUID raisedEntryId;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    Status status;

    @Column(name = "settled_at")
    Instant settledAt;

    protected Receivable() {
        // for Hibernate
    }

    Receivable(UUID id, PayableItem item, String region, BigDecimal amount, String reason, UUID raisedEntryId,
            Instant now) {
        super(id, now);
        this.programmeCode = item.programmeCode;
        this.budgetYear = item.budgetYear;
        this.beneficiaryUscc = item.beneficiaryUscc;
        this.beneficiaryRegion = region;
        this.payableItemId = item.id();
        this.amount = amount;
        this.outstanding = amount;
        this.reserved = BigDecimal.ZERO.setScale(2);
        this.reason = Texts.clip(reason, 1000);
        this.raisedEntryId = raisedEntryId;
        this.status = Status.OPEN;
    }

    /** What may be repaid or set off now: outstanding, less what a batch has set aside. */
    BigDecimal available() {
        return outstanding.subtract(reserved);
    }

    void reserve(BigDecimal part) {
        if (part.compareTo(available()) > 0) {
            throw new IllegalStateException("cannot set aside " + part + " of receivable " + id());
        }
        reserved = reserved.add(part);
    }

    void release(BigDecimal part) {
        reserved = reserved.subtract(part.min(reserved));
    }

    /** A repayment: at most what is available, else 409 {@code REPAYMENT_EXCEEDS_RECEIVABLE}. */
    void repay(BigDecimal part, Instant now) {
        if (status == Status.SETTLED) {
            throw ProblemException.conflict("RECEIVABLE_SETTLED");
        }
        if (part.compareTo(available()) > 0) {
            throw ProblemException.conflict("REPAYMENT_EXCEEDS_RECEIVABLE", available().toPlainString())
                    .withField("amount", "REPAYMENT_EXCEEDS_RECEIVABLE");
        }
        settle(part, now);
    }

    /** A reserved part set off in its batch's payment. */
    void offset(BigDecimal part, Instant now) {
        release(part);
        settle(part, now);
    }

    private void settle(BigDecimal part, Instant now) {
        outstanding = outstanding.subtract(part);
        if (outstanding.signum() == 0) {
            status = Status.SETTLED;
            settledAt = now;
        }
    }
}
