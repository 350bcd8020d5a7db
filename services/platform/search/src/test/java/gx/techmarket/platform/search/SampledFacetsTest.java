package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Above the sampling threshold facet counts are estimates, marked so, and reused across searcher generations. */
class SampledFacetsTest {

    @Test
    void broadSearchesGetEstimatedCountsReusedAcrossRefreshes() {
        try (LuceneSearchIndex index = new LuceneSearchIndex(Fixtures.schema(1), Fixtures.ANALYSIS, null,
                SearchSort.by("published", true), 500, 200, 3_600_000)) {
            for (int i = 0; i < 1200; i++) {
                index.upsert(doc("d" + i, "锰系材料", "电池", i % 4 == 0 ? "SUGAR" : "NEW_MATERIALS", i, null,
                        "LICENSE"));
            }
            index.refresh();
            SearchPage broad = index.search(new SearchRequest(null, Map.of(), List.of(), null, null, 5));
            assertThat(broad.facetsExact()).isFalse();
            assertThat(broad.total()).isEqualTo(1000);
            assertThat(broad.totalExact()).isFalse();
            long sugar = broad.facets().get("industry").stream().filter(c -> c.value().equals("SUGAR"))
                    .mapToLong(SearchPage.FacetCount::count).sum();
            long materials = broad.facets().get("industry").stream().filter(c -> c.value().equals("NEW_MATERIALS"))
                    .mapToLong(SearchPage.FacetCount::count).sum();
            // 300 and 900 in truth; estimated from 200 sampled of 1,200
            assertThat(sugar).isBetween(150L, 450L);
            assertThat(materials).isBetween(750L, 1050L);

            index.upsert(doc("new", "锰", "电池", "SUGAR", 5_000, null, "LICENSE"));
            index.refresh();
            SearchPage again = index.search(new SearchRequest(null, Map.of(), List.of(), null, null, 5));
            assertThat(again.hits().get(0).id()).isEqualTo("new");
            assertThat(again.facets()).isEqualTo(broad.facets());
            assertThat(again.facetsExact()).isFalse();

            SearchPage narrow = index.search(new SearchRequest("锰", Map.of("industry", List.of("SUGAR")), List.of(),
                    null, null, 5));
            assertThat(narrow.facetsExact()).isTrue();
            assertThat(narrow.facets().get("industry")).containsExactly(new SearchPage.FacetCount("SUGAR", 301));
        }
    }
}
