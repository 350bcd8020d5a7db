package gx.techmarket.catalogue.result;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The parameters of {@code GET /results} and {@code GET /public/results} but the page, one object for both
 * ({@code @Valid @BeanParam}): the words, the industry, the region and the order.
 */
public class ResultListParameters {

    @QueryParam("q")
    @Size(max = 100)
    String q;

    @QueryParam("industry")
    @Pattern(regexp = ResultResource.INDUSTRY)
    @Size(max = 64)
    String industry;

    @QueryParam("region")
    @GuangxiRegion
    String region;

    @QueryParam("sort")
    @DefaultValue("newest")
    @Pattern(regexp = ListingOrder.WITH_AMOUNT)
    String sort;

    ListingOrder order() {
        return ListingOrder.of(sort);
    }
}
