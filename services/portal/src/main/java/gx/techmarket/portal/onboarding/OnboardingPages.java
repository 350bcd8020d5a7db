package gx.techmarket.portal.onboarding;

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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 机构入驻: a signed-in user without organisation sees where it stands and files the application for its
 * organisation ({@code /onboarding}); the admin works the verification queue of its region
 * ({@code /onboarding/queue}, each application with its documents, 核验通过 or 驳回 with a reason); an organisation's
 * administrator adds and removes its members ({@code /onboarding/members}).
 */
@Path("/onboarding")
@Produces(Pages.HTML)
@Blocking
public class OnboardingPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(OnboardingStatus status, ApplicationForm form, FormErrors errors);

        static native TemplateInstance queue(Section<Page<ApplicationSummary>> found);

        static native TemplateInstance application(ApplicationView application, RejectionForm rejection,
                FormErrors errors);

        static native TemplateInstance members(OnboardingStatus.Membership membership,
                Section<List<MemberView>> members, InvitationForm invitation, FormErrors errors);
    }

    @Inject
    @RestClient
    OnboardingClient directory;

    @Inject
    @RestClient
    DocumentClient documents;

    @Inject
    Pages pages;

    @GET
    @Authenticated
    public Response status() {
        return pages.ok(Templates.status(directory.mine(), new ApplicationForm(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Authenticated
    public Response apply(@BeanParam ApplicationForm form) {
        FormErrors checked = pages.check(form);
        return pages.submit(checked, () -> directory.file(form.toRequest()), filed -> "/onboarding", "applied",
                errors -> Templates.status(directory.mine(), form, errors));
    }

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.ADMIN)
    public Response queue(@QueryParam("page") int page, @QueryParam("size") int size) {
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return pages.ok(Templates.queue(Section.load(() -> directory.queue("PENDING", Math.max(page, 0), rows))));
    }

    @GET
    @Path("/applications/{id}")
    @Authenticated
    public Response application(@PathParam("id") String id) {
        return pages.ok(Templates.application(directory.application(id), new RejectionForm(), FormErrors.none()));
    }

    /** A document as the directory holds it, shown in the browser (its type was read from its bytes). */
    @GET
    @Path("/applications/{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Authenticated
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        try (Response answer = documents.document(id, documentId)) {
            byte[] bytes = answer.readEntity(byte[].class);
            return Response.ok(bytes, answer.getMediaType())
                    .header("Content-Disposition", answer.getHeaderString("Content-Disposition"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
                    .build();
        }
    }

    /** 核验通过 cannot be undone: the organisation is published to the whole market and its applicant acts for it. */
    @POST
    @Path("/applications/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response verify(@PathParam("id") String id, @RestForm(Confirmation.CONFIRMED) String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            ApplicationView a = directory.application(id);
            return Confirmation.of("verify-application", a.name() + "（" + a.uscc() + "）",
                    "/onboarding/applications/" + id + "/verify", "/onboarding/applications/" + id);
        }, () -> pages.act(() -> directory.verify(id), "/onboarding/queue", "application_verified",
                errors -> Templates.application(directory.application(id), new RejectionForm(), errors)));
    }

    @POST
    @Path("/applications/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") String id, @BeanParam RejectionForm form,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors checked = pages.check(form);
        if (checked.any()) {
            return pages.status(400, Templates.application(directory.application(id), form, checked));
        }
        return pages.confirmFirst(confirmed, () -> {
            ApplicationView a = directory.application(id);
            return Confirmation.of("reject-application", a.name() + "（" + a.uscc() + "）",
                    "/onboarding/applications/" + id + "/reject", "/onboarding/applications/" + id)
                    .text(pages.forms().fact_reason(), form.reason).field("reason", form.reason);
        }, () -> pages.submit(checked, () -> directory.reject(id, new OnboardingClient.Reason(form.reason.strip())),
                done -> "/onboarding/queue", "application_rejected",
                errors -> Templates.application(directory.application(id), form, errors)));
    }

    @GET
    @Path("/members")
    @Authenticated
    public Response members() {
        OnboardingStatus.Membership m = administered();
        return pages.ok(Templates.members(m, Section.load(() -> directory.members(m.uscc())), new InvitationForm(),
                FormErrors.none()));
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response invite(@BeanParam InvitationForm form) {
        OnboardingStatus.Membership m = administered();
        return pages.submit(pages.check(form),
                () -> directory.invite(m.uscc(), new OnboardingClient.Invitation(form.email.strip())),
                added -> "/onboarding/members", "member_added",
                errors -> Templates.members(m, Section.load(() -> directory.members(m.uscc())), form, errors));
    }

    /** Removing a member takes the organisation out of its next token: confirmed first. */
    @POST
    @Path("/members/{userId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response remove(@PathParam("userId") String userId, @RestForm(Confirmation.CONFIRMED) String confirmed) {
        OnboardingStatus.Membership m = administered();
        return pages.confirmFirst(confirmed, () -> {
            MemberView member = directory.members(m.uscc()).stream().filter(x -> x.userId().equals(userId))
                    .findFirst().orElseThrow(jakarta.ws.rs.NotFoundException::new);
            return Confirmation.of("remove-member", member.displayName() + "（" + member.username() + "）",
                    "/onboarding/members/" + userId + "/remove", "/onboarding/members");
        }, () -> pages.act(() -> directory.remove(m.uscc(), userId), "/onboarding/members", "member_removed",
                errors -> Templates.members(m, Section.load(() -> directory.members(m.uscc())), new InvitationForm(),
                        errors)));
    }

    /** The caller's organisation if it administers it; anyone else has no members page (403). */
    private OnboardingStatus.Membership administered() {
        OnboardingStatus.Membership m = directory.mine().membership();
        if (m == null || !m.administrator()) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        return m;
    }
}
