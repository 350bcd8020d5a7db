package gx.techmarket.catalogue.result;

import gx.techmarket.platform.search.SearchPage;
import java.util.List;
import java.util.Map;

/**
 * A page of search hits: each a result as the caller sees it (with its {@code actions}) and its highlights;
 * {@code total} counted up to 1000 ({@code totalExact} false beyond: "1000+"); facet counts among all matches
 * ({@code facetsExact} false when estimated from a sample: "约"); {@code nextCursor} for the next page, null on the
 * last; {@code partial} true when fewer than 10 results matched every word of the text and the page also holds
 * those that match some of its words (each such hit {@code partial}, after every hit that matches it all; the
 * counts count both).
 */
public record ResultSearchPage(List<Hit> items, long total, boolean totalExact,
        Map<String, List<SearchPage.FacetCount>> facets, boolean facetsExact, String nextCursor,
        boolean partial) {

    /**
     * A result found and its highlighted {@code title} and {@code summary}: HTML-safe (every character escaped),
     * the only markup {@code <em>…</em>} around what matched; the summary cut to a passage around the first match.
     */
    public record Hit(ResultView result, Map<String, String> highlights, boolean partial) {}
}
