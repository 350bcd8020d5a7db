package gx.techmarket.platform.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param hits the documents of the page, in order
 * @param total how many documents match, counted up to {@link #COUNT_LIMIT}: beyond it {@code total} is the limit and
 *     {@code totalExact} false (shown as "1000+")
 * @param facets per facet field its values with their counts among all matches (most frequent first)
 * @param facetsExact false when the counts were estimated from a sample of a very large match set (shown with 约)
 * @param nextCursor the cursor of the next page, null on the last page
 */
public record SearchPage(List<Hit> hits, long total, boolean totalExact, Map<String, List<FacetCount>> facets,
        boolean facetsExact, String nextCursor) {

    /** Matches are counted exactly up to this number. */
    public static final int COUNT_LIMIT = 1000;

    /**
     * A hit: the id of its document, its score (0 when not sorted by relevance) and its highlighted texts by field:
     * HTML-safe, every character escaped except the {@code <em>} and {@code </em>} the highlighter puts around matches.
     */
    public record Hit(String id, float score, Map<String, String> highlights) {}

    /** A facet value and how many matching documents have it. */
    public record FacetCount(String value, long count) {}

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0, true, Map.of(), true, null);
    }
}
