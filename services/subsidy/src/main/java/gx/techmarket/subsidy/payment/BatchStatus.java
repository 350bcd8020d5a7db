package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.Lifecycle;

/** The states of a payment batch (拨付批次); {@link #LIFECYCLE} is the one place that says which moves exist. */
public enum BatchStatus {
    /** 待审批: gathered; its payees and amounts can still change (a grant in it reversed). */
    DRAFT,
    /** 已审批: approved as it stands; its payment file may be sent to the bank. */
    APPROVED,
    /** 已拨付: the bank paid it; PAYMENT entries posted. Final. */
    PAID;

    /**
     * {@code approve}: an admin of the programme's sub-market approves the batch as it stands; {@code pay}: the bank's
     * payment is recorded with its reference; {@code reopen}: made by the service when a grant in an approved batch
     * is reversed (the batch changed, so it must be approved again before it can be paid).
     */
    public static final Lifecycle<BatchStatus> LIFECYCLE = Lifecycle.of("PaymentBatch", BatchStatus.class)
            .move("approve", APPROVED, DRAFT)
            .move("pay", PAID, APPROVED)
            .move("reopen", DRAFT, APPROVED)
            .build();
}
