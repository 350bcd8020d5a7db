package gx.techmarket.subsidy.programme;

import java.util.Objects;
import java.util.UUID;

/**
 * An entitlement ended: its contract's registration was amended (变更登记) or cancelled (注销登记), so whatever was
 * built on it must be taken back. Fired (CDI, synchronously, in the caller's transaction) by the entitlement's unwind
 * for every entitlement it reverses or withdraws; claims observe it to reverse their grants and close what is open.
 *
 * @param entitlementId the entitlement
 * @param reason        which change took it back (shown with what is reversed or closed)
 */
public record EntitlementEnded(UUID entitlementId, String reason) {

    public EntitlementEnded {
        Objects.requireNonNull(entitlementId, "entitlementId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an entitlement ends for a reason");
        }
    }
}
