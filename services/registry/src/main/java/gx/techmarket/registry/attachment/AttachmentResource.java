package gx.techmarket.registry.attachment;

import gx.techmarket.platform.problems.Messages;
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

/**
 * The documents of a contract's filing (申请材料): upload (multipart), list, download, remove. Who may do what is
 * the service's; this class turns the multipart form into an {@link Upload} and a download into its headers.
 */
@Path("/contracts/{id}/attachments")
@Tag(name = "contracts", description = "技术合同认定登记 — technical contracts and their registration")
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @Inject
    CurrentActor actor;

    /** The form of an upload: one file and the kind of document it is. */
    public static class UploadForm {

        @RestForm("file")
        @Schema(implementation = String.class, type = SchemaType.STRING, format = "binary",
                description = "The document: PDF, JPEG, PNG or OFD (recognised from its content), one per upload")
        public List<FileUpload> file;

        @RestForm("kind")
        @Schema(implementation = DocumentKind.class, type = SchemaType.STRING, description = "What the document is")
        public String kind;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "Attach a document to a draft or a filing returned for correction (the filer's organisation)")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentView.class)))
    public Response upload(@PathParam("id") UUID id, UploadForm form, @Context HttpHeaders headers) {
        List<Upload> files = form.file == null ? List.of()
                : form.file.stream().map(f -> new Upload(f.uploadedFile(), f.fileName(), f.size())).toList();
        AttachmentView created = service.upload(actor.get(), id, form.kind, files, locale(headers));
        return Response.created(URI.create("/contracts/" + id + "/attachments/" + created.id())).entity(created)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "A contract's documents, with the kinds its type requires, those missing, and the limits "
            + "(its parties, and registrars of open points once filed)")
    public AttachmentList list(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.list(actor.get(), id, locale(headers));
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Download a document, always as an attachment with its stored type "
            + "(its parties, and registrars of open points once filed)")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Download download = service.download(actor.get(), id, attachmentId);
        return Response.ok(download.content(), download.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                // never sniffed into something else, never rendered as a page of ours, never kept by a shared cache
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "Remove a document from a draft or a filing returned for correction (the filer's organisation)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        service.delete(actor.get(), id, attachmentId);
        return Response.noContent().build();
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers.getAcceptableLanguages());
    }
}
