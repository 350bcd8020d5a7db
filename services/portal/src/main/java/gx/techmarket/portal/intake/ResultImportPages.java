package gx.techmarket.portal.intake;

import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 科技成果批量导入: the page, the template download and the upload (universities and enterprises). */
@Path("/results/import")
@Blocking
@RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
public class ResultImportPages {

    @Inject
    Pages pages;

    @Inject
    @RestClient
    CatalogueImports imports;

    @GET
    @Produces(Pages.HTML)
    public Response page() {
        return ImportPages.page(pages, "results");
    }

    @GET
    @Path("/template")
    @Produces({ImportPages.XLSX, MediaType.WILDCARD})
    public Response template() {
        return ImportPages.template(imports::template, "results-import-template.xlsx");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Pages.HTML)
    public Response upload(@RestForm("file") FileUpload file) {
        return ImportPages.upload(pages, "results", file, imports::upload);
    }
}
