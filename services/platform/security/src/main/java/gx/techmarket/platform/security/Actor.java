package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.Party;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller: who they are, which realm roles they hold and the organisation they act for.
 * Services inject it ({@code @Inject Actor actor}) instead of reading token claims themselves.
 */
public record Actor(String userId, String username, String displayName, Set<Role> roles, Party organisation) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisation, "organisation");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The acting organisation's USCC. */
    public String orgId() {
        return organisation.uscc();
    }

    public boolean belongsTo(String uscc) {
        return organisation.uscc().equals(uscc);
    }

    /** A province-level operator (admin of the 科技厅) sees every sub-market. */
    public boolean isProvinceAdmin() {
        return has(Role.ADMIN) && GuangxiRegions.PROVINCE.equals(organisation.region());
    }

    /**
     * Whether an operator may act on a listing of {@code region}: the province admin on all, a city admin
     * (e.g. 百色市科技局) on its own sub-market only; nobody without the admin role.
     */
    public boolean operates(String region) {
        if (!has(Role.ADMIN)) {
            return false;
        }
        return isProvinceAdmin() || organisation.region().equals(region);
    }
}
