package gx.techmarket.contracts.events;

import java.time.Instant;

/**
 * 机构已核验: an admin verified an organisation (first verification, or again after it was suspended). Its facts
 * are in force from {@code verifiedAt}.
 *
 * @param organisation the organisation's facts
 * @param verifiedAt   when it was verified
 */
@EventContract(type = "directory.OrganisationVerified.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record OrganisationVerified(Organisation organisation, Instant verifiedAt) implements DomainEvent {

    public OrganisationVerified {
        Require.present(organisation, "organisation");
        Require.present(verifiedAt, "verifiedAt");
    }

    @Override
    public String aggregateId() {
        return organisation.uscc();
    }
}
