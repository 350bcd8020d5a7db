package gx.techmarket.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user as the realm describes them: realm roles (from the access token) and the organisation claims
 * {@code org_id} (USCC), {@code org_name}, {@code org_kind}, {@code org_region}.
 */
@RequestScoped
public class Viewer {

    /** The realm roles the portal knows, in the order their home sections appear. */
    public static final List<String> ROLES = List.of(Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR,
            Roles.EXPERT, Roles.ADMIN);

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public List<String> roles() {
        return ROLES.stream().filter(identity::hasRole).toList();
    }

    /** The roles separated by spaces, for {@code data-role} on the home page. */
    public String roleList() {
        return String.join(" ", roles());
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean university() {
        return has(Roles.UNIVERSITY);
    }

    public boolean enterprise() {
        return has(Roles.ENTERPRISE);
    }

    /** University or enterprise: the roles that hold results, bid and file contracts. */
    public boolean party() {
        return university() || enterprise();
    }

    public boolean broker() {
        return has(Roles.BROKER);
    }

    public boolean registrar() {
        return has(Roles.REGISTRAR);
    }

    public boolean expert() {
        return has(Roles.EXPERT);
    }

    public boolean admin() {
        return has(Roles.ADMIN);
    }

    public String username() {
        String name = claim("preferred_username");
        return name != null ? name : (signedIn() ? identity.getPrincipal().getName() : "");
    }

    /** Whether the token names an organisation (a newcomer's does not until its application is verified). */
    public boolean hasOrganisation() {
        String id = claim("org_id");
        return id != null && id.matches("[0-9A-HJ-NPQRTUWXY]{18}");
    }

    public String orgName() {
        String name = claim("org_name");
        return name == null ? "" : name;
    }

    /** The organisation's USCC ({@code org_id}): its page in the directory is the header's link. */
    public String orgId() {
        return claim("org_id");
    }

    public String orgRegion() {
        return claim("org_region");
    }

    /** The organisation's kind ({@code org_kind}: UNIVERSITY, INSTITUTE, ENTERPRISE …), for the registry's pre-check. */
    public String orgKind() {
        return claim("org_kind");
    }

    /** The access token the portal received at sign-in, passed on to the services. */
    String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    private String claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object value = token.getClaim(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value == null ? null : value.toString();
    }
}
