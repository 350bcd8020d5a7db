package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 匹配推荐 (the matching service): an enterprise's demands with the results suggested for them, a university's
 * results with the demands that fit them, a broker's city's matches; each suggestion with its score, the reasons in
 * plain language and the 意向洽谈 link when the service offers {@code expressInterest}.
 */
@Path("/matches")
@Produces(Pages.HTML)
@Blocking
public class MatchPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Section<Page<ListingMatchesView>> found);
    }

    @Inject
    @RestClient
    MatchingClient matching;

    @Inject
    Pages pages;

    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    public Response list(@QueryParam("page") int page, @QueryParam("size") int size) {
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return pages.ok(Templates.list(Section.load(() -> matching.matches(Math.max(page, 0), rows))));
    }
}
