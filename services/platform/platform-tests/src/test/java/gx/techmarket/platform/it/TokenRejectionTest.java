package gx.techmarket.platform.it;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.security.CachedBearerAuthentication;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@ProbeTest
class TokenRejectionTest {

    @Inject
    CachedBearerAuthentication verifiedTokens;

    @Test
    void aValidTokenIsAccepted() {
        callWith(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).statusCode(200);
    }

    @Test
    void aTokenForAnotherServiceIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).audience("techmarket-subsidy").build()));
    }

    @Test
    void aTokenWithoutAnyAudienceIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).withoutClaim("aud").build()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)
                .issuer("http://127.0.0.1:1/realms/another").build()));
    }

    @Test
    void anExpiredTokenIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).expiredAgo(Duration.ofMinutes(2)).build()));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).unsigned().build()));
    }

    @Test
    void aTokenWithABadSignatureIsRejected() {
        unauthenticated(callWith(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).signedWithForeignKey().build()));
    }

    @Test
    void aTokenVerifiedBeforeIsAcceptedAgainAndRefusedOnceItExpires() {
        String token = Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).expiresIn(Duration.ofSeconds(3)).build();
        long remembered = verifiedTokens.rememberedTokens();
        callWith(token).statusCode(200);
        assertThat(verifiedTokens.rememberedTokens()).isEqualTo(remembered + 1);
        callWith(token).statusCode(200); // the second time from the verified-token cache
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> unauthenticated(callWith(token)));
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        callWith(token).statusCode(403); // verified and remembered as it is: a broker may not call /probe/enterprise
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"broker\"", "\"enterprise\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        unauthenticated(callWith(forged));
    }

    @Test
    void noTokenIsUnauthenticated() {
        unauthenticated(given().when().get("/probe/enterprise").then());
    }

    @Test
    void aMissingRoleIsForbidden() {
        callWith(Tokens.of(Role.UNIVERSITY, Orgs.GXU))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("title", equalTo("无权执行此操作"));
    }

    @Test
    void aUserWithNoMarketRoleIsForbidden() {
        callWith(Tokens.withRoles(List.of(), Orgs.GXU).build()).statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    private static ValidatableResponse callWith(String token) {
        return given().auth().oauth2(token).when().get("/probe/enterprise").then();
    }

    private static void unauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("status", equalTo(401));
    }
}
