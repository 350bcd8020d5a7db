package gx.techmarket.platform.search;

/**
 * The order of a page: by relevance (BM25) or by a number of the schema, each with the document id as the last key
 * (stable keyset paging). Documents without the number come last either way.
 */
public record SearchSort(String number, boolean descending) {

    /** By relevance, best first. */
    public static final SearchSort RELEVANCE = new SearchSort(null, true);

    /** By the number {@code field}. */
    public static SearchSort by(String field, boolean descending) {
        if (field == null) {
            throw new IllegalArgumentException("a sort by number needs its field");
        }
        return new SearchSort(field, descending);
    }

    public boolean relevance() {
        return number == null;
    }

    String key() {
        return relevance() ? "relevance" : number + (descending ? ":desc" : ":asc");
    }
}
