package gx.techmarket.subsidy.entitlement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The states of an entitlement; this table is the one place that says which moves are allowed. */
public enum EntitlementStatus {
    /** 已核准: charged to the budget, owed to the beneficiary, announced by {@code SubsidyGranted}. */
    GRANTED,
    /** 待预算: eligible, but the programme-year's remaining budget cannot cover it; nothing posted, nothing announced. */
    WAITING_FOR_BUDGET,
    /** 已冲销: the grant was reversed by a reversing ledger entry (e.g. the registration was cancelled). */
    REVERSED;

    private static final Map<EntitlementStatus, Set<EntitlementStatus>> ALLOWED = Map.of(
            GRANTED, EnumSet.of(REVERSED),
            WAITING_FOR_BUDGET, EnumSet.of(GRANTED),
            REVERSED, EnumSet.noneOf(EntitlementStatus.class));

    public boolean canBecome(EntitlementStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
