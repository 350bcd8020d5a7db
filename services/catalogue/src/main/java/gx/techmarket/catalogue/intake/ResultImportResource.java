package gx.techmarket.catalogue.intake;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.Problem;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.spreadsheet.Uploads;
import gx.techmarket.platform.web.ContentDisposition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 科技成果批量导入: the Excel template and the upload of a filled-in file. */
@Path("/results/import")
@Tag(name = "results", description = "科技成果 — transferable results")
public class ResultImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ResultImportService service;

    @Inject
    CurrentActor actor;

    /** The form of an upload: one .xlsx file. */
    public static class ImportForm {

        @RestForm("file")
        @Schema(implementation = String.class, type = SchemaType.STRING, format = "binary",
                description = "The filled-in template (.xlsx, recognised from its content), at most 5 MiB")
        public List<FileUpload> file;
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "The Excel template of the results import (Chinese headers, English notes, instructions, "
            + "drop-down lists, an example)")
    public Response template() {
        return Response.ok(service.template(), XLSX)
                .header("Content-Disposition",
                        ContentDisposition.attachment("科技成果导入模板.xlsx", "results-import-template.xlsx"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Import a filled-in template as drafts of the caller's organisation, all rows or none",
            description = "Every row is checked with the form's rules; if any is wrong nothing is imported and the "
                    + "answer is 422 IMPORT_ROWS_INVALID with rows[] {row, column, header, code, message}. The same "
                    + "file imported again (same SHA-256 for the organisation) is not imported twice: 200 with "
                    + "alreadyImported and the earlier drafts.")
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResultImportView.class)))
    @APIResponse(responseCode = "200", description = "The same file had been imported: nothing imported again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResultImportView.class)))
    @APIResponse(responseCode = "422", description = "Rows with errors: nothing imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = gx.techmarket.platform.spreadsheet.ImportRefusal.class)))
    public Response importFile(ImportForm form, @Context HttpHeaders headers) {
        if (form == null || form.file == null || form.file.size() != 1) {
            throw ProblemException.badRequest("IMPORT_FILE_MISSING");
        }
        FileUpload upload = form.file.get(0);
        ResultImportView imported = service.importFile(actor.get(), upload.uploadedFile(),
                Uploads.displayName(upload.fileName()), upload.size(), locale(headers));
        return Response.status(imported.alreadyImported() ? 200 : 201).entity(imported).build();
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers.getAcceptableLanguages());
    }
}
