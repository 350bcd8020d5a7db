package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request as an {@link Actor}. Inject this (it is safe in singletons) and call
 * {@link #get()} inside a request; an anonymous caller gets 401, a token without a valid {@code org_id} 403, and so
 * does a user of an organisation the directory has not verified (or has suspended).
 *
 * <p>From the token only {@code org_id} and the realm roles count: the organisation's name, kind, region and parent
 * are the directory's ({@link OrganisationLookup}), never the claims a token or a user carries.
 */
@ApplicationScoped
public class CurrentActor {

    public static final String CLAIM_ORG_ID = "org_id";

    private final SecurityIdentity identity;
    private final OrganisationLookup organisations;

    CurrentActor(SecurityIdentity identity, OrganisationLookup organisations) {
        this.identity = identity;
        this.organisations = organisations;
    }

    public Actor get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        return fromToken(token, identity.getRoles(), organisations);
    }

    /**
     * Maps a verified token to an actor: the organisation named by {@code org_id} as the directory knows it. A token
     * without a well-formed USCC there is refused (403 ORGANISATION_CLAIMS_INVALID); an organisation the directory
     * has not verified, or has suspended, too (403 ORGANISATION_NOT_VERIFIED): never half-trusted.
     */
    public static Actor fromToken(JsonWebToken token, Set<String> realmRoles, OrganisationLookup organisations) {
        String orgId = claim(token, CLAIM_ORG_ID).orElseThrow(() -> invalid(CLAIM_ORG_ID));
        if (!Uscc.isValid(orgId)) {
            throw invalid(CLAIM_ORG_ID);
        }
        Party organisation = organisations.verified(orgId)
                .orElseThrow(() -> ProblemException.forbidden("ORGANISATION_NOT_VERIFIED", orgId));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realmRoles.forEach(r -> Role.fromRealmRole(r).ifPresent(roles::add));
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getSubject());
        String displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
        return new Actor(token.getSubject(), username, displayName, roles, organisation);
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static ProblemException invalid(String claim) {
        return ProblemException.forbidden("ORGANISATION_CLAIMS_INVALID", claim);
    }
}
