package gx.techmarket.catalogue.result;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.util.List;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
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
    public Page<ResultView> search(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("industry") @Pattern(regexp = ResultResource.INDUSTRY) @Size(max = 64) String industry,
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingOrder.WITH_AMOUNT) String sort,
            @Valid @BeanParam Paging paging) {
        return service.searchPublic(q, industry, region, ListingOrder.of(sort), paging);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search published results as /results/search does, without signing in (actions always [])")
    public ResultSearchPage searchIndex(
            @QueryParam("q") @Parameter(description = "words (Chinese and Latin text, never query syntax); at most "
                    + "100 characters, else 400 QUERY_TOO_LONG") String q,
            @QueryParam("industry") @Parameter(description = "industry code, e.g. SUGAR") List<String> industry,
            @QueryParam("maturity") @Parameter(description = "RESEARCH, LAB, PILOT, INDUSTRIAL") List<String> maturity,
            @QueryParam("trl") @Parameter(description = "technology readiness level 1–9") List<String> trl,
            @QueryParam("transferMode") @Parameter(description = "TRANSFER, LICENSE, EQUITY_INVESTMENT, "
                    + "JOINT_DEVELOPMENT") List<String> transferMode,
            @QueryParam("city") @Parameter(description = "GB/T 2260 code of a Guangxi city (地级), e.g. 451000")
                    List<String> city,
            @QueryParam("county") @Parameter(description = "GB/T 2260 code of a Guangxi county (县级)")
                    List<String> county,
            @QueryParam("priceBand") @Parameter(description = "NEGOTIABLE (面议), BELOW_100K (< 10万), "
                    + "FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M (≥ 500万)") List<String> priceBand,
            @QueryParam("patents") @Parameter(description = "WITH or WITHOUT rights (patents, software copyrights, plant varieties)") List<String> patents,
            @QueryParam("patentStatus") @Parameter(description = "status of a right: PENDING (申请中), GRANTED (已授权), "
                    + "LAPSED (已失效), TRANSFERRED (已转让)") List<String> patentStatus,
            @QueryParam("holderKind") @Parameter(description = "kind of the holding organisation, e.g. UNIVERSITY")
                    List<String> holderKind,
            @QueryParam("sort") @Pattern(regexp = ResultSearchQuery.SORTS) @Parameter(description = "relevance "
                    + "(default with q), newest (default without), price (cheapest first), price-desc; 面议 last")
                    String sort,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page of the same search; "
                    + "of another search 400 CURSOR_MISMATCH, anything else 400 CURSOR_INVALID") String cursor,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(50) int size) {
        return search.search(null, ResultSearchQuery.of(q, industry, maturity, trl, transferMode, city, county,
                priceBand, patents, patentStatus, holderKind, sort, cursor, size));
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
