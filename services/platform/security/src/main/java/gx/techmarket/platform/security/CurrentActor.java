package gx.techmarket.platform.security;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request as an {@link Actor}. Inject this (it is safe in singletons) and call
 * {@link #get()} inside a request; an anonymous caller gets 401, a token without valid organisation claims 403.
 */
@ApplicationScoped
public class CurrentActor {

    public static final String CLAIM_ORG_ID = "org_id";
    public static final String CLAIM_ORG_NAME = "org_name";
    /** The longest organisation name the market keeps (as {@code Party} and every schema say). */
    static final int ORG_NAME_MAX = 200;
    public static final String CLAIM_ORG_KIND = "org_kind";
    public static final String CLAIM_ORG_REGION = "org_region";
    public static final String CLAIM_ORG_PARENT = "org_parent";

    private static final Pattern REGION = Pattern.compile("[1-8][0-9]{5}");

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        return fromToken(token, identity.getRoles());
    }

    /**
     * Maps a verified token to an actor. Party claims are required and validated: a token that names no
     * organisation, an unknown kind, a malformed USCC or region is refused (403), never half-trusted.
     */
    public static Actor fromToken(JsonWebToken token, Set<String> realmRoles) {
        String orgId = claim(token, CLAIM_ORG_ID).orElseThrow(() -> invalid(CLAIM_ORG_ID));
        if (!Uscc.isValid(orgId)) {
            throw invalid(CLAIM_ORG_ID);
        }
        String orgName = claim(token, CLAIM_ORG_NAME).filter(n -> n.codePointCount(0, n.length()) <= ORG_NAME_MAX)
                .orElseThrow(() -> invalid(CLAIM_ORG_NAME));
        OrgKind kind = claim(token, CLAIM_ORG_KIND).flatMap(OrgKind::fromClaim)
                .orElseThrow(() -> invalid(CLAIM_ORG_KIND));
        String region = claim(token, CLAIM_ORG_REGION).filter(r -> REGION.matcher(r).matches())
                .orElseThrow(() -> invalid(CLAIM_ORG_REGION));
        Optional<String> parent = claim(token, CLAIM_ORG_PARENT);
        if (parent.isPresent() && (!Uscc.isValid(parent.get()) || parent.get().equals(orgId))) {
            throw invalid(CLAIM_ORG_PARENT);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realmRoles.forEach(r -> Role.fromRealmRole(r).ifPresent(roles::add));
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getSubject());
        String displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
        return new Actor(token.getSubject(), username, displayName, roles,
                new Party(orgId, orgName, kind, region, parent.orElse(null)));
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
