package gx.techmarket.portal.subsidy.claim;

import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 补助申报: the claimant's claims (new, change, evidence, submit) and the admins' review (queue, verify, approve,
 * return, reject), every irreversible step confirmed with its amounts. What a caller may do is the service's
 * {@code actions}; the pages show only those.
 */
@Path("/subsidy/claims")
@Produces(Pages.HTML)
@Blocking
public class ClaimPages {

    static final Set<String> QUEUE_STATUSES = Set.of("SUBMITTED", "VERIFIED", "RETURNED", "REJECTED",
            "APPROVED_WAITING_FOR_BUDGET", "GRANTED", "REVERSED", "CLOSED");
    static final List<String> EVIDENCE_KINDS = List.of("PAYMENT_VOUCHER", "INVOICE", "BANK_STATEMENT",
            "EXPENSE_REPORT", "AUDIT_REPORT", "CERTIFICATE", "OTHER");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Section<Page<ClaimView>> found, Section<Page<ClaimableView>> claimable);

        static native TemplateInstance queue(Section<Page<ClaimView>> found, String status, List<String> statuses);

        static native TemplateInstance form(ClaimForm form, UUID claimId, FormErrors errors);

        static native TemplateInstance detail(ClaimView claim, List<String> kinds, String reason, FormErrors errors);
    }

    @Inject
    @RestClient
    ClaimClient claims;

    @Inject
    @RestClient
    ClaimFiles files;

    @Inject
    Pages pages;

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response mine(@QueryParam("page") int page) {
        return pages.ok(Templates.mine(Section.load(() -> claims.mine(Math.max(0, page), 20)),
                Section.load(() -> claims.entitlements(0, 100))));
    }

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.ADMIN)
    public Response queue(@QueryParam("status") String status, @QueryParam("page") int page) {
        String shown = status != null && QUEUE_STATUSES.contains(status) ? status : "SUBMITTED";
        return pages.ok(Templates.queue(Section.load(() -> claims.queue(shown, Math.max(0, page), 20)), shown,
                List.copyOf(new java.util.TreeSet<>(QUEUE_STATUSES))));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response newClaim(@QueryParam("entitlementId") UUID entitlementId,
            @QueryParam("registrationNumber") String registrationNumber,
            @QueryParam("programmeCode") String programmeCode, @QueryParam("budgetYear") Integer budgetYear) {
        ClaimForm form = entitlementId == null && programmeCode != null && budgetYear != null
                ? ClaimForm.onExpense(programmeCode, budgetYear) : ClaimForm.on(entitlementId, registrationNumber);
        return pages.ok(Templates.form(form, null, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response create(@BeanParam ClaimForm form) {
        return pages.submit(checked(form), () -> claims.create(form.toNew()),
                created -> "/subsidy/claims/" + created.id(), "claim_drafted",
                errors -> Templates.form(form, null, errors));
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response edit(@PathParam("id") UUID id) {
        return pages.ok(Templates.form(ClaimForm.of(claims.get(id)), id, FormErrors.none()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response update(@PathParam("id") UUID id, @BeanParam ClaimForm form) {
        return pages.submit(checked(form), () -> claims.update(id, form.toUpdate()), updated -> "/subsidy/claims/" + id,
                "saved", errors -> Templates.form(form, id, errors));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(Templates.detail(claims.get(id), EVIDENCE_KINDS, "", FormErrors.none()));
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response upload(@PathParam("id") UUID id, @RestForm String kind, @RestForm("file") FileUpload file) {
        FormErrors invalid = FormErrors.none();
        if (kind == null || kind.isBlank()) {
            invalid.add("kind", pages.msg().required());
        }
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            invalid.add("file", pages.msg().required());
        }
        return pages.submit(invalid, () -> files.upload(id, ClientMultipartForm.create().attribute("kind", kind, null)
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                        file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())),
                uploaded -> "/subsidy/claims/" + id, "attachment_uploaded", errors -> again(id, "", errors));
    }

    /** A file of evidence as the service serves it: a download, never shown inline (nosniff, sandboxed). */
    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        try (Response answer = files.download(id, evidenceId)) {
            byte[] bytes = answer.readEntity(byte[].class);
            String named = answer.getHeaderString("Content-Disposition");
            return Response.ok(bytes, answer.getMediaType())
                    .header("Content-Disposition", named != null ? named : "attachment")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox; default-src 'none'")
                    .header("Cache-Control", "private, no-store")
                    .build();
        }
    }

    /** 提交 (the claimant), once confirmed, with the payments on the confirmation. */
    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    public Response submit(@PathParam("id") UUID id, @RestForm(Confirmation.CONFIRMED) String confirmed) {
        return confirmed(id, "submit", "", confirmed, "submitted", () -> claims.submit(id));
    }

    /** 初审 and 核准 (the admin whose step it is), once confirmed, with the claim's amounts on the confirmation. */
    @POST
    @Path("/{id}/{action: verify|approve}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response review(@PathParam("id") UUID id, @PathParam("action") String action,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        boolean verify = "verify".equals(action);
        return confirmed(id, action, "", confirmed, verify ? "claim_verified" : "claim_approved", () -> {
            if (verify) {
                claims.verify(id);
            } else {
                claims.approve(id);
            }
        });
    }

    /** 退回 and 不予支持: with the reason, once confirmed. */
    @POST
    @Path("/{id}/{action: return|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response decide(@PathParam("id") UUID id, @PathParam("action") String action, @RestForm String reason,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        if (reason == null || reason.isBlank()) {
            return pages.status(400, again(id, "", FormErrors.none().add("reason", pages.msg().required())));
        }
        ClaimRequests.Decision decision = new ClaimRequests.Decision(reason.strip());
        return confirmed(id, action, reason, confirmed, "return".equals(action) ? "returned" : "claim_rejected",
                () -> {
                    if ("return".equals(action)) {
                        claims.returnForCorrection(id, decision);
                    } else {
                        claims.reject(id, decision);
                    }
                });
    }

    private Response confirmed(UUID id, String action, String reason, String confirmed, String flash, Runnable call) {
        return pages.confirmFirst(confirmed, () -> {
            ClaimMsg texts = pages.msg(ClaimMsg.class);
            ClaimView claim = claims.get(id);
            Confirmation c = Confirmation.of(action + "-claim", claim.beneficiaryName() + " · " + claim.programmeCode()
                    + " " + claim.budgetYear(), "/subsidy/claims/" + id + "/" + action, "/subsidy/claims/" + id);
            if (!claim.payments().isEmpty()) {
                c = c.amount(texts.field_paid(), claim.paid());
            }
            if (claim.amount() != null) {
                c = c.amount(texts.field_amount(), claim.amount());
            }
            if (!reason.isBlank()) {
                c = c.text(pages.forms().fact_reason(), reason).field("reason", reason);
            }
            return c;
        }, () -> pages.act(call, "/subsidy/claims/" + id, flash, errors -> again(id, reason, errors)));
    }

    private TemplateInstance again(UUID id, String reason, FormErrors errors) {
        return Templates.detail(claims.get(id), EVIDENCE_KINDS, reason, errors);
    }

    private FormErrors checked(ClaimForm form) {
        FormErrors invalid = pages.check(form);
        for (int row : form.badRows()) {
            invalid.add("payments[" + row + "].amount", pages.msg().invalid_amount());
        }
        return invalid;
    }
}
