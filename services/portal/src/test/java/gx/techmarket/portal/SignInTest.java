package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SignInTest extends PortalTest {

    @Test
    void shouldShowTheLandingPageWithoutSignIn() {
        Browser.Page landing = Browser.open(portal).get("/");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).contains("<html lang=\"zh-CN\">", "id=\"landing\"", "id=\"sign-in\"",
                "id=\"lang-en\"", "id=\"lang-zh\"", "广西网上技术市场").doesNotContain("id=\"sign-out\"");
        assertThat(stubs.calls()).as("the public front reads only public lists, without a token").isNotEmpty()
                .allSatisfy(call -> {
                    assertThat(call.path()).contains("/public/");
                    assertThat(call.header("Authorization")).isNull();
                });
        HttpResponse<String> raw = Browser.open(portal).getWithoutRedirects("/");
        assertThat(raw.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(raw.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void shouldSendAnUnsignedVisitorToKeycloakWithAPkceChallenge() {
        HttpResponse<String> home = Browser.open(portal).getWithoutRedirects("/home");

        assertThat(home.statusCode()).isEqualTo(302);
        URI location = URI.create(home.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
        assertThat(location.getQuery()).contains("client_id=techmarket-portal", "response_type=code",
                "code_challenge_method=S256", "code_challenge=").doesNotContain("client_secret");
        assertThat(location.getQuery()).as("the sign-in page in the portal's language").contains("ui_locales=zh-CN");
        assertThat(stubs.calls()).isEmpty();
    }

    @Test
    void shouldAskKeycloakForTheLanguageTheVisitorChoseHere() {
        Browser visitor = Browser.open(portal);
        visitor.get("/?lang=en");

        HttpResponse<String> home = visitor.getWithoutRedirects("/home");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(URI.create(home.headers().firstValue("Location").orElseThrow()).getQuery()).contains("ui_locales=en")
                .doesNotContain("ui_locales=zh-CN");
    }

    @Test
    void shouldSignInWithPkceAndSignOutThroughKeycloak() {
        int before = keycloak.tokenRequests().size();
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);

        Map<String, String> exchange = keycloak.tokenRequests().get(before);
        assertThat(exchange).containsEntry("grant_type", "authorization_code")
                .containsEntry("client_id", "techmarket-portal").containsKey("code_verifier")
                .doesNotContainKey("client_secret");
        Browser.Page home = browser.get("/home");
        assertThat(home.body()).contains("<main id=\"home\" data-role=\"university\"",
                "<a href=\"/organisations/124501004985024102\" title=\"本单位的机构主页\" id=\"org-name\" data-testid=\"org-name\">广西大学</a>", "id=\"sign-out\"");

        Browser.Page after = browser.get("/sign-out");

        assertThat(keycloak.logouts()).isNotEmpty();
        Map<String, String> logout = keycloak.logouts().get(keycloak.logouts().size() - 1);
        assertThat(logout.get("post_logout_redirect_uri")).isEqualTo(portal.resolve("/").toString());
        assertThat(after.uri().getPath()).isEqualTo("/");
        assertThat(after.body()).contains("id=\"sign-in\"").doesNotContain("id=\"sign-out\"");
        HttpResponse<String> again = browser.getWithoutRedirects("/home");
        assertThat(again.statusCode()).as("signed out: back to Keycloak").isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(keycloak.issuer());
    }

    @Test
    void shouldAnswerHealthWithoutSignIn() {
        Browser.Page ready = Browser.open(portal).get("/q/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }
}
