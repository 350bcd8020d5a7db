package gx.techmarket.portal.subsidy.assessment;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every subsidy decision explained (认定结果): the beneficiary's entitlements and the refusals of its contracts, the
 * admin's of its sub-market, and each one's page with its explanation clause by clause — which rule, which facts
 * from which source, the arithmetic and the caps — so an enterprise sees why it got what it got, or nothing.
 */
@Path("/subsidy")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class AssessmentPages {

    static final int PAGE_SIZE = 20;
    /** The statuses the admin's list filters by (the subsidy service's). */
    static final List<String> STATUSES = List.of("GRANTED", "WAITING_FOR_BUDGET", "CLAIMABLE", "REVERSED",
            "WITHDRAWN");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entitlements(boolean all, String status, Integer year, List<String> statuses,
                Section<Page<ExplainedEntitlement>> found);

        static native TemplateInstance entitlement(ExplainedEntitlement entitlement);

        static native TemplateInstance refusals(boolean all, Section<Page<ExplainedRefusal>> found);

        static native TemplateInstance refusal(ExplainedRefusal refusal);
    }

    @Inject
    @RestClient
    AssessmentClient subsidy;

    @Inject
    Pages pages;

    @GET
    @Path("/entitlements")
    public Response myEntitlements(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.entitlements(false, null, null, STATUSES,
                Section.load(() -> subsidy.myEntitlements(Math.max(page, 0), rows(size)))));
    }

    @GET
    @Path("/entitlements/all")
    @RolesAllowed(Roles.ADMIN)
    public Response allEntitlements(@QueryParam("status") String status, @QueryParam("year") String year,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        Integer y = year != null && year.matches("20[0-9]{2}") ? Integer.valueOf(year) : null;
        return pages.ok(Templates.entitlements(true, s, y, STATUSES,
                Section.load(() -> subsidy.entitlements(s, y, Math.max(page, 0), rows(size)))));
    }

    @GET
    @Path("/entitlements/{id}")
    public Response entitlement(@PathParam("id") UUID id) {
        return pages.ok(Templates.entitlement(subsidy.entitlement(id)));
    }

    @GET
    @Path("/refusals")
    public Response myRefusals(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.refusals(false,
                Section.load(() -> subsidy.myRefusals(Math.max(page, 0), rows(size)))));
    }

    @GET
    @Path("/refusals/all")
    @RolesAllowed(Roles.ADMIN)
    public Response allRefusals(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.refusals(true, Section.load(() -> subsidy.refusals(Math.max(page, 0), rows(size)))));
    }

    @GET
    @Path("/refusals/{id}")
    public Response refusal(@PathParam("id") UUID id) {
        return pages.ok(Templates.refusal(subsidy.refusal(id)));
    }

    private static int rows(int size) {
        return Page.SIZES.contains(size) ? size : PAGE_SIZE;
    }
}
