package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.domain.Lifecycle;

/** The states of a claim (补助申报); {@link #LIFECYCLE} is the one place that says which moves exist. */
public enum ClaimStatus {
    /** 草稿: the claimant is still putting it together (evidence may be added and changed). */
    DRAFT,
    /** 已提交: waiting for the admin (the city's first when the programme approves city → province). */
    SUBMITTED,
    /** 已初审: the beneficiary's city verified it; waiting for the province's approval. */
    VERIFIED,
    /** 已退回: returned to the claimant with a reason, to be corrected and submitted again. */
    RETURNED,
    /** 不予支持: rejected with a reason. Final. */
    REJECTED,
    /** 已批准待预算: approved, its amount fixed, but the programme-year's budget cannot cover it yet. */
    APPROVED_WAITING_FOR_BUDGET,
    /** 已核准: approved and granted — charged to the budget, owed to the beneficiary (GRANT entry). */
    GRANTED,
    /** 已冲销: the grant was reversed because the entitlement ended (the contract was amended or deregistered). */
    REVERSED,
    /** 已关闭: the entitlement ended before the claim was granted; nothing was posted. Final. */
    CLOSED;

    /**
     * {@code submit} (the claimant), {@code verify} (the beneficiary's city, in a city → province programme),
     * {@code approve} (the approving admin: granted at once when the budget covers it, else waiting), {@code grant}
     * (budget came), {@code return} and {@code reject} (with a reason), {@code reverse} and {@code close} (the
     * entitlement ended).
     */
    public static final Lifecycle<ClaimStatus> LIFECYCLE = Lifecycle.of("Claim", ClaimStatus.class)
            .move("submit", SUBMITTED, DRAFT, RETURNED)
            .move("verify", VERIFIED, SUBMITTED)
            .move("approve", APPROVED_WAITING_FOR_BUDGET, SUBMITTED, VERIFIED)
            .move("grant", GRANTED, APPROVED_WAITING_FOR_BUDGET)
            .move("return", RETURNED, SUBMITTED, VERIFIED)
            .move("reject", REJECTED, SUBMITTED, VERIFIED)
            .move("reverse", REVERSED, GRANTED)
            .move("close", CLOSED, DRAFT, SUBMITTED, VERIFIED, RETURNED, APPROVED_WAITING_FOR_BUDGET)
            .build();

    /** Whether the claimant may still change it (its payments, expenses, note and evidence). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether its evidence counts against what is left to claim (submitted and not refused or ended). */
    public boolean pending() {
        return this == SUBMITTED || this == VERIFIED || this == APPROVED_WAITING_FOR_BUDGET || this == GRANTED;
    }
}
