package gx.techmarket.portal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every cookie of the portal carries: {@code SameSite=Lax} (not Strict: Keycloak's redirect back to the portal is
 * a cross-site top-level navigation that must bring the state cookie along, and a link to the portal from elsewhere
 * should find the user signed in), and {@code Secure} when the portal is served over HTTPS
 * ({@code techmarket.portal.https}, on in the production profile; the embedded default's plain-HTTP market turns it
 * off, or the browser would drop the cookies and nobody could sign in). Quarkus OIDC sets neither on its state and
 * post-logout cookies, so {@link SecurityHeaders} applies these rules to every cookie of every response.
 */
@Singleton
public class CookieAttributes {

    private final boolean https;

    @Inject
    public CookieAttributes(@ConfigProperty(name = "techmarket.portal.https") boolean https) {
        this.https = https;
    }

    /** A cookie of the portal's own, for the whole site, with these attributes. */
    public NewCookie.Builder cookie(String name) {
        return new NewCookie.Builder(name).path("/").sameSite(NewCookie.SameSite.LAX).secure(https);
    }

    /** Completes a cookie someone else built (Quarkus OIDC): SameSite if it has none, Secure when required. */
    public void complete(Cookie cookie, boolean overTls) {
        if (cookie.getSameSite() == null) {
            cookie.setSameSite(CookieSameSite.LAX);
        }
        if (https || overTls) {
            cookie.setSecure(true);
        }
    }

    /** The same for a {@code Set-Cookie} header already written as text. */
    public String complete(String setCookie, boolean overTls) {
        boolean sameSite = false;
        boolean secure = false;
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            sameSite |= attribute.startsWith("samesite=");
            secure |= attribute.equals("secure");
        }
        StringBuilder completed = new StringBuilder(setCookie);
        if (!sameSite) {
            completed.append("; SameSite=Lax");
        }
        if ((https || overTls) && !secure) {
            completed.append("; Secure");
        }
        return completed.toString();
    }
}
