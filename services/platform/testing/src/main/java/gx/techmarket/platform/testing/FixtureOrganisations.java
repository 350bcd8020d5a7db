package gx.techmarket.platform.testing;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.OrganisationLookup;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The directory of a test application that keeps no read model of it (the platform's own tests, messaging's): it
 * knows the organisations of {@link Orgs} and no other. A {@link DefaultBean}: a service's tests use the service's
 * real lookup (services/platform/organisations' read model, fed by {@link DirectoryFixtures}), never this one.
 */
@DefaultBean
@ApplicationScoped
class FixtureOrganisations implements OrganisationLookup {

    @Override
    public Optional<Party> verified(String uscc) {
        return Orgs.all().stream().filter(o -> o.uscc().equals(uscc)).findFirst();
    }
}
