package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 拨付批次: the unpaid items of one programme-year gathered for one payment run. */
@Entity
@Table(name = "payment_batch")
class PaymentBatch extends Aggregate {

    @Column(nullable = false, length = 20)
    String number;

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    BatchStatus status;

    /** What the bank pays: the sum of the payees' net amounts. */
    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal total;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "approved_by", length = 200)
    String approvedBy;

    @Column(name = "reapproval_reason", length = 1000)
    String reapprovalReason;

    @Column(name = "paid_at")
    Instant paidAt;

    @Column(name = "paid_by", length = 200)
    String paidBy;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    String paymentReference;

    protected PaymentBatch() {
        // for Hibernate
    }

    PaymentBatch(String number, String programmeCode, int budgetYear, String createdBy, Instant now) {
        super(UUID.randomUUID(), now);
        this.number = number;
        this.programmeCode = programmeCode;
        this.budgetYear = budgetYear;
        this.createdBy = createdBy;
        this.status = BatchStatus.DRAFT;
        this.total = BigDecimal.ZERO.setScale(2);
    }

    void approve(String by, Instant now) {
        status = BatchStatus.LIFECYCLE.apply("approve", status);
        approvedAt = now;
        approvedBy = by;
        reapprovalReason = null;
    }

    /** Moves to PAID; the caller posts the payments. */
    void pay(String reference, LocalDate on, String by, Instant now) {
        status = BatchStatus.LIFECYCLE.apply("pay", status);
        paymentReference = reference;
        paidOn = on;
        paidBy = by;
        paidAt = now;
    }

    /** A grant in the batch was reversed: an approved batch must be approved again as it now stands. */
    void changed(String reason) {
        if (status == BatchStatus.APPROVED) {
            status = BatchStatus.LIFECYCLE.apply("reopen", status);
            reapprovalReason = Texts.clip(reason, 1000);
        }
    }
}
