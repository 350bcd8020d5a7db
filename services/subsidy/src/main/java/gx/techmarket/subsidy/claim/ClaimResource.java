package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.web.ContentDisposition;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 补助申报 API. Every endpoint names who may call it; the service checks whose claim it is and whose step. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "补助申报 — claims with payment evidence, their review and grants")
public class ClaimResource {


    @Inject
    ClaimService service;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    @Operation(summary = "A new claim (a draft) on a CLAIMABLE entitlement of the caller's organisation, with payments "
            + "for a contract's; or on an R&D expense programme's year, with the year's expense")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimView.class)))
    public Response create(@NotNull @Valid ClaimRequest request, @Context HttpHeaders headers) {
        ClaimView created = service.create(actor.get(), request, locale(headers));
        return Response.created(URI.create("/claims/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    @Operation(summary = "Replace what a draft or returned claim declares (the claimant's organisation)")
    public ClaimView update(@PathParam("id") UUID id, @NotNull @Valid ClaimUpdate update,
            @Context HttpHeaders headers) {
        return service.update(actor.get(), id, update, locale(headers));
    }

    /** The form of an upload: one file and the kind of evidence it is. */
    public static class UploadForm {

        @RestForm("file")
        @Schema(implementation = String.class, type = SchemaType.STRING, format = "binary",
                description = "The evidence: PDF, JPEG, PNG or OFD (recognised from its content), one per upload")
        public List<FileUpload> file;

        @RestForm("kind")
        @Schema(implementation = EvidenceKind.class, type = SchemaType.STRING, description = "What the file is")
        public String kind;
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    @Operation(summary = "Add a file of evidence to a draft or returned claim (the claimant's organisation)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceView.class)))
    public Response upload(@PathParam("id") UUID id, UploadForm form) {
        List<Upload> files = form == null || form.file == null ? List.of()
                : form.file.stream().map(f -> new Upload(f.uploadedFile(), f.fileName(), f.size())).toList();
        EvidenceView created = service.upload(actor.get(), id, form == null ? null : form.kind, files);
        return Response.created(URI.create(created.href())).entity(created).build();
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "Download a file of evidence, always as an attachment with its stored type (the claimant's "
            + "organisation and the admins of its sub-market)")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        Download download = service.download(actor.get(), id, evidenceId);
        return Response.ok(download.content(), download.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    @Operation(summary = "Submit a draft or returned claim for review (the claimant's organisation)")
    public ClaimView submit(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.submit(actor.get(), id, locale(headers));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "初审: the beneficiary's city verifies a claim of a city → province programme")
    public ClaimView verify(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.verify(actor.get(), id, locale(headers));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a claim: its amount is computed on its evidence and granted when the budget covers "
            + "it, else it waits for budget")
    public ClaimView approve(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.approve(actor.get(), id, locale(headers));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "退回: return a claim to the claimant with a reason")
    public ClaimView returnForCorrection(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request,
            @Context HttpHeaders headers) {
        return service.returnForCorrection(actor.get(), id, request.reason(), locale(headers));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "不予支持: reject a claim with a reason (final)")
    public ClaimView reject(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request,
            @Context HttpHeaders headers) {
        return service.reject(actor.get(), id, request.reason(), locale(headers));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The claims of the caller's organisation, newest first")
    public Page<ClaimView> mine(@Valid @BeanParam Paging paging, @Context HttpHeaders headers) {
        return service.mine(actor.get(), paging, locale(headers));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The review queue: the claims of the admin's sub-market (beneficiary's region) in a status "
            + "(default SUBMITTED), oldest submission first")
    public Page<ClaimView> queue(
            @QueryParam("status") @DefaultValue("SUBMITTED") @Pattern(regexp = "SUBMITTED|VERIFIED|RETURNED|"
                    + "REJECTED|APPROVED_WAITING_FOR_BUDGET|GRANTED|REVERSED|CLOSED") String status,
            @Valid @BeanParam Paging paging, @Context HttpHeaders headers) {
        return service.queue(actor.get(), ClaimStatus.valueOf(status), paging, locale(headers));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "One claim with its evidence, explanation and actions (the claimant's organisation and the "
            + "admins of its sub-market; 404 for anyone else)")
    public ClaimView get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.get(actor.get(), id, locale(headers));
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers.getAcceptableLanguages());
    }
}
