package gx.techmarket.directory.onboarding;

import java.util.Optional;

/**
 * The market's user accounts in Keycloak, as membership needs them (ADR 0021): found by e-mail, and the organisation
 * written to them (the org_id and org_name attributes the realm's mappers put in every token, and the realm role of
 * the organisation's kind) or cleared. The directory's MembershipSync calls it; the module tests replace it with a
 * recording fake, the end-to-end test uses the real Keycloak.
 */
public interface KeycloakUsers {

    /** A user account; {@code orgId} is the organisation Keycloak holds for it now (null: none). */
    record User(String id, String username, String displayName, String email, String orgId) {}

    /** The account registered with this e-mail (exact match); Keycloak not answering throws {@link Unavailable}. */
    Optional<User> byEmail(String email);

    /** Writes the organisation to the user: org_id, org_name, and the realm role. Idempotent. */
    void join(String userId, String orgId, String orgName, String realmRole);

    /** Clears org_id and org_name and takes the realm role away. Idempotent; an account deleted meanwhile is fine. */
    void leave(String userId, String realmRole);

    /** Keycloak did not answer, or answered with an error: the caller retries later. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
