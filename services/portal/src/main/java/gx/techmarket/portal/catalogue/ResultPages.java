package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.listing.Listing;
import gx.techmarket.portal.listing.ListingPages;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.ServiceProblem;
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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** 科技成果: search, the holder's form and actions, the operator's review. */
@Path("/results")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class ResultPages extends ListingPages<ResultView, ResultForm, ResultRequest> {

    static final int PAGE_SIZE = 20;
    /** The catalogue's sorts (its whitelist): newest first by default. */
    static final List<String> SORTS = List.of("newest", "oldest");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, String industry, String region, String sort,
                Page<ResultView> found, ServiceProblem.Problem problem);

        static native TemplateInstance form(UUID id, ResultForm form, FormErrors errors);

        static native TemplateInstance detail(ResultView result, FormErrors errors, String reason);
    }

    @Inject
    @RestClient
    CatalogueClient catalogue;

    public ResultPages() {
        super("/results", "withdraw", Roles.UNIVERSITY, Roles.ENTERPRISE);
    }

    @Override
    protected Listing<ResultView, ResultForm, ResultRequest> listing() {
        return new Listing<>(catalogue::get, catalogue::create, catalogue::edit, catalogue::act, catalogue::act,
                ResultForm::new, ResultForm::of, Templates::form, Templates::detail);
    }

    /** The portal's own checks, and a price typed together with 面议 refused next to the price (as the API does). */
    @Override
    protected FormErrors check(ResultForm form) {
        FormErrors errors = pages.check(form);
        if (form.negotiable() && form.askingPrice != null && !form.askingPrice.isBlank()
                && !errors.has("askingPrice")) {
            errors.add("askingPrice", pages.forms().price_with_negotiable());
        }
        ResultLines.unreadable(ResultLines.patents(form.patents))
                .ifPresent(line -> errors.add("patents", pages.msg(CatalogueMsg.class).patent_line_unreadable(line)));
        ResultLines.unreadable(ResultLines.contacts(form.contacts))
                .ifPresent(line -> errors.add("contacts", pages.msg(CatalogueMsg.class).contact_line_unreadable(line)));
        return errors;
    }

    @Override
    protected void amounts(ResultView result, Confirmation confirmation) {
        if (!result.priceNegotiable()) {
            confirmation.amount(pages.msg(CatalogueMsg.class).field_asking_price(), result.askingPrice());
        }
    }

    /** The catalogue's search: paged ("1–20 / 37", page size), newest or oldest first. */
    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        String order = sort != null && SORTS.contains(sort) ? sort : null;
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        try {
            Page<ResultView> found = catalogue.search(blankToNull(q), blankToNull(industry), blankToNull(region),
                    order, Math.max(page, 0), rows);
            return pages.ok(Templates.search(q, industry, region, order, found, null));
        } catch (ServiceProblem | ProcessingException refused) {
            ServiceProblem.Problem problem = pages.problemOf(refused);
            return pages.status(problem.status(), Templates.search(q, industry, region, order, Page.empty(rows),
                    problem));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response createResult(@BeanParam ResultForm form) {
        return create(form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response editResult(@PathParam("id") UUID id, @BeanParam ResultForm form) {
        return edit(id, form);
    }
}
