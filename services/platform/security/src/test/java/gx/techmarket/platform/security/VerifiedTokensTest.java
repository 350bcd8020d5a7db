package gx.techmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final SecurityIdentity alice = QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "alice").addRole("broker").build();

    @Test
    void shouldGiveBackTheIdentityOfARememberedTokenUntilTheTokenExpires() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
        tokens.remember("t1", alice, T0.plusSeconds(60));

        clock.now = T0.plusSeconds(59);
        assertThat(tokens.find("t1")).containsSame(alice);
        clock.now = T0.plusSeconds(60);
        assertThat(tokens.find("t1")).isEmpty();
    }

    @Test
    void shouldForgetATokenAfterTheMaximumAgeEvenIfItLivesLonger() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
        tokens.remember("t1", alice, T0.plus(Duration.ofHours(10)));

        clock.now = T0.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(tokens.find("t1")).isPresent();
        clock.now = T0.plus(Duration.ofMinutes(5));
        assertThat(tokens.find("t1")).isEmpty();
    }

    @Test
    void shouldNotRememberATokenThatHasAlreadyExpiredOrHasNoExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
        tokens.remember("old", alice, T0);
        tokens.remember("none", alice, null);

        assertThat(tokens.find("old")).isEmpty();
        assertThat(tokens.find("none")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldOnlyAnswerForTheExactTokenItVerified() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10, Duration.ofMinutes(5));
        tokens.remember("header.payload.signature", alice, T0.plusSeconds(60));

        assertThat(tokens.find("header.payload.signaturE")).isEmpty();
        assertThat(tokens.find("header.payload.signature ")).isEmpty();
        assertThat(tokens.find("header.payload.signature")).isPresent();
    }

    @Test
    void shouldStayWithinItsSize() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 100, Duration.ofMinutes(5));
        for (int i = 0; i < 1_000; i++) {
            tokens.remember("t" + i, alice, T0.plusSeconds(60));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void shouldRefuseANonsensicalConfiguration() {
        assertThatThrownBy(() -> new VerifiedTokens(clock, 0, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokens(clock, 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadOnlyABearerAuthorization() {
        assertThat(CachedBearerAuthentication.bearerToken("Bearer abc")).contains("abc");
        assertThat(CachedBearerAuthentication.bearerToken("bearer abc ")).contains("abc");
        assertThat(CachedBearerAuthentication.bearerToken("Basic YWxhZGRpbjpvcGVuc2VzYW1l")).isEmpty();
        assertThat(CachedBearerAuthentication.bearerToken("Bearer ")).isEmpty();
        assertThat(CachedBearerAuthentication.bearerToken("Bearer   ")).isEmpty();
        assertThat(CachedBearerAuthentication.bearerToken(null)).isEmpty();
    }
}
