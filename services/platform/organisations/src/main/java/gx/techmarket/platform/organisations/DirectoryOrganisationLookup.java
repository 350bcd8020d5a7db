package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.OrganisationLookup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The acting organisation of a request, from this service's read model of the directory. */
@ApplicationScoped
class DirectoryOrganisationLookup implements OrganisationLookup {

    private final Directory directory;

    DirectoryOrganisationLookup(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Party> verified(String uscc) {
        return directory.verifiedParty(uscc);
    }
}
