package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.OrganisationLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Who the caller's organisation is, for CurrentActor: the directory asks its own tables (the other services their
 * read model of its events). A user of an organisation the directory has not verified, or has suspended, acts for
 * nobody: 403 ORGANISATION_NOT_VERIFIED.
 */
@ApplicationScoped
public class DirectoryOrganisationLookup implements OrganisationLookup {

    private final Organisations organisations;

    DirectoryOrganisationLookup(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Party> verified(String uscc) {
        return organisations.byUscc(uscc).filter(Organisation::isVerified).map(Organisation::party);
    }
}
