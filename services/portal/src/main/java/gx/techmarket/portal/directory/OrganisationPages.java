package gx.techmarket.portal.directory;

import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An organisation's page (机构主页) — the directory's facts, qualifications with their validity, subsidiaries and, for
 * those the directory lets read it, the history of changes — and the admins' actions on it: edit its facts, verify it
 * again, suspend it, grant or revoke a qualification, verify its bank account, open or close its registration point.
 * Each action is offered exactly when the view lists it; the irreversible ones are confirmed first.
 */
@Path("/organisations")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class OrganisationPages {

    /** Rows of history shown at once; the pager shows the rest. */
    static final int HISTORY_SIZE = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(OrganisationView organisation, Section<Page<HistoryEntry>> history,
                QualificationForm grant, Typed typed, FormErrors errors);

        static native TemplateInstance edit(OrganisationView organisation, OrganisationForm form, FormErrors errors);
    }

    /** A reason typed into one of the page's forms ({@code form}: suspend, close-point, revoke-<id>), kept on error. */
    @io.quarkus.qute.TemplateData
    public record Typed(String form, String reason) {

        static Typed none() {
            return new Typed("", "");
        }

        /** The reason typed into {@code form}, or nothing. */
        public String reasonFor(String form) {
            return form.equals(this.form) && reason != null ? reason : "";
        }

        public boolean in(String form) {
            return form.equals(this.form);
        }
    }

    @Inject
    @RestClient
    DirectoryClient directory;

    @Inject
    Pages pages;

    @GET
    @Path("/{uscc}")
    public Response detail(@PathParam("uscc") String uscc, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        OrganisationView organisation = directory.get(uscc);
        return pages.ok(page(organisation, page, size, QualificationForm.empty(), Typed.none(), FormErrors.none()));
    }

    @GET
    @Path("/{uscc}/edit")
    @RolesAllowed(Roles.ADMIN)
    public Response editForm(@PathParam("uscc") String uscc) {
        OrganisationView organisation = directory.get(uscc);
        return pages.ok(Templates.edit(organisation, OrganisationForm.of(organisation), FormErrors.none()));
    }

    @POST
    @Path("/{uscc}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response edit(@PathParam("uscc") String uscc, @BeanParam OrganisationForm form) {
        return pages.submit(form, pages.check(form), () -> directory.edit(uscc, form.toRequest()),
                saved -> path(uscc), "organisation_saved",
                errors -> Templates.edit(directory.get(uscc), form, errors));
    }

    /**
     * The steps without a body, by their endpoint, each confirmed first: 核验 ({@code verify}: an application, or a
     * suspended organisation again), 核验结算账户, 开放登记点.
     */
    @POST
    @Path("/{uscc}/{step: verify|bank-account/verify|registration-point/open}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response step(@PathParam("uscc") String uscc, @PathParam("step") String step,
            @RestForm String confirmed) {
        return switch (step) {
            case "verify" -> confirmed(uscc, "verify-organisation", confirmed, "", "", "organisation_verified",
                    () -> directory.verify(uscc));
            case "bank-account/verify" -> confirmed(uscc, "verify-bank-account", confirmed, "", "",
                    "bank_account_verified", () -> directory.verifyBankAccount(uscc));
            default -> confirmed(uscc, "open-registration-point", confirmed, "", "", "registration_point_opened",
                    () -> directory.openRegistrationPoint(uscc));
        };
    }

    @POST
    @Path("/{uscc}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response suspend(@PathParam("uscc") String uscc, @RestForm String reason, @RestForm String confirmed) {
        return withReason(uscc, "suspend", "suspend-organisation", reason, confirmed, "organisation_suspended",
                () -> directory.suspend(uscc, new DirectoryRequests.Reason(reason.strip())));
    }

    @POST
    @Path("/{uscc}/qualifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response grant(@PathParam("uscc") String uscc, @BeanParam QualificationForm grant) {
        FormErrors invalid = pages.check(grant);
        if (!invalid.has("validFrom") && QualificationForm.day(grant.validFrom) == null) {
            invalid.add("validFrom", pages.msg().invalid_date());
        }
        if (grant.validTo != null && !grant.validTo.isBlank() && QualificationForm.day(grant.validTo) == null) {
            invalid.add("validTo", pages.msg().invalid_date());
        }
        return pages.submit(invalid, () -> directory.grant(uscc, grant.toRequest()), granted -> path(uscc),
                "qualification_granted", errors -> page(directory.get(uscc), 0, 0, grant, Typed.none(), errors));
    }

    @POST
    @Path("/{uscc}/qualifications/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("uscc") String uscc, @PathParam("id") String id, @RestForm String reason,
            @RestForm String confirmed) {
        return withReason(uscc, "revoke-" + id, "revoke-qualification", reason, confirmed, "qualification_revoked",
                () -> directory.revoke(uscc, id, new DirectoryRequests.Reason(reason.strip())));
    }

    @POST
    @Path("/{uscc}/registration-point/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response closePoint(@PathParam("uscc") String uscc, @RestForm String reason,
            @RestForm String confirmed) {
        return withReason(uscc, "close-point", "close-registration-point", reason, confirmed,
                "registration_point_closed",
                () -> directory.closeRegistrationPoint(uscc, new DirectoryRequests.Reason(reason.strip())));
    }

    /** A step that needs a reason (1–500 characters, as the directory takes it): checked first, then confirmed. */
    private Response withReason(String uscc, String form, String action, String reason, String confirmed,
            String flash, Runnable call) {
        FormErrors invalid = FormErrors.none();
        if (reason == null || reason.isBlank()) {
            invalid.add("reason", pages.msg().required());
        } else if (reason.strip().length() > 500) {
            invalid.add("reason", pages.msg().too_long(500));
        }
        if (invalid.any()) {
            return pages.status(400, page(directory.get(uscc), 0, 0, QualificationForm.empty(),
                    new Typed(form, reason), invalid));
        }
        return confirmed(uscc, action, confirmed, form, reason, flash, call);
    }

    /**
     * Runs an irreversible step once confirmed (without JavaScript the first post shows the confirmation page); if
     * the directory refuses, the organisation's page comes back with its problem and the reason as typed.
     */
    private Response confirmed(String uscc, String action, String confirmed, String form, String reason,
            String flash, Runnable call) {
        String at = form.startsWith("revoke-") ? path(uscc) + "/qualifications/" + form.substring("revoke-".length())
                + "/revoke" : path(uscc) + "/" + endpoint(action);
        Supplier<Confirmation> confirmation = () -> {
            OrganisationView organisation = directory.get(uscc);
            return Confirmation.of(action, organisation.name() + "（" + organisation.uscc() + "）", at, path(uscc))
                    .text(pages.forms().fact_reason(), reason).field("reason", reason.isEmpty() ? null : reason);
        };
        return pages.confirmFirst(confirmed, confirmation, () -> pages.act(call, path(uscc), flash,
                errors -> page(directory.get(uscc), 0, 0, QualificationForm.empty(), new Typed(form, reason),
                        errors)));
    }

    private static String endpoint(String action) {
        return switch (action) {
            case "verify-organisation" -> "verify";
            case "suspend-organisation" -> "suspend";
            case "verify-bank-account" -> "bank-account/verify";
            case "open-registration-point" -> "registration-point/open";
            case "close-registration-point" -> "registration-point/close";
            default -> throw new IllegalArgumentException(action);
        };
    }

    private TemplateInstance page(OrganisationView organisation, int page, int size, QualificationForm grant,
            Typed typed, FormErrors errors) {
        int rows = Page.SIZES.contains(size) ? size : HISTORY_SIZE;
        // the directory says who reads the history (the organisation's users, its admins): a refusal hides it
        Section<Page<HistoryEntry>> history = Section.load(
                () -> directory.history(organisation.uscc(), Math.max(page, 0), rows));
        if (history.problem() != null && history.problem().status() == 403) {
            history = null;
        }
        return Templates.detail(organisation, history, grant, typed, errors);
    }

    static String path(String uscc) {
        return "/organisations/" + uscc;
    }
}
