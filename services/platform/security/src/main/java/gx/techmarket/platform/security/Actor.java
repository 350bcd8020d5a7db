package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.Party;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller: who they are, which realm roles they hold and the organisation they act for, with the
 * organisation's facts as the directory (机构库) has verified them. Services get it from {@link CurrentActor}
 * instead of reading token claims themselves.
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

    /** The sub-market this caller's organisation runs, if it is an operator (its region in the directory). */
    public SubMarket subMarket() {
        return SubMarket.of(organisation.region());
    }

    /** A province-level operator (admin of the 科技厅) sees every sub-market. */
    public boolean isProvinceAdmin() {
        return has(Role.ADMIN) && subMarket().isProvince();
    }

    /**
     * Whether an operator may act on something of {@code region}: the province admin on all, a city admin
     * (e.g. 百色市科学技术局) on its city and the city's counties, a county admin on its county; nobody without the
     * admin role.
     */
    public boolean operates(String region) {
        return has(Role.ADMIN) && subMarket().covers(region);
    }
}
