package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public front's calls (榜单批次): the published calls and one call with its published challenges, readable
 * without signing in (as the rest of {@code /market}).
 */
@Path("/market/calls")
@Produces(Pages.HTML)
@Blocking
public class CallFront {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "CallPages")
    static class Templates {
        static native TemplateInstance front(Section<Page<CallView>> found);

        static native TemplateInstance frontcall(CallView call, Section<Page<ChallengeView>> challenges);
    }

    @Inject
    @RestClient
    PublicCallsClient calls;

    @Inject
    Pages pages;

    @GET
    public Response list(@QueryParam("page") int page) {
        return pages.ok(Templates.front(Section.load(() -> calls.calls(Math.max(page, 0), PAGE_SIZE))));
    }

    @GET
    @Path("/{id}")
    public Response call(@PathParam("id") UUID id, @QueryParam("page") int page) {
        CallView call = calls.call(id);
        return pages.ok(Templates.frontcall(call, Section.load(() -> calls.challenges(id, Math.max(page, 0),
                PAGE_SIZE))));
    }
}
