package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.subsidy.programme.DirectoryOnDate;
import java.time.Instant;
import java.util.Optional;

/** The directory read model (the platform's organisations library) as it was at {@code when}. */
record DirectoryAsOf(Directory directory, Instant when) implements DirectoryOnDate {

    @Override
    public Optional<Party> verified(String uscc) {
        return directory.asOf(uscc, when).filter(OrganisationFacts::verified).map(OrganisationFacts::party);
    }

    @Override
    public Relation relation(String a, String b) {
        return directory.relationAsOf(a, b, when);
    }
}
