package gx.techmarket.portal.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sign-in page speaks the portal's language: the redirect to Keycloak carries {@code ui_locales} with the
 * language the user chose here (zh-CN unless the cookie says English). Without it Keycloak follows the browser's
 * {@code Accept-Language}, and a visitor whose browser asks for English reads a Chinese portal and an English
 * sign-in page.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie chosen = context.routingContext().request().getCookie(Language.COOKIE);
        String tag = chosen == null ? null : Language.supported(chosen.getValue());
        context.additionalQueryParams().add("ui_locales", tag == null ? Language.ZH_CN : tag);
    }
}
