package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.Lifecycle;

/**
 * The lifecycle of a complaint (质疑), as Prozorro's: {@code SUBMITTED → ACCEPTED_FOR_REVIEW | REJECTED
 * (inadmissible)}, {@code ACCEPTED_FOR_REVIEW → SATISFIED | DISMISSED}, and {@code WITHDRAWN} by the complainant before
 * a decision. Submitted and accepted complaints are open: they suspend the award.
 */
public enum ComplaintStatus {
    /** 已提交. */
    SUBMITTED,
    /** 已受理. */
    ACCEPTED_FOR_REVIEW,
    /** 不予受理 (final). */
    REJECTED,
    /** 质疑成立 (final). */
    SATISFIED,
    /** 质疑不成立 (final). */
    DISMISSED,
    /** 已撤回 (final). */
    WITHDRAWN;

    public static final Lifecycle<ComplaintStatus> LIFECYCLE = Lifecycle.of("Complaint", ComplaintStatus.class)
            .move("accept", ACCEPTED_FOR_REVIEW, SUBMITTED)
            .move("reject", REJECTED, SUBMITTED)
            .move("satisfy", SATISFIED, ACCEPTED_FOR_REVIEW)
            .move("dismiss", DISMISSED, ACCEPTED_FOR_REVIEW)
            .move("withdraw", WITHDRAWN, SUBMITTED, ACCEPTED_FOR_REVIEW)
            .build();

    /** Still waiting for a decision: suspends the award. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED_FOR_REVIEW;
    }
}
