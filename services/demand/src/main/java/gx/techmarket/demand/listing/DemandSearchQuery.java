package gx.techmarket.demand.listing;

import static gx.techmarket.platform.search.listing.DemandSearchSchema.BUDGET_BAND;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.CITY;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.COOPERATION_MODE;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.COUNTY;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.INDUSTRY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of {@code GET /demands/search} and {@code GET /public/demands/search}: the words, the facet filters by
 * facet (values of one facet OR-ed, facets AND-ed), the order ({@code relevance}, {@code newest}, {@code deadline}:
 * soonest first, {@code budget}: largest first; null: relevance with words, newest without), the cursor and the size.
 */
record DemandSearchQuery(String q, Map<String, List<String>> filters, String sort, String cursor, int size) {

    static final String SORTS = "relevance|newest|deadline|budget";

    static DemandSearchQuery of(String q, List<String> industry, List<String> budgetBand, List<String> city,
            List<String> county, List<String> cooperationMode, String sort, String cursor, int size) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, INDUSTRY, industry);
        put(filters, BUDGET_BAND, budgetBand);
        put(filters, CITY, city);
        put(filters, COUNTY, county);
        put(filters, COOPERATION_MODE, cooperationMode);
        return new DemandSearchQuery(q, filters, sort, cursor, size);
    }

    private static void put(Map<String, List<String>> filters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(name, List.copyOf(values));
        }
    }
}
