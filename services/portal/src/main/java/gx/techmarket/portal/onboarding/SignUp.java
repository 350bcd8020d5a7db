package gx.techmarket.portal.onboarding;

import gx.techmarket.portal.web.Pages;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * 注册: {@code /sign-up} needs a signed-in user like any page of the workbench, so an anonymous visitor goes through
 * the portal's own sign-in (state, PKCE) — with {@code prompt=create}, which makes Keycloak open its registration
 * form (with the privacy notice) instead of the sign-in form. Once registered, the newcomer lands on the application.
 */
@Path("/sign-up")
public class SignUp {

    @GET
    @Authenticated
    public Response signedUp() {
        return Pages.seeOther("/onboarding");
    }

    /** Adds {@code prompt=create} to the redirect to Keycloak that {@code /sign-up} starts. */
    @ApplicationScoped
    @Unremovable
    @Redirect(Redirect.Location.OIDC_AUTHORIZATION)
    public static class Prompt implements OidcRedirectFilter {
        @Override
        public void filter(OidcRedirectContext context) {
            if ("/sign-up".equals(context.routingContext().request().path())) {
                context.additionalQueryParams().add("prompt", "create");
            }
        }
    }
}
