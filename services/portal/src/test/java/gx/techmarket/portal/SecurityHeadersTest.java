package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.RawResponse;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, errors and responses from before the REST layer included, and every
 * cookie the portal sets is SameSite=Lax (and not Secure: the tests run over plain http, {@code
 * techmarket.portal.https=false}; {@code CookieAttributesTest} covers the setting on).
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SecurityHeadersTest extends PortalTest {

    @Test
    void shouldSetSameSiteLaxOnEveryCookieFromSignInToSignOut() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);
        browser.get("/home?lang=en");
        browser.get("/sign-out");

        List<String> cookies = browser.setCookies();

        assertThat(cookies).extracting(SecurityHeadersTest::name).anyMatch(n -> n.startsWith("q_auth"))
                .anyMatch(n -> n.startsWith("q_session")).contains("techmarket-csrf", "techmarket-lang",
                        "q_post_logout");
        assertThat(cookies).allSatisfy(cookie -> assertThat(attributes(cookie)).as(cookie).contains("samesite=lax")
                .doesNotContain("secure"));
        assertThat(cookies).filteredOn(c -> name(c).startsWith("q_") || name(c).equals("techmarket-csrf"))
                .filteredOn(c -> !c.startsWith(name(c) + "=;")).as("set, not removed")
                .allSatisfy(cookie -> assertThat(attributes(cookie)).as(cookie).contains("httponly"));
    }

    @Test
    void shouldSendTheHeadersWithPagesTheStylesheetAndHealth() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);

        HttpResponse<String> home = browser.getWithoutRedirects("/home");
        assertHardened(home, 200);
        assertThat(home.body()).contains("<link rel=\"stylesheet\" href=\"/css/portal.css\">",
                "<script type=\"module\" src=\"/js/portal.js\"></script>").doesNotContain("<style", "style=");
        assertHardened(Browser.open(portal).getWithoutRedirects("/"), 200);
        assertHardened(Browser.open(portal).getWithoutRedirects("/q/health/ready"), 200);

        HttpResponse<String> css = Browser.open(portal).getWithoutRedirects("/css/portal.css");
        assertThat(css.statusCode()).as("the stylesheet needs no sign-in").isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("header {");
        assertSecurityHeaders(css);
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).as("static: cacheable")
                .doesNotContain("no-store");
    }

    @Test
    void shouldSendTheHeadersWithTheSignInRedirectAndAFailedSignIn() {
        HttpResponse<String> redirect = Browser.open(portal).getWithoutRedirects("/home");
        assertHardened(redirect, 302);

        // an answer from Keycloak with the right state but a code Keycloak never issued: the code exchange fails
        Browser browser = Browser.open(portal);
        HttpResponse<String> started = browser.getWithoutRedirects("/home");
        String state = URI.create(started.headers().firstValue("Location").orElseThrow()).getQuery()
                .replaceFirst(".*(?:^|&)state=([^&]+).*", "$1");
        HttpResponse<String> forged = browser.getWithoutRedirects("/home?code=forged&state=" + state);
        assertHardened(forged, 401);
    }

    @Test
    void shouldSendTheHeadersWithQuarkusOwnErrors() {
        Browser anonymous = Browser.open(portal);
        assertHardened(anonymous.getWithoutRedirects("/no-such-page"), 404);
        assertHardened(anonymous.send(HttpRequest.newBuilder(anonymous.resolve("/"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))), 405);

        // refused from the Content-Length alone, before any route of the portal: no body needs to follow
        RawResponse declared = RawResponse.send(portal, "POST /results HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 30000000\r\n\r\n", 0);
        assertHardened(declared, 413);

        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);
        RawResponse chunked = RawResponse.send(portal, "POST /results HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: " + browser.cookieHeader() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", 27 * 1024 * 1024);
        assertHardened(chunked, 413);
    }

    @Test
    void shouldSendTheHeadersWithThePortalsOwnErrorPages() {
        stubs.problem("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 404,
                Fixtures.problem(404, "RESULT_NOT_FOUND", "科技成果不存在", null));
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.EXPERT_GXAS);
        assertHardened(browser.getWithoutRedirects("/results/" + Fixtures.RESULT_ID), 404);

        stubs.problem("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 500,
                Fixtures.problem(500, "INTERNAL_ERROR", "内部错误", null));
        HttpResponse<String> failed = browser.getWithoutRedirects("/results/" + Fixtures.RESULT_ID);
        assertHardened(failed, 500);
        assertThat(failed.body()).contains("id=\"error\"");

        HttpResponse<String> forbidden = browser.getWithoutRedirects("/results/new");
        assertHardened(forbidden, 403);
        assertThat(forbidden.body()).contains("id=\"forbidden\"");

        Browser holder = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);
        HttpResponse<String> csrf = holder.send(HttpRequest.newBuilder(holder.resolve("/results/"
                + Fixtures.RESULT_ID + "/submit")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=wrong")));
        assertHardened(csrf, 403);
        assertThat(csrf.body()).contains("id=\"csrf-rejected\"");
    }

    private void assertHardened(RawResponse response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers("Content-Security-Policy")).containsExactly(policy());
        assertThat(response.headers("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers("Referrer-Policy")).containsExactly("same-origin");
        assertThat(response.headers("Cache-Control")).containsExactly("no-store");
    }

    private void assertHardened(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s %s", response.request().method(), response.uri()).isEqualTo(status);
        assertSecurityHeaders(response);
        assertThat(response.headers().allValues("Cache-Control")).as("Cache-Control of %s", response.uri())
                .contains("no-store");
    }

    private void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).as("CSP of %s", response.uri())
                .containsExactly(policy());
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    }

    private String policy() {
        String keycloakOrigin = "http://127.0.0.1:" + URI.create(keycloak.issuer()).getPort();
        return "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + keycloakOrigin + "; frame-ancestors 'none'";
    }

    private static String name(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf('='));
    }

    /** The attributes after the name=value pair, lower case, without spaces. */
    private static List<String> attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        return java.util.Arrays.stream(parts).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
