package gx.techmarket.portal.subsidy;

import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * 补助与创新券: the one place the navigation leads to for subsidies, with the pages each role works with —
 * beneficiaries their entitlements, claims, statements and vouchers; providers their redemptions; admins their
 * programmes, budgets, claim reviews, payment batches and reconciliation.
 */
@Path("/subsidy")
@Produces(Pages.HTML)
@Blocking
public class SubsidyHub {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hub();
    }

    @Inject
    Pages pages;

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    public Response hub() {
        return pages.ok(Templates.hub());
    }
}
