package gx.techmarket.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Double-submit CSRF protection for every form: a random token lives in an HttpOnly cookie and in a hidden field of
 * each form ({@value #FIELD}); a POST whose field does not equal its cookie is refused with 403 before any service is
 * called. (quarkus-rest-csrf does the same, but is not in the registry at the pinned Quarkus version.)
 */
class CsrfProtection {

    static final String COOKIE = "techmarket-csrf";
    static final String FIELD = "csrf-token";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(CsrfProtection.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance csrf();
    }

    @Inject
    CsrfToken token;

    @Inject
    Pages pages;

    @Inject
    CookieAttributes cookies;

    @ServerRequestFilter
    @WithFormRead
    Response verify(ResteasyReactiveContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String known = cookie == null || cookie.getValue().length() < 32 ? null : cookie.getValue();
        token.use(known != null ? known : newToken(), known == null);
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object sent = context.getFormParameter(FIELD, true, false);
        if (known != null && sent instanceof String value && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), known.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        LOG.debugf("refused %s %s: CSRF token missing or not matching", request.getMethod(),
                request.getUriInfo().getPath());
        return pages.status(403, Templates.csrf());
    }

    @ServerResponseFilter
    void issue(ContainerResponseContext response) {
        if (token.value() != null && token.issuedNow()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.cookie(COOKIE).value(token.value())
                    .httpOnly(true).build());
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
