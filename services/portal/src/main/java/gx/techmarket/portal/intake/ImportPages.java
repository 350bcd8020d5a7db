package gx.techmarket.portal.intake;

import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.ServiceProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The import page of a listing kind ({@code results} or {@code demands}): the template to download, the file field,
 * and after an upload either the drafts made or the errors by row and column next to the file field.
 */
final class ImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate(basePath = "ImportPages")
    static class Templates {
        static native TemplateInstance page(String kind, ImportedFile imported, ImportRefused.Refusal refusal,
                ServiceProblem.Problem problem);
    }

    private ImportPages() {}

    static Response page(Pages pages, String kind) {
        return pages.ok(Templates.page(kind, null, null, null));
    }

    /** Sends the uploaded file on as the signed-in user and shows what came of it. */
    static Response upload(Pages pages, String kind, FileUpload file, Function<ClientMultipartForm, ImportedFile> send) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return pages.status(400, Templates.page(kind, null, null, ServiceProblem.Problem.local(400,
                    "IMPORT_FILE_MISSING", pages.msg(IntakeMsg.class).file_missing(), java.util.List.of())));
        }
        try {
            ImportedFile imported = send.apply(ClientMultipartForm.create().binaryFileUpload("file",
                    file.fileName(), file.uploadedFile().toString(), XLSX));
            return pages.ok(Templates.page(kind, imported, null, null));
        } catch (ImportRefused refused) {
            return pages.status(422, Templates.page(kind, null, refused.refusal(), null));
        } catch (ServiceProblem problem) {
            return pages.status(problem.problem().status() >= 500 ? 502 : problem.problem().status(),
                    Templates.page(kind, null, null, problem.problem()));
        }
    }

    /** The service's template, passed on as a download. */
    static Response template(Supplier<Response> call, String fileName) {
        try (Response answer = call.get()) {
            byte[] bytes = answer.readEntity(byte[].class);
            return Response.ok(bytes, MediaType.valueOf(XLSX))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
    }
}
