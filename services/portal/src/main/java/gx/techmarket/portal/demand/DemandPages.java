package gx.techmarket.portal.demand;

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

/** 技术需求: the open list, the enterprise's form and actions, the operator's review. */
@Path("/demands")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class DemandPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String industry, String region, DemandView.Page found);

        static native TemplateInstance form(UUID id, DemandForm form, FormErrors errors);

        static native TemplateInstance detail(DemandView demand, FormErrors errors, String reason);
    }

    @Inject
    @RestClient
    DemandClient demands;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    public Response list(@QueryParam("industry") String industry, @QueryParam("region") String region,
            @QueryParam("page") int page) {
        DemandView.Page found = demands.published(blankToNull(industry), blankToNull(region), Math.max(page, 0),
                PAGE_SIZE);
        return pages.ok(Templates.list(industry, region, found));
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response newForm() {
        return pages.ok(Templates.form(null, DemandForm.empty(viewer.orgRegion()), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response create(@BeanParam DemandForm form) {
        FormErrors invalid = check(form);
        if (invalid.any()) {
            return pages.status(400, Templates.form(null, form, invalid));
        }
        try {
            DemandView created = demands.create(form.toRequest());
            return Pages.seeOther("/demands/" + created.id());
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.form(null, form, failed));
        }
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(Templates.detail(demands.get(id), FormErrors.none(), ""));
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed(Roles.ENTERPRISE)
    public Response editForm(@PathParam("id") UUID id) {
        return pages.ok(Templates.form(id, DemandForm.of(demands.get(id)), FormErrors.none()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response edit(@PathParam("id") UUID id, @BeanParam DemandForm form) {
        FormErrors invalid = check(form);
        if (invalid.any()) {
            return pages.status(400, Templates.form(id, form, invalid));
        }
        try {
            demands.edit(id, form.toRequest());
            return Pages.seeOther("/demands/" + id);
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.form(id, form, failed));
        }
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response submit(@PathParam("id") UUID id) {
        return act(id, "", () -> demands.submit(id));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response close(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, reason, () -> demands.close(id, new Reason(blankToNull(reason))));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id) {
        return act(id, "", () -> demands.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") UUID id, @RestForm String reason) {
        return act(id, reason, () -> demands.reject(id, new Reason(reason == null ? "" : reason.strip())));
    }

    private FormErrors check(DemandForm form) {
        FormErrors errors = pages.check(form);
        if (!errors.has("deadline") && form.deadlineDate() == null) {
            errors.add("deadline", pages.msg().invalid_date());
        }
        return errors;
    }

    private Response act(UUID id, String reason, Runnable action) {
        try {
            action.run();
            return Pages.seeOther("/demands/" + id);
        } catch (ServiceProblem | ProcessingException refused) {
            FormErrors failed = FormErrors.of(pages.problemOf(refused));
            return pages.status(failed.problem().status(), Templates.detail(demands.get(id),
                    failed, reason == null ? "" : reason));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
