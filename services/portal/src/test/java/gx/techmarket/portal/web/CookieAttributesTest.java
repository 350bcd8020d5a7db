package gx.techmarket.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.ws.rs.core.NewCookie;
import org.junit.jupiter.api.Test;

class CookieAttributesTest {

    private final CookieAttributes overHttps = new CookieAttributes(true);
    private final CookieAttributes overHttp = new CookieAttributes(false);

    @Test
    void theOwnCookiesAreLaxForTheWholeSiteAndSecureOnlyOverHttps() {
        NewCookie secure = overHttps.cookie("techmarket-csrf").value("t").httpOnly(true).build();
        NewCookie plain = overHttp.cookie("techmarket-csrf").value("t").httpOnly(true).build();

        assertThat(secure.isSecure()).isTrue();
        assertThat(plain.isSecure()).isFalse();
        for (NewCookie cookie : new NewCookie[] {secure, plain}) {
            assertThat(cookie.getSameSite()).isEqualTo(NewCookie.SameSite.LAX);
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.isHttpOnly()).isTrue();
        }
    }

    @Test
    void completesQuarkusCookiesWithLaxAndSecureWhenRequired() {
        Cookie state = Cookie.cookie("q_auth_1", "s");
        overHttps.complete(state, false);
        assertThat(state.getSameSite()).isEqualTo(CookieSameSite.LAX);
        assertThat(state.isSecure()).isTrue();

        Cookie plain = Cookie.cookie("q_auth_1", "s");
        overHttp.complete(plain, false);
        assertThat(plain.getSameSite()).isEqualTo(CookieSameSite.LAX);
        assertThat(plain.isSecure()).isFalse();

        Cookie tls = Cookie.cookie("q_session", "s");
        overHttp.complete(tls, true);
        assertThat(tls.isSecure()).as("a request over TLS gets Secure cookies anyway").isTrue();

        Cookie strict = Cookie.cookie("q_session", "s").setSameSite(CookieSameSite.STRICT);
        overHttps.complete(strict, false);
        assertThat(strict.getSameSite()).as("an explicit SameSite stays").isEqualTo(CookieSameSite.STRICT);
    }

    @Test
    void completesWrittenSetCookieHeadersWithoutRepeatingAttributes() {
        assertThat(overHttps.complete("a=1; Path=/; HttpOnly", false)).isEqualTo("a=1; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(overHttp.complete("a=1; Path=/; HttpOnly", false)).isEqualTo("a=1; Path=/; HttpOnly; SameSite=Lax");
        assertThat(overHttp.complete("a=1; Path=/", true)).isEqualTo("a=1; Path=/; SameSite=Lax; Secure");
        assertThat(overHttps.complete("a=1;secure;samesite=Strict", false)).isEqualTo("a=1;secure;samesite=Strict");
        assertThat(overHttps.complete("a=secure; Path=/", false)).as("the value is no attribute")
                .isEqualTo("a=secure; Path=/; SameSite=Lax; Secure");
    }
}
