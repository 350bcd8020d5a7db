package gx.techmarket.subsidy.programme;

import java.util.Objects;
import java.util.UUID;

/**
 * A claimable entitlement (the ceiling of a 需申报 programme) ended: the registration it rests on was amended or
 * cancelled. A CDI event fired synchronously in that transaction; claims observe it, reverse the grants their
 * approved claims on it posted (under the budget's lock, firing {@link GrantReversed}) and close the open ones.
 *
 * @param entitlementId the entitlement
 * @param programmeCode its programme
 * @param budgetYear    its budget year
 * @param reason        why (which change of the registration)
 */
public record EntitlementEnded(UUID entitlementId, String programmeCode, int budgetYear, String reason) {

    public EntitlementEnded {
        Objects.requireNonNull(entitlementId, "entitlementId");
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(reason, "reason");
    }
}
