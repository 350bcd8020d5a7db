package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.search.FacetCount;
import gx.techmarket.portal.search.Highlighted;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A page of the catalogue's search ({@code GET /public/results/search}): hits with their highlights, the count (exact
 * up to 1,000, then "1000+"), facet counts (estimated when {@code facetsExact} is false: "约") and the cursor of the
 * next page; {@code partial} when fewer than 10 matched every word and hits matching some of them follow (each
 * hit {@code partial}).
 */
@TemplateData
public record ResultSearchPage(List<Hit> items, long total, boolean totalExact,
        Map<String, List<FacetCount>> facets, boolean facetsExact, String nextCursor,
        boolean partial) {

    /** The facets the catalogue counts, in the order the side panel shows them. */
    public static final List<String> FACETS = List.of("industry", "city", "county", "maturity", "trl",
            "transferMode", "priceBand", "patents", "patentStatus", "holderKind");

    public ResultSearchPage {
        items = items == null ? List.of() : items;
        facets = facets == null ? Map.of() : facets;
    }

    /** A result found, with its title and summary highlighted where they matched. */
    @TemplateData
    public record Hit(ResultView result, Map<String, String> highlights, boolean partial) {

        public Highlighted title() {
            return Highlighted.of(highlights == null ? null : highlights.get("title"), result.title());
        }

        public Highlighted summary() {
            return Highlighted.of(highlights == null ? null : highlights.get("summary"),
                    Highlighted.excerpt(result.summary()));
        }
    }
}
