package gx.techmarket.platform.it;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.OrganisationLookup;
import gx.techmarket.platform.testing.Orgs;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The probe application's directory: the organisations of {@link Orgs}. A service gets its lookup from its read
 * model of the directory (services/platform/organisations, tested there); the platform's own tests need only a
 * directory that knows some organisations and not others.
 */
@ApplicationScoped
class FixtureOrganisations implements OrganisationLookup {

    @Override
    public Optional<Party> verified(String uscc) {
        return Orgs.all().stream().filter(o -> o.uscc().equals(uscc)).findFirst();
    }
}
