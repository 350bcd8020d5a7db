package gx.techmarket.portal.search;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as a search page asks it: words, facet filters (a facet may be given several times), order, the cursor of
 * the page and the position of its first row ({@code from}, carried by the page links for "21–40 / 1000+"), read
 * from the page's own query string. Values are passed to the service as they came: the
 * service refuses what it does not know (400 {@code UNKNOWN_FACET_VALUE}, {@code QUERY_TOO_LONG},
 * {@code CURSOR_MISMATCH}) and the page shows its problem next to the search box.
 */
@TemplateData
public record SearchQuery(String path, String q, Map<String, List<String>> filters, String sort, String cursor,
        int from) {

    /** The search on {@code path} that {@code params} ask for, with only the facets {@code facets} names. */
    public static SearchQuery of(String path, MultivaluedMap<String, String> params, List<String> facets) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : facets) {
            List<String> values = new ArrayList<>();
            for (String v : params.getOrDefault(facet, List.of())) {
                if (v != null && !v.isBlank() && !values.contains(v.strip())) {
                    values.add(v.strip());
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }
        String cursor = blankToNull(params.getFirst("cursor"));
        return new SearchQuery(path, blankToNull(params.getFirst("q")), filters, blankToNull(params.getFirst("sort")),
                cursor, cursor == null ? 1 : position(params.getFirst("from")));
    }

    /** A search of {@code words} alone (null: browse), first page, the service's order. */
    public static SearchQuery words(String path, String words) {
        return new SearchQuery(path, blankToNull(words), Map.of(), null, null, 1);
    }

    /** The values chosen for {@code facet} (empty when none). */
    public List<String> values(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** Whether anything narrows the search (words or a filter). */
    public boolean narrowed() {
        return q != null || !filters.isEmpty();
    }

    /** This search's first page. */
    public String first() {
        return href(filters, sort, null, 0);
    }

    /** This search's words and order without any filter. */
    public String cleared() {
        return href(Map.of(), sort, null, 0);
    }

    /** The page after this one of {@code rows} rows, from the service's {@code nextCursor}. */
    public String next(String nextCursor, int rows) {
        return href(filters, sort, nextCursor, from + rows);
    }

    /** The position of this page's last row ({@code rows} rows from {@link #from}). */
    public int to(int rows) {
        return from + rows - 1;
    }

    /** This search without the filter {@code facet=value} (a chip's remove link). */
    public String without(String facet, String value) {
        Map<String, List<String>> less = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            List<String> kept = k.equals(facet) ? v.stream().filter(x -> !x.equals(value)).toList() : v;
            if (!kept.isEmpty()) {
                less.put(k, kept);
            }
        });
        return href(less, sort, null, 0);
    }

    private String href(Map<String, List<String>> with, String order, String cursor, int position) {
        StringBuilder s = new StringBuilder(path);
        char sep = '?';
        if (q != null) {
            s.append(sep).append("q=").append(enc(q));
            sep = '&';
        }
        for (Map.Entry<String, List<String>> f : with.entrySet()) {
            for (String v : f.getValue()) {
                s.append(sep).append(enc(f.getKey())).append('=').append(enc(v));
                sep = '&';
            }
        }
        if (order != null) {
            s.append(sep).append("sort=").append(enc(order));
            sep = '&';
        }
        if (cursor != null) {
            s.append(sep).append("cursor=").append(enc(cursor)).append("&from=").append(position);
        }
        return s.toString();
    }

    /** The position a page link says its first row has (shown as "21–40"; only a label, never sent on). */
    private static int position(String from) {
        try {
            int n = from == null ? 1 : Integer.parseInt(from.strip());
            return n >= 1 && n <= 1_000_000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
