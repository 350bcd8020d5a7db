package gx.techmarket.contracts.events;

import java.time.Instant;

/**
 * 机构已停用: an admin suspended an organisation. From {@code suspendedAt} it may not act in the market and nothing
 * is paid to it; its earlier facts stay true for earlier dates.
 *
 * @param uscc        the organisation
 * @param name        its name, for readers of the event
 * @param reason      why, as the admin wrote it
 * @param suspendedAt when
 */
@EventContract(type = "directory.OrganisationSuspended.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record OrganisationSuspended(String uscc, String name, String reason, Instant suspendedAt)
        implements DomainEvent {

    static final int REASON_MAX = 1000;

    public OrganisationSuspended {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.text(name, Require.NAME_MAX, "name");
        Require.text(reason, REASON_MAX, "reason");
        Require.present(suspendedAt, "suspendedAt");
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
