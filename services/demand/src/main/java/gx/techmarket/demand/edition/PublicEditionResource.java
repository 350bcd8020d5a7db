package gx.techmarket.demand.edition;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.publishing.edition.EditionView;
import gx.techmarket.platform.publishing.edition.Editions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published editions, for anyone without signing in, at stable URLs. */
@Path("/public/editions")
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicEditionResource {

    @Inject
    EditionService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The editions made, newest period first (the province before its cities); of one scope "
            + "(450000 or a city's code) if given")
    public Page<EditionView> list(@QueryParam("scope") @Size(max = 6) String scope, @Valid @BeanParam Paging paging) {
        return service.list(scope, paging);
    }

    @GET
    @Path("/{period}/{scope: [^/.]+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The edition of a period (YYYY-MM) and scope; 404 EDITION_NOT_FOUND if none was made")
    public EditionView get(@PathParam("period") String period, @PathParam("scope") String scope) {
        return service.get(period, scope);
    }

    @GET
    @Path("/{period}/{scope: [^/.]+}.xlsx")
    @Produces({Editions.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The edition as an Excel workbook (.xlsx), as it was published")
    public Response xlsx(@PathParam("period") String period, @PathParam("scope") String scope) {
        return service.file(period, scope, "xlsx").response();
    }

    @GET
    @Path("/{period}/{scope: [^/.]+}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The edition as a PDF, as it was published")
    public Response pdf(@PathParam("period") String period, @PathParam("scope") String scope) {
        return service.file(period, scope, "pdf").response();
    }
}
