package gx.techmarket.catalogue.result;

import static gx.techmarket.platform.search.listing.ResultSearchSchema.CITY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.COUNTY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.HOLDER_KIND;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.INDUSTRY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.MATURITY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PATENTS;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PATENT_STATUS;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PRICE_BAND;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.TRANSFER_MODE;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.TRL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of {@code GET /results/search} and {@code GET /public/results/search}: the words, the facet filters by
 * facet (values of one facet OR-ed, facets AND-ed), the order ({@code relevance}, {@code newest}, {@code price},
 * {@code price-desc}; null: relevance with words, newest without), the cursor and the page size.
 */
record ResultSearchQuery(String q, Map<String, List<String>> filters, String sort, String cursor, int size) {

    /** The sorts a client may ask for. */
    static final String SORTS = "relevance|newest|price|price-desc";

    static ResultSearchQuery of(String q, List<String> industry, List<String> maturity, List<String> trl,
            List<String> transferMode, List<String> city, List<String> county, List<String> priceBand,
            List<String> patents, List<String> patentStatus, List<String> holderKind, String sort, String cursor,
            int size) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, INDUSTRY, industry);
        put(filters, MATURITY, maturity);
        put(filters, TRL, trl);
        put(filters, TRANSFER_MODE, transferMode);
        put(filters, CITY, city);
        put(filters, COUNTY, county);
        put(filters, PRICE_BAND, priceBand);
        put(filters, PATENTS, patents);
        put(filters, PATENT_STATUS, patentStatus);
        put(filters, HOLDER_KIND, holderKind);
        return new ResultSearchQuery(q, filters, sort, cursor, size);
    }

    private static void put(Map<String, List<String>> filters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(name, List.copyOf(values));
        }
    }
}
