package gx.techmarket.catalogue.result;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue for visitors who have not signed in (a market exists to be seen): published results only, no
 * token needed, and no actions offered ({@code actions} always empty; acting needs signing in).
 */
@Path("/public/results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicResultResource {

    @Inject
    ResultService service;

    @Inject
    ResultAttachmentService attachments;

    @Inject
    ResultSearch search;

    @GET
    @Operation(summary = "Search published results, as /results does, without signing in",
            description = "sort: newest (default, by publication), oldest, amount (asking price, largest first, "
                    + "面议 last); total counts every match")
    public Page<ResultView> search(@Valid @BeanParam ResultListParameters parameters,
            @Valid @BeanParam Paging paging) {
        return service.searchPublic(parameters.q, parameters.industry, parameters.region, parameters.order(), paging);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search published results as /results/search does, without signing in (actions always [])")
    public ResultSearchPage searchIndex(@Valid @BeanParam ResultSearchParameters parameters) {
        return search.search(null, parameters.query());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published result, without signing in; any other is 404 RESULT_NOT_FOUND")
    public ResultView get(@PathParam("id") UUID id) {
        return service.getPublic(id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of a published result, without signing in")
    public jakarta.ws.rs.core.Response attachment(@PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return ResultAttachmentResource.send(attachments.downloadPublic(id, attachmentId));
    }
}
