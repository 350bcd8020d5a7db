package gx.techmarket.portal.demand;

import gx.techmarket.portal.search.FacetCount;
import gx.techmarket.portal.search.Highlighted;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * A page of the demand service's search ({@code GET /public/demands/search}): listed demands (deadline not past) with
 * their highlights, the count (exact up to 1,000, then "1000+"), facet counts and the cursor of the next page; {@code partial} when fewer than 10 matched every word and hits
 * matching some of them follow (each hit {@code partial}).
 */
@TemplateData
public record DemandSearchPage(List<Hit> items, long total, boolean totalExact,
        Map<String, List<FacetCount>> facets, boolean facetsExact, String nextCursor,
        boolean partial) {

    /** The facets the demand service counts, in the order the side panel shows them. */
    public static final List<String> FACETS = List.of("industry", "city", "county", "budgetBand",
            "cooperationMode");

    public DemandSearchPage {
        items = items == null ? List.of() : items;
        facets = facets == null ? Map.of() : facets;
    }

    /** A demand found, with its title and problem highlighted where they matched. */
    @TemplateData
    public record Hit(DemandView demand, Map<String, String> highlights, boolean partial) {

        public Highlighted title() {
            return Highlighted.of(highlights == null ? null : highlights.get("title"), demand.title());
        }

        public Highlighted problem() {
            return Highlighted.of(highlights == null ? null : highlights.get("problem"),
                    Highlighted.excerpt(demand.problem()));
        }
    }
}
