package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    public Page<DemandView> search(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("industry") @Pattern(regexp = DemandResource.INDUSTRY) @Size(max = 64) String industry,
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingOrder.WITH_AMOUNT_AND_DEADLINE)
            String sort,
            @Valid @BeanParam Paging paging) {
        return service.searchPublic(q, industry, region, ListingOrder.of(sort), paging);
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
    public DemandSearchPage searchIndex(
            @QueryParam("q") @Parameter(description = "words (Chinese and Latin text, never query syntax); at most "
                    + "100 characters, else 400 QUERY_TOO_LONG") String q,
            @QueryParam("industry") @Parameter(description = "industry code, e.g. SUGAR") List<String> industry,
            @QueryParam("budgetBand") @Parameter(description = "of the upper budget: BELOW_100K (< 10万), "
                    + "FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M (≥ 500万)") List<String> budgetBand,
            @QueryParam("city") @Parameter(description = "GB/T 2260 code of a Guangxi city (地级), e.g. 451000")
                    List<String> city,
            @QueryParam("county") @Parameter(description = "GB/T 2260 code of a Guangxi county (县级)")
                    List<String> county,
            @QueryParam("cooperationMode") @Parameter(description = "TRANSFER, LICENSE, EQUITY_INVESTMENT, "
                    + "JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING") List<String> cooperationMode,
            @QueryParam("sort") @Pattern(regexp = DemandSearchQuery.SORTS) @Parameter(description = "relevance "
                    + "(default with q), newest (default without), deadline (soonest first), budget (largest first)")
                    String sort,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page of the same search; "
                    + "of another search 400 CURSOR_MISMATCH, anything else 400 CURSOR_INVALID") String cursor,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return search.search(null, DemandSearchQuery.of(q, industry, budgetBand, city, county, cooperationMode, sort,
                cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published demand still open, without signing in; any other is 404 DEMAND_NOT_FOUND")
    public DemandView get(@PathParam("id") UUID id) {
        return service.getPublic(id);
    }
}
