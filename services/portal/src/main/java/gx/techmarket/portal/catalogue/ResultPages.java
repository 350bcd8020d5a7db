package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.ServiceProblem;
import gx.techmarket.portal.web.Viewer;
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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** 科技成果: search, the holder's form and actions, the operator's review. */
@Path("/results")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class ResultPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, String industry, String region, ResultView.Page found,
                ServiceProblem.Problem problem);

        static native TemplateInstance form(UUID id, ResultForm form, FormErrors errors);

        static native TemplateInstance detail(ResultView result, FormErrors errors, String reason);
    }

    @Inject
    @RestClient
    CatalogueClient catalogue;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("page") int page) {
        String query = blankToNull(q);
        String industryCode = blankToNull(industry);
        String regionCode = blankToNull(region);
        try {
            ResultView.Page found = catalogue.search(query, industryCode, regionCode, Math.max(page, 0), PAGE_SIZE);
            return pages.ok(Templates.search(q, industry, region, found, null));
        } catch (ServiceProblem | ProcessingException refused) {
            ServiceProblem.Problem problem = pages.problemOf(refused);
            return pages.status(problem.status(), Templates.search(q, industry, region,
                    new ResultView.Page(null, 0, 0, PAGE_SIZE), problem));
        }
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response newForm() {
        return pages.ok(Templates.form(null, ResultForm.empty(viewer.orgRegion()), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response create(@BeanParam ResultForm form) {
        FormErrors invalid = pages.check(form);
        if (invalid.any()) {
            return pages.status(400, Templates.form(null, form, invalid));
        }
        try {
            ResultView created = catalogue.create(form.toRequest());
            return Pages.seeOther("/results/" + created.id());
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.form(null, form, failed));
        }
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(Templates.detail(catalogue.get(id), FormErrors.none(), ""));
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response editForm(@PathParam("id") UUID id) {
        return pages.ok(Templates.form(id, ResultForm.of(catalogue.get(id)), FormErrors.none()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response edit(@PathParam("id") UUID id, @BeanParam ResultForm form) {
        FormErrors invalid = pages.check(form);
        if (invalid.any()) {
            return pages.status(400, Templates.form(id, form, invalid));
        }
        try {
            catalogue.edit(id, form.toRequest());
            return Pages.seeOther("/results/" + id);
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.form(id, form, failed));
        }
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response submit(@PathParam("id") UUID id) {
        return act(id, "", () -> catalogue.submit(id));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response withdraw(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, reason, () -> catalogue.withdraw(id, new Reason(blankToNull(reason))));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id) {
        return act(id, "", () -> catalogue.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, reason, () -> catalogue.reject(id, new Reason(reason == null ? "" : reason.strip())));
    }

    /** Runs an action; if the service refuses, the result's page comes back with the problem and the typed reason. */
    private Response act(UUID id, String reason, Runnable action) {
        try {
            action.run();
            return Pages.seeOther("/results/" + id);
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.detail(catalogue.get(id),
                    failed, reason == null ? "" : reason));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
