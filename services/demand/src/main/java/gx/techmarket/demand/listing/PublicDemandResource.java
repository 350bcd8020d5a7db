package gx.techmarket.demand.listing;

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
 * The market's demands for visitors who have not signed in: published demands still open only, no token needed, and
 * no actions offered ({@code actions} always empty; answering a demand needs signing in).
 */
@Path("/public/demands")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicDemandResource {

    @Inject
    DemandService service;

    @Inject
    DemandSearch search;

    @GET
    @Operation(summary = "Published demands still open, as /demands lists them, without signing in",
            description = DemandResource.SORTS + "; total counts every match")
    public Page<DemandView> search(@Valid @BeanParam DemandListParameters parameters,
            @Valid @BeanParam Paging paging) {
        return service.searchPublic(parameters.q, parameters.industry, parameters.region, parameters.order(), paging);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search listed demands (published, deadline today or later): words, facet filters and "
            + "counts, highlights, keyset pages",
            description = "Ranked by relevance with q (BM25; title above keywords above problem), newest first "
                    + "without; facets counted among all matches; total up to 1000 (totalExact false beyond); "
                    + "highlights HTML-safe with <em> around matches; nextCursor for the next page of the same "
                    + "search. 400 QUERY_TOO_LONG, UNKNOWN_FACET_VALUE (naming the parameter), CURSOR_INVALID, "
                    + "CURSOR_MISMATCH.")
    public DemandSearchPage searchIndex(@Valid @BeanParam DemandSearchParameters parameters) {
        return search.search(null, parameters.query());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published demand still open, without signing in; any other is 404 DEMAND_NOT_FOUND")
    public DemandView get(@PathParam("id") UUID id) {
        return service.getPublic(id);
    }
}
