package gx.techmarket.catalogue.result;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of {@code GET /results/search} and {@code GET /public/results/search}, one object for both
 * ({@code @Valid @BeanParam}): the words, the facet filters, the sort, the cursor and the page size.
 */
public class ResultSearchParameters {

    @QueryParam("q")
    @Parameter(description = "words (Chinese and Latin text, never query syntax); at most 100 characters, else 400 "
            + "QUERY_TOO_LONG")
    String q;

    @QueryParam("industry")
    @Parameter(description = "industry code, e.g. SUGAR")
    List<String> industry;

    @QueryParam("maturity")
    @Parameter(description = "RESEARCH, LAB, PILOT, INDUSTRIAL")
    List<String> maturity;

    @QueryParam("trl")
    @Parameter(description = "technology readiness level 1–9")
    List<String> trl;

    @QueryParam("transferMode")
    @Parameter(description = "TRANSFER, LICENSE, EQUITY_INVESTMENT, JOINT_DEVELOPMENT")
    List<String> transferMode;

    @QueryParam("city")
    @Parameter(description = "GB/T 2260 code of a Guangxi city (地级), e.g. 451000")
    List<String> city;

    @QueryParam("county")
    @Parameter(description = "GB/T 2260 code of a Guangxi county (县级)")
    List<String> county;

    @QueryParam("priceBand")
    @Parameter(description = "NEGOTIABLE (面议), BELOW_100K (< 10万), FROM_100K_TO_500K, FROM_500K_TO_1M, "
            + "FROM_1M_TO_5M, FROM_5M (≥ 500万)")
    List<String> priceBand;

    @QueryParam("patents")
    @Parameter(description = "WITH or WITHOUT rights (patents, software copyrights, plant varieties)")
    List<String> patents;

    @QueryParam("patentStatus")
    @Parameter(description = "status of a right: PENDING (申请中), GRANTED (已授权), LAPSED (已失效), TRANSFERRED (已转让)")
    List<String> patentStatus;

    @QueryParam("holderKind")
    @Parameter(description = "kind of the holding organisation, e.g. UNIVERSITY")
    List<String> holderKind;

    @QueryParam("sort")
    @Pattern(regexp = ResultSearchQuery.SORTS)
    @Parameter(description = "relevance (default with q), newest (default without), price (cheapest first), "
            + "price-desc; 面议 last")
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
    ResultSearchQuery query() {
        return ResultSearchQuery.of(q, industry, maturity, trl, transferMode, city, county, priceBand, patents,
                patentStatus, holderKind, sort, cursor, size);
    }
}
