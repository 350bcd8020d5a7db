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
 * @param partial true when fewer than {@link #RELAX_BELOW} documents matched the text as asked and the hits (and
 *     counts) also hold documents that match only part of it, after those that match it all (shown as "no exact
 *     match, results with some of your words")
 */
public record SearchPage(List<Hit> hits, long total, boolean totalExact, Map<String, List<FacetCount>> facets,
        boolean facetsExact, String nextCursor, boolean partial) {

    /** Matches are counted exactly up to this number. */
    public static final int COUNT_LIMIT = 1000;

    /**
     * A search by relevance whose text fewer documents than this match is relaxed: documents with any of its
     * uncommon words or bigrams come after those that match it all.
     */
    public static final int RELAX_BELOW = 10;

    /**
     * A hit: the id of its document, its score (0 when not sorted by relevance), its highlighted texts by field
     * (HTML-safe, every character escaped except the {@code <em>} and {@code </em>} the highlighter puts around
     * matches), and whether it matches only part of the text (in a {@link SearchPage#partial()} page, after every
     * hit that matches it all).
     */
    public record Hit(String id, float score, Map<String, String> highlights, boolean partial) {}

    /** A facet value and how many matching documents have it. */
    public record FacetCount(String value, long count) {}

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0, true, Map.of(), true, null, false);
    }
}
