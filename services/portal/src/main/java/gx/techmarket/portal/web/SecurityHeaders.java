package gx.techmarket.portal.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers and cookie attributes of every response the portal sends: pages, the stylesheet, Quarkus's
 * own 404/405/413, the OIDC redirects and failures, health. A route ahead of all others registers a hook that runs
 * just before the response's headers go out, so nothing that answers later (an error handler, the body limit, the
 * OIDC mechanism) can leave them off. ({@code quarkus.http.header} sets its headers when the request enters the
 * router, and cannot compute the policy from the OIDC server's origin or touch cookies.) Responses the HTTP codec
 * refuses before any route runs (an over-long request line, a malformed request) carry no body and none of this.
 */
@Singleton
class SecurityHeaders {

    /** Every response that does not say how to cache itself (the stylesheet does) is kept by nobody. */
    static final String NO_STORE = "no-store";

    private final Map<String, String> headers;
    private final CookieAttributes cookies;

    @Inject
    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") URI signInServer, CookieAttributes cookies) {
        this.headers = headers(ContentSecurityPolicy.of(signInServer));
        this.cookies = cookies;
    }

    static Map<String, String> headers(String contentSecurityPolicy) {
        return Map.of(
                "Content-Security-Policy", contentSecurityPolicy,
                // for browsers older than frame-ancestors
                "X-Frame-Options", "DENY",
                "X-Content-Type-Options", "nosniff",
                // links to other sites do not carry the portal's URLs (ids of results, demands, contracts)
                "Referrer-Policy", "same-origin");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onEveryRequest);
    }

    private void onEveryRequest(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> beforeHeadersGoOut(context));
        context.next();
    }

    private void beforeHeadersGoOut(RoutingContext context) {
        MultiMap out = context.response().headers();
        headers.forEach(out::set);
        if (!out.contains(HttpHeaders.CACHE_CONTROL)) {
            out.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        boolean overTls = context.request().isSSL();
        List<String> written = out.getAll(HttpHeaders.SET_COOKIE);
        if (!written.isEmpty()) {
            out.set("Set-Cookie", written.stream().map(c -> cookies.complete(c, overTls)).toList());
        }
        // Cookies added as objects (Quarkus OIDC's state, session and post-logout cookies, and their removal) are
        // written after this hook, from the request's cookie jar: complete the ones this response changes. The jar
        // also holds the cookies the browser sent, which must not be sent back.
        for (Cookie cookie : context.request().cookies()) {
            if (cookie instanceof ServerCookie server && server.isChanged()) {
                cookies.complete(cookie, overTls);
            }
        }
    }
}
