package gx.techmarket.platform.testing;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signed access tokens for tests, shaped like the Keycloak realm's: realm roles in {@code realm_access.roles},
 * the organisation claims, and the audience of the service under test.
 *
 * <pre>{@code
 * given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR)) ...
 * given().auth().oauth2(Tokens.as(Role.BROKER, Orgs.GX_TECH_TRANSFER).expiredAgo(Duration.ofMinutes(1)).build()) ...
 * }</pre>
 */
public final class Tokens {

    private Tokens() {}

    /** A valid token for a user with {@code role} acting for {@code org}, for the service under test. */
    public static String of(Role role, Party org) {
        return as(role, org).build();
    }

    /** A token builder, for variants (another user, audience, issuer, expiry, roles, signature). */
    public static Builder as(Role role, Party org) {
        return new Builder(List.of(role), org);
    }

    /** A token builder for a user with several roles (or none). */
    public static Builder withRoles(List<Role> roles, Party org) {
        return new Builder(roles, org);
    }

    public static final class Builder {
        private final List<Role> roles;
        private final Party org;
        private String username;
        private String displayName;
        private List<String> audience;
        private String issuer;
        // an hour: test classes keep their tokens in constants made when the class loads, and a module's tests can run
        // for many minutes on a busy machine (a parallel build, -T2); a 5-minute token then expired mid-module (401).
        // Expiry itself is tested with expiredAgo / expiresIn.
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private Instant issuedAt = Instant.now();
        private RsaJsonWebKey key;
        private boolean unsigned;
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private final List<String> removedClaims = new ArrayList<>();

        private Builder(List<Role> roles, Party org) {
            this.roles = List.copyOf(roles);
            this.org = org;
            String first = roles.isEmpty() ? "user" : roles.get(0).realmRole();
            this.username = first + "." + org.uscc().toLowerCase(java.util.Locale.ROOT);
            this.displayName = org.name() + " " + first;
        }

        /** The user's login name ({@code preferred_username}); the subject is derived from it. */
        public Builder user(String username, String displayName) {
            this.username = username;
            this.displayName = displayName;
            return this;
        }

        /** Replaces the audience (by default the service's {@code quarkus.oidc.token.audience}). */
        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** Replaces the issuer (by default the test issuer). */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** A token that expired {@code ago} before now. */
        public Builder expiredAgo(Duration ago) {
            this.issuedAt = Instant.now().minus(ago).minus(Duration.ofMinutes(5));
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        /** A token that expires {@code in} from now. */
        public Builder expiresIn(Duration in) {
            this.expiresAt = Instant.now().plus(in);
            return this;
        }

        /** Signs with a key the issuer never published: a forged token. */
        public Builder signedWithForeignKey() {
            this.key = TestOidcIssuer.newKey("test-signing-key");
            return this;
        }

        /** {@code alg: none}, no signature at all. */
        public Builder unsigned() {
            this.unsigned = true;
            return this;
        }

        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        public Builder withoutClaim(String name) {
            removedClaims.add(name);
            return this;
        }

        public String build() {
            TestOidcIssuer oidc = EmbeddedInfrastructure.get().oidc();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer != null ? issuer : oidc.issuer());
            claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
            claims.put("aud", audience != null ? audience : defaultAudience());
            claims.put("azp", "techmarket-portal");
            claims.put("typ", "Bearer");
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("exp", expiresAt.getEpochSecond());
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("scope", "openid profile");
            claims.put("preferred_username", username);
            claims.put("name", displayName);
            claims.put("realm_access", Map.of("roles", roles.stream().map(Role::realmRole).toList()));
            claims.put("org_id", org.uscc());
            claims.put("org_name", org.name());
            claims.put("org_kind", org.kind().claimValue());
            claims.put("org_region", org.region());
            if (org.parentUscc() != null) {
                claims.put("org_parent", org.parentUscc());
            }
            claims.putAll(extraClaims);
            removedClaims.forEach(claims::remove);
            String payload = JsonUtil.toJson(claims);
            if (unsigned) {
                Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
                return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
            }
            RsaJsonWebKey signing = key != null ? key : oidc.signingKey();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setKey(signing.getPrivateKey());
            jws.setKeyIdHeaderValue(signing.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("could not sign a test token", e);
            }
        }

        private static List<String> defaultAudience() {
            return ConfigProvider.getConfig().getOptionalValues("quarkus.oidc.token.audience", String.class)
                    .orElse(List.of("techmarket-test"));
        }
    }
}
