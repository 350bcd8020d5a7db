package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * 机构信息变更: a verified organisation's facts changed. Carries the whole new state; {@code changed} names what
 * changed. The new facts are in force from {@code changedAt}; what was true before stays true for earlier dates.
 *
 * @param organisation the organisation's facts after the change
 * @param changed      the fields that changed, at least one of {@code name, nameEn, kind, region, parentUscc}
 * @param changedAt    when the change took effect
 */
@EventContract(type = "directory.OrganisationChanged.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record OrganisationChanged(Organisation organisation, List<String> changed, Instant changedAt)
        implements DomainEvent {

    /** The fields a change can name. */
    public static final Set<String> FIELDS = Set.of("name", "nameEn", "kind", "region", "parentUscc");

    public OrganisationChanged {
        Require.present(organisation, "organisation");
        changed = Require.nonEmptyDistinct(changed, "changed");
        for (String field : changed) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("changed names an unknown field '" + field + "'");
            }
        }
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return organisation.uscc();
    }
}
