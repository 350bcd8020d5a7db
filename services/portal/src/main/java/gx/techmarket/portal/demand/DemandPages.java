package gx.techmarket.portal.demand;

import gx.techmarket.portal.listing.Listing;
import gx.techmarket.portal.listing.ListingPages;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** 技术需求: the open list, the enterprise's form and actions, the operator's review. */
@Path("/demands")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class DemandPages extends ListingPages<DemandView, DemandForm, DemandRequest> {

    static final int PAGE_SIZE = 20;
    /** The demand service's sorts (its whitelist): newest first by default. */
    static final List<String> SORTS = List.of("newest", "oldest");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String q, String industry, String region, String sort,
                Page<DemandView> found);

        static native TemplateInstance form(UUID id, DemandForm form, FormErrors errors);

        static native TemplateInstance detail(DemandView demand, FormErrors errors, String reason);
    }

    @Inject
    @RestClient
    DemandClient demands;

    public DemandPages() {
        super("/demands", "close", Roles.ENTERPRISE);
    }

    @Override
    protected Listing<DemandView, DemandForm, DemandRequest> listing() {
        return new Listing<>(demands::get, demands::create, demands::edit, demands::act, demands::act,
                DemandForm::new, DemandForm::of, Templates::form, Templates::detail);
    }

    @Override
    protected FormErrors check(DemandForm form) {
        FormErrors errors = pages.check(form);
        if (!errors.has("deadline") && form.deadlineDate() == null) {
            errors.add("deadline", pages.msg().invalid_date());
        }
        return errors;
    }

    @Override
    protected void amounts(DemandView demand, Confirmation confirmation) {
        DemandMsg texts = pages.msg(DemandMsg.class);
        confirmation.amount(texts.field_budget_min(), demand.budgetMin())
                .amount(texts.field_budget_max(), demand.budgetMax());
    }

    /** The published demands: paged ("1–20 / 37", page size), searchable, newest or oldest first. */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        String order = sort != null && SORTS.contains(sort) ? sort : null;
        Page<DemandView> found = demands.published(blankToNull(q), blankToNull(industry), blankToNull(region), order,
                Math.max(page, 0), Page.SIZES.contains(size) ? size : PAGE_SIZE);
        return pages.ok(Templates.list(q, industry, region, order, found));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response createDemand(@BeanParam DemandForm form) {
        return create(form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response editDemand(@PathParam("id") UUID id, @BeanParam DemandForm form) {
        return edit(id, form);
    }
}
