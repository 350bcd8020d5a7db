package gx.techmarket.platform.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A schema shaped like the catalogue's results, and documents for it. */
final class Fixtures {

    static final Set<String> INDUSTRIES = Set.of("SUGAR", "NEW_MATERIALS", "ELECTRONICS", "AUTOMOTIVE", "ALUMINIUM");
    static final Set<String> MODES = Set.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT");

    static SearchSchema schema(int version) {
        return new SearchSchema(version,
                List.of(new SearchSchema.TextField("title", 3f, true), new SearchSchema.TextField("keywords", 2f, false),
                        new SearchSchema.TextField("summary", 1f, true)),
                List.of(new SearchSchema.Facet("industry", false, INDUSTRIES::contains),
                        new SearchSchema.Facet("transferMode", true, MODES::contains),
                        new SearchSchema.Facet("city", false, c -> c.matches("45\\d\\d00"))),
                List.of("published", "price"));
    }

    static LuceneSearchIndex memory() {
        return new LuceneSearchIndex(schema(1), ANALYSIS, null, SearchSort.by("published", true));
    }

    static final Analysis ANALYSIS = Analysis.standard();

    static SearchDocument doc(String id, String title, String summary, String industry, long published, Long price,
            String... modes) {
        Map<String, Long> numbers = new HashMap<>();
        numbers.put("published", published);
        if (price != null) {
            numbers.put("price", price);
        }
        return new SearchDocument(id, Map.of("title", title, "summary", summary),
                Map.of("industry", List.of(industry), "transferMode", List.of(modes), "city", List.of("450100")),
                numbers);
    }

    static SearchRequest query(String text) {
        return new SearchRequest(text, Map.of(), List.of(), null, null, 20);
    }

    /** The hits that match the whole text (a relaxed page's partial hits left out: {@link #partialIds}). */
    static List<String> ids(SearchPage page) {
        return page.hits().stream().filter(h -> !h.partial()).map(SearchPage.Hit::id).toList();
    }

    /** The hits of a relaxed page that match only part of the text. */
    static List<String> partialIds(SearchPage page) {
        return page.hits().stream().filter(SearchPage.Hit::partial).map(SearchPage.Hit::id).toList();
    }

    private Fixtures() {}
}
