package gx.techmarket.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Answers a request whose bearer token this service verified before from {@link VerifiedTokens}, ahead of Quarkus
 * OIDC's own bearer mechanism; any other request (no bearer token, a token not seen, one that expired) falls through to
 * Quarkus OIDC unchanged, which verifies it in full, and {@link Recorder} remembers the identity it produced. Failures,
 * challenges (401) and problem responses are therefore exactly those of Quarkus OIDC.
 */
@ApplicationScoped
public class CachedBearerAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** Attributes that belong to the request that produced an identity, never to be carried to another request. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final VerifiedTokens tokens;
    private final boolean enabled;

    CachedBearerAuthentication(
            @ConfigProperty(name = "techmarket.security.token-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "techmarket.security.token-cache.max-size", defaultValue = "10000") long maxSize,
            @ConfigProperty(name = "techmarket.security.token-cache.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.enabled = enabled;
        this.tokens = new VerifiedTokens(Clock.systemUTC(), maxSize, maxAge);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (enabled) {
            Optional<String> token = bearerToken(context.request().getHeader("Authorization"));
            if (token.isPresent()) {
                Optional<SecurityIdentity> known = tokens.find(token.get());
                if (known.isPresent()) {
                    return Uni.createFrom().item(new ForRequest(known.get(), context));
                }
            }
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // Quarkus OIDC's bearer mechanism challenges
    }

    /** Before Quarkus OIDC's mechanism (priority DEFAULT + 1). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Remembers the identity of every bearer token Quarkus OIDC verified (last of all augmentors). */
    @ApplicationScoped
    static class Recorder implements SecurityIdentityAugmentor {

        private final CachedBearerAuthentication mechanism;

        Recorder(CachedBearerAuthentication mechanism) {
            this.mechanism = mechanism;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            mechanism.remember(identity); // through the bean's method: its fields are not the client proxy's
            return Uni.createFrom().item(identity);
        }
    }

    /** Remembers a verified bearer identity (not one of the code flow, which has an ID token). */
    void remember(SecurityIdentity identity) {
        if (enabled && !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null && credential.getToken() != null) {
                tokens.remember(credential.getToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
        }
    }

    /** How many verified tokens are remembered now. */
    public long rememberedTokens() {
        return tokens.size();
    }

    /** A remembered identity as seen by one request: its own routing context, nothing of the request that made it. */
    static final class ForRequest implements SecurityIdentity {

        private final SecurityIdentity verified;
        private final Map<String, Object> attributes;

        ForRequest(SecurityIdentity verified, RoutingContext context) {
            this.verified = verified;
            Map<String, Object> own = new HashMap<>(verified.getAttributes());
            own.keySet().removeAll(PER_REQUEST);
            own.put(RoutingContext.class.getName(), context);
            this.attributes = own;
        }

        @Override
        public java.security.Principal getPrincipal() {
            return verified.getPrincipal();
        }

        @Override
        public boolean isAnonymous() {
            return verified.isAnonymous();
        }

        @Override
        public Set<String> getRoles() {
            return verified.getRoles();
        }

        @Override
        public boolean hasRole(String role) {
            return verified.hasRole(role);
        }

        @Override
        public <T extends Credential> T getCredential(Class<T> type) {
            return verified.getCredential(type);
        }

        @Override
        public Set<Credential> getCredentials() {
            return verified.getCredentials();
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getAttribute(String name) {
            return (T) attributes.get(name);
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public Set<Permission> getPermissions() {
            return verified.getPermissions();
        }

        @Override
        public Uni<Boolean> checkPermission(Permission permission) {
            return verified.checkPermission(permission);
        }
    }
}
