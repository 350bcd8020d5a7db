package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.web.ContentDisposition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * The documents of a bid (揭榜方案附件, PDF): upload (multipart), list, download, remove. Who may do what is
 * {@link BidDocumentService}'s; this class turns the multipart form into uploads and a download into its headers.
 */
@Path("/bids/{id}/documents")
@Tag(name = "bids")
public class BidDocumentResource {

    @Inject
    BidDocumentService service;

    @Inject
    CurrentActor actor;

    /** The form of an upload: one file. */
    public static class UploadForm {

        @RestForm("file")
        @Schema(implementation = String.class, type = SchemaType.STRING, format = "binary",
                description = "The document: a PDF (recognised from its content), one per upload")
        public List<FileUpload> file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Attach a PDF to a bid before the deadline (the lead's users)")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BidDocumentView.class)))
    public Response upload(@PathParam("id") UUID id, UploadForm form) {
        List<BidDocumentService.Upload> files = form == null || form.file == null ? List.of()
                : form.file.stream().map(f -> new BidDocumentService.Upload(f.uploadedFile(), f.fileName(), f.size()))
                        .toList();
        BidDocumentView created = service.upload(actor.get(), id, files);
        return Response.created(URI.create("/bids/" + id + "/documents/" + created.id())).entity(created).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "A bid's documents with the limits of an upload (sealed as the bid)")
    public BidDocumentView.Documents list(@PathParam("id") UUID id) {
        return service.list(actor.get(), id);
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "Download a document of a bid, always as an attachment (sealed as the bid)")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        BidDocumentView.Download download = service.download(actor.get(), id, documentId);
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
    @Path("/{documentId}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Remove a document of a bid before the deadline (the lead's users)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        service.delete(actor.get(), id, documentId);
        return Response.noContent().build();
    }
}
