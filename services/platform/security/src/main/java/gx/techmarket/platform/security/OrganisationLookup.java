package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.Party;
import java.util.Optional;

/**
 * Where {@link CurrentActor} learns who the caller's organisation is. A token only says which organisation
 * ({@code org_id}); its kind, region and group come from the directory (机构库). Services implement this with their
 * read model of the directory (services/platform/organisations); the directory with its own tables.
 */
public interface OrganisationLookup {

    /** The organisation with this USCC as the directory has verified it now; empty when unknown or suspended. */
    Optional<Party> verified(String uscc);
}
