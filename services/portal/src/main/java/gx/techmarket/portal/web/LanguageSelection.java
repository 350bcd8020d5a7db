package gx.techmarket.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Picks the request's language: {@code ?lang=} first (and remembered for a year), then the cookie, then zh-CN. */
class LanguageSelection {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    Language language;

    @Inject
    CookieAttributes cookies;

    @ServerRequestFilter(preMatching = true)
    void select(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String asked = Language.supported(request.getUriInfo().getQueryParameters().getFirst("lang"));
        if (asked != null) {
            language.select(asked, true, path);
            return;
        }
        Cookie cookie = request.getCookies().get(Language.COOKIE);
        String remembered = cookie == null ? null : Language.supported(cookie.getValue());
        language.select(remembered == null ? Language.ZH_CN : remembered, false, path);
    }

    @ServerResponseFilter
    void remember(ContainerResponseContext response) {
        if (language.chosenNow()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.cookie(Language.COOKIE)
                    .value(language.tag()).maxAge(ONE_YEAR).build());
        }
    }
}
