package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The one public page: what the market is, and the sign-in button. */
@Path("/")
@Produces(Pages.HTML)
public class LandingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();
    }

    @Inject
    Pages pages;

    @GET
    public Response landing() {
        return pages.ok(Templates.landing());
    }
}
