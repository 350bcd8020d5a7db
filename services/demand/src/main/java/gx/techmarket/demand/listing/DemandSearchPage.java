package gx.techmarket.demand.listing;

import gx.techmarket.platform.search.SearchPage;
import java.util.List;
import java.util.Map;

/**
 * A page of search hits: each a demand as the caller sees it (with its {@code actions}) and its highlights;
 * {@code total} counted up to 1000 ({@code totalExact} false beyond: "1000+"); facet counts among all matches
 * ({@code facetsExact} false when estimated from a sample: "约"); {@code nextCursor} for the next page, null on the
 * last; {@code partial} true when fewer than 10 demands matched every word of the text and the page also holds
 * those that match some of its words (each such hit {@code partial}, after every hit that matches it all; the
 * counts count both).
 */
public record DemandSearchPage(List<Hit> items, long total, boolean totalExact,
        Map<String, List<SearchPage.FacetCount>> facets, boolean facetsExact, String nextCursor,
        boolean partial) {

    /**
     * A demand found and its highlighted {@code title} and {@code problem}: HTML-safe (every character escaped), the
     * only markup {@code <em>…</em>} around what matched.
     */
    public record Hit(DemandView demand, Map<String, String> highlights, boolean partial) {}
}
