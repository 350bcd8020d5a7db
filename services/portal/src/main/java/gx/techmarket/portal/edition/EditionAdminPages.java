package gx.techmarket.portal.edition;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An operator orders an edition now (the monthly job makes last month's by itself): which catalogue, the month and
 * the scope; the service decides whether the caller may (the province any scope, a city its own) and shows its
 * refusal next to the field it concerns.
 */
@Path("/editions/manage")
@Produces(Pages.HTML)
@Blocking
public class EditionAdminPages {

    @CheckedTemplate(basePath = "EditionPages")
    static class Templates {
        static native TemplateInstance manage(EditionForm form, FormErrors errors);
    }

    @Inject
    @RestClient
    ResultEditionsClient results;

    @Inject
    @RestClient
    DemandEditionsClient demands;

    @Inject
    Pages pages;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response form() {
        return pages.ok(Templates.manage(new EditionForm(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response make(@BeanParam EditionForm form) {
        return pages.submit(pages.check(form), () -> "demands".equals(form.kind)
                ? demands.make(new DemandEditionsClient.EditionOrder(form.period, form.scope))
                : results.make(new ResultEditionsClient.EditionOrder(form.period, form.scope)),
                made -> "/market/editions?scope=" + made.scope(), "published",
                errors -> Templates.manage(form, errors));
    }
}
