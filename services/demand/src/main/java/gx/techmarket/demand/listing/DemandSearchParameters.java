package gx.techmarket.demand.listing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of {@code GET /demands/search} and {@code GET /public/demands/search}, one object for both
 * ({@code @Valid @BeanParam}): the words, the facet filters, the sort, the cursor and the page size.
 */
public class DemandSearchParameters {

    @QueryParam("q")
    @Parameter(description = "words (Chinese and Latin text, never query syntax); at most 100 characters, else 400 "
            + "QUERY_TOO_LONG")
    String q;

    @QueryParam("industry")
    @Parameter(description = "industry code, e.g. SUGAR")
    List<String> industry;

    @QueryParam("budgetBand")
    @Parameter(description = "of the upper budget: BELOW_100K (< 10万), FROM_100K_TO_500K, FROM_500K_TO_1M, "
            + "FROM_1M_TO_5M, FROM_5M (≥ 500万)")
    List<String> budgetBand;

    @QueryParam("city")
    @Parameter(description = "GB/T 2260 code of a Guangxi city (地级), e.g. 451000")
    List<String> city;

    @QueryParam("county")
    @Parameter(description = "GB/T 2260 code of a Guangxi county (县级)")
    List<String> county;

    @QueryParam("cooperationMode")
    @Parameter(description = "TRANSFER, LICENSE, EQUITY_INVESTMENT, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, "
            + "CONSULTING")
    List<String> cooperationMode;

    @QueryParam("sort")
    @Pattern(regexp = DemandSearchQuery.SORTS)
    @Parameter(description = "relevance (default with q), newest (default without), deadline (soonest first), "
            + "budget (largest first)")
    String sort;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page of the same search; of another search 400 "
            + "CURSOR_MISMATCH, anything else 400 CURSOR_INVALID")
    String cursor;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(50)
    int size;

    /** The search these parameters ask for. */
    DemandSearchQuery query() {
        return DemandSearchQuery.of(q, industry, budgetBand, city, county, cooperationMode, sort, cursor, size);
    }
}
