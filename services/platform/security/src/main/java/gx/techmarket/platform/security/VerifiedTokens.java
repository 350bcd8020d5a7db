package gx.techmarket.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens this service has already verified, with the identity each one gave, until the token expires.
 *
 * <p>Verifying a Keycloak access token (decode it four times, parse its claims, check the RS256 signature, build the
 * identity) was a third of the CPU of an authenticated read by id (docs/performance.md). A client sends the same token
 * with every request until it expires, so the result of one verification is kept, bounded in number and never past the
 * token's own {@code exp} (nor {@code max-age}). Nothing weaker is accepted than before: only a token that passed the
 * full verification is ever remembered, a lookup is by the whole token (equality, not a hash), and a remembered token is
 * refused the moment it expires. A bearer token is checked locally either way (no revocation call), so remembering the
 * outcome does not change when a token stops working.
 */
public final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, Instant expiresAt) {}

    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Entry> cache;

    public VerifiedTokens(Clock clock, long maxSize, Duration maxAge) {
        if (maxSize < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("a token cache needs a positive size and age");
        }
        this.clock = clock;
        this.maxAge = maxAge;
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry entry, long currentTime) {
                        return Math.max(0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry entry, long currentTime, long currentDuration) {
                        return expireAfterCreate(token, entry, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String token, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** The identity {@code token} gave when it was verified, while it is still valid. */
    public Optional<SecurityIdentity> find(String token) {
        Entry entry = cache.getIfPresent(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            cache.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Remembers what a verified token gave, until {@code tokenExpiry} (its {@code exp}) or the maximum age, whichever
     * comes first. A token without an expiry, or one already expired, is not remembered.
     */
    public void remember(String token, SecurityIdentity identity, Instant tokenExpiry) {
        if (token == null || token.isEmpty() || tokenExpiry == null) {
            return;
        }
        Instant now = clock.instant();
        Instant until = tokenExpiry.isBefore(now.plus(maxAge)) ? tokenExpiry : now.plus(maxAge);
        if (until.isAfter(now)) {
            cache.put(token, new Entry(identity, until));
        }
    }

    /** Tokens remembered now (for tests and metrics; entries past their time may still be counted until cleaned). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
