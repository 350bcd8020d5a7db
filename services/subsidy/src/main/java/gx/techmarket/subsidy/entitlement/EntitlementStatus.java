package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.domain.Lifecycle;

/** The states of an entitlement; {@link #LIFECYCLE} is the one place that says which moves exist. */
public enum EntitlementStatus {
    /** 已核准: charged to the budget, owed to the beneficiary, announced by {@code SubsidyGranted}. */
    GRANTED,
    /** 待预算: eligible, but the programme-year's remaining budget cannot cover it; nothing posted, nothing announced. */
    WAITING_FOR_BUDGET,
    /** 已冲销: the grant was reversed by a reversing ledger entry (e.g. the registration was cancelled). */
    REVERSED;

    /**
     * {@code grant}: when the budget covers it (at derivation, or when budget is added); {@code reverse}: a correction
     * by a reversing ledger entry. Both are made by the service itself; no endpoint offers either yet.
     */
    public static final Lifecycle<EntitlementStatus> LIFECYCLE = Lifecycle.of("Entitlement", EntitlementStatus.class)
            .move("grant", GRANTED, WAITING_FOR_BUDGET)
            .move("reverse", REVERSED, GRANTED)
            .build();
}
