package gx.techmarket.catalogue.result;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.web.ContentDisposition;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A result's attachments (images, PDFs): upload (multipart), download, remove. */
@Path("/results/{id}/attachments")
@Tag(name = "results", description = "科技成果 — transferable results")
public class ResultAttachmentResource {

    @Inject
    ResultAttachmentService service;

    @Inject
    CurrentActor actor;

    /** The form of an upload: one file. */
    public static class UploadForm {

        @RestForm("file")
        @Schema(implementation = String.class, type = SchemaType.STRING, format = "binary",
                description = "A PNG or JPEG image or a PDF (recognised from its content), at most 5 MiB")
        public List<FileUpload> file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Attach an image or a PDF to a draft or rejected result (its holder only; at most 10)")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Attachment.class)))
    public Response upload(@PathParam("id") UUID id, UploadForm form) {
        if (form == null || form.file == null || form.file.size() != 1) {
            throw gx.techmarket.platform.problems.ProblemException.badRequest("ATTACHMENT_EMPTY")
                    .withField("file", "ATTACHMENT_EMPTY");
        }
        FileUpload f = form.file.get(0);
        Attachment created = service.upload(actor.get(), id, f.uploadedFile(), f.fileName(), f.size());
        return Response.created(URI.create("/results/" + id + "/attachments/" + created.id())).entity(created)
                .build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Download an attachment of a result the caller may see, always as a download")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return ResultAttachmentResource.send(service.download(actor.get(), id, attachmentId));
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Remove an attachment from a draft or rejected result (its holder only)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        service.delete(actor.get(), id, attachmentId);
        return Response.noContent().build();
    }

    /** The bytes with the stored type, never rendered as a page of ours nor sniffed into something else. */
    static Response send(ResultAttachmentService.Download d) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
