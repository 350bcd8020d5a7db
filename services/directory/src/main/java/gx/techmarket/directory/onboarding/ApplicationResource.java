package gx.techmarket.directory.onboarding;

import gx.techmarket.directory.onboarding.OnboardingViews.ApplicationSummary;
import gx.techmarket.directory.onboarding.OnboardingViews.ApplicationView;
import gx.techmarket.directory.onboarding.OnboardingViews.OnboardingStatus;
import gx.techmarket.directory.organisation.ReasonRequest;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 机构入驻: applications for organisations, filed by signed-in users without organisation (their tokens carry no
 * org_id, so these endpoints read the token's subject and names themselves instead of CurrentActor, which refuses
 * them), and decided by the admins of the organisation's region.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding", description = "机构入驻 — applications, their documents, verification")
public class ApplicationResource {

    @Inject
    OnboardingService service;

    @Inject
    JsonWebToken token;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "File an application for one's organisation (signed-in users without organisation): the "
            + "facts and 1–5 supporting documents (PDF, JPEG or PNG, at most 5 MB each, base64)")
    public Response file(@Valid @NotNull ApplicationRequest request) {
        ApplicationView filed = service.file(Newcomer.of(token), request.facts(), request.uploads());
        return Response.created(URI.create("/applications/" + filed.id())).entity(filed).build();
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "Where the caller stands: its organisation in the directory (if any) and its applications, "
            + "newest first, a rejected one with the reason")
    public OnboardingStatus mine() {
        return service.status(Newcomer.of(token));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The verification queue of the caller's sub-market, oldest first (status PENDING by default)")
    public Page<ApplicationSummary> queue(
            @QueryParam("status") @DefaultValue("PENDING") @Pattern(regexp = "PENDING|VERIFIED|REJECTED") String status,
            @Valid @BeanParam Paging paging) {
        return service.queue(actor.get(), ApplicationStatus.valueOf(status), paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One application with its documents: for its applicant and the admins of its region")
    public ApplicationView get(@PathParam("id") String id) {
        return service.get(Newcomer.of(token), actor::get, id);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Authenticated
    @Operation(summary = "A supporting document's bytes, with the type read from them when it was filed")
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        ApplicationDocument d = service.document(Newcomer.of(token), actor::get, id, documentId);
        return Response.ok(d.content, d.contentType)
                // shown in the browser, never run: no sniffing, no scripts, no framing by others
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
                .header("Digest", "sha-256=" + d.sha256)
                .build();
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "核验通过: verify the organisation (published as OrganisationVerified); the applicant becomes "
            + "its first member and administrator")
    public ApplicationView verify(@PathParam("id") String id) {
        return service.verify(actor.get(), id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "驳回 with a reason the applicant sees; it may apply again")
    public ApplicationView reject(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        return service.reject(actor.get(), id, request.reason());
    }
}
