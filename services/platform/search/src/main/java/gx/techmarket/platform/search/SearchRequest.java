package gx.techmarket.platform.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A search as a client asks it: the user's text (analysed, never parsed as query syntax; null or blank: browse),
 * facet filters (values of one facet OR-ed, facets AND-ed), ranges over numbers, the order, the cursor of the
 * previous page (null: first page) and the page size.
 */
public record SearchRequest(String text, Map<String, List<String>> filters, List<Range> ranges, SearchSort sort,
        String cursor, int size) {

    /** The longest text a query may have (code points). */
    public static final int MAX_TEXT = 100;
    /** The largest page. */
    public static final int MAX_SIZE = 50;

    /** Documents whose number {@code field} lies in [{@code min}, {@code max}] (a null bound is open). */
    public record Range(String field, Long min, Long max) {}

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " outside 1–" + MAX_SIZE);
        }
    }

    /** Whether there is any text to search for (else it is browsing). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The order: the given one, else relevance with a text, else {@code defaultSort}. */
    SearchSort sortOr(SearchSort defaultSort) {
        if (sort != null) {
            return sort;
        }
        return hasText() ? SearchSort.RELEVANCE : defaultSort;
    }

    /** What a cursor is bound to: the text, the filters, the ranges and the order (not the size). */
    String fingerprintSource(SearchSort effectiveSort) {
        StringBuilder s = new StringBuilder();
        s.append("q=").append(hasText() ? text.strip() : "").append('\u0000');
        Map<String, TreeSet<String>> sorted = new TreeMap<>();
        filters.forEach((k, v) -> sorted.put(k, new TreeSet<>(v)));
        sorted.forEach((k, v) -> s.append("f=").append(k).append('=').append(String.join("\u0001", v)).append('\u0000'));
        ranges.stream().map(r -> r.field() + ":" + r.min() + ":" + r.max()).sorted()
                .forEach(r -> s.append("r=").append(r).append('\u0000'));
        s.append("s=").append(effectiveSort.key());
        return s.toString();
    }
}
