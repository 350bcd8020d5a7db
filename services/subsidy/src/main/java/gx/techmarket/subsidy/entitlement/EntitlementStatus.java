package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.domain.Lifecycle;

/** The states of an entitlement; {@link #LIFECYCLE} is the one place that says which moves exist. */
public enum EntitlementStatus {
    /** 已核准: charged to the budget, owed to the beneficiary, announced by {@code SubsidyGranted}. */
    GRANTED,
    /** 待预算: eligible, but the programme-year's remaining budget cannot cover it; nothing posted, nothing announced. */
    WAITING_FOR_BUDGET,
    /** 已冲销: the grant was reversed by a reversing ledger entry (e.g. the registration was cancelled). */
    REVERSED,
    /**
     * 已撤销: it was still waiting for budget when the contract's registration was amended or cancelled; nothing was
     * posted, so nothing is reversed, and budget added later does not grant it.
     */
    WITHDRAWN,
    /**
     * 待申报: in a programme that needs a claim (需申报), what the facts qualify for: a ceiling. Nothing is posted for
     * it; each approved claim on it posts its own grant.
     */
    CLAIMABLE;

    /**
     * {@code grant}: when the budget covers it (at derivation, or when budget is added or given back); {@code reverse}:
     * a correction by a reversing ledger entry (the registration was amended or cancelled); {@code withdraw}: the
     * same for one never posted. All are made by the service itself; no endpoint offers any.
     */
    public static final Lifecycle<EntitlementStatus> LIFECYCLE = Lifecycle.of("Entitlement", EntitlementStatus.class)
            .move("grant", GRANTED, WAITING_FOR_BUDGET)
            .move("reverse", REVERSED, GRANTED)
            .move("withdraw", WITHDRAWN, WAITING_FOR_BUDGET, CLAIMABLE)
            .build();
}
