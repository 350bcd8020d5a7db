package gx.techmarket.directory.onboarding;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed-in market user as its token names it, organisation or not: onboarding serves users CurrentActor refuses
 * (no org_id yet). The subject is the Keycloak user id the membership is written to.
 *
 * @param orgId the token's org_id, null for a user without organisation
 */
public record Newcomer(String userId, String username, String displayName, String email, String orgId) {

    static Newcomer of(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        String name = token.getClaim("name");
        return new Newcomer(token.getSubject(), username == null ? token.getSubject() : username,
                name == null || name.isBlank() ? (username == null ? token.getSubject() : username) : name,
                token.getClaim("email"), token.getClaim("org_id"));
    }

    KeycloakUsers.User user() {
        return new KeycloakUsers.User(userId, username, displayName, email, orgId);
    }
}
