package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters and facet counts, sorts, keyset paging with its cursor, the early-stopping count, deletes. */
class FacetsAndPagingTest {

    static LuceneSearchIndex index;

    /** 1,205 documents: every 5th SUGAR (241), the rest NEW_MATERIALS; modes and prices as below. */
    @BeforeAll
    static void fill() {
        index = Fixtures.memory();
        for (int i = 0; i < 1205; i++) {
            boolean sugar = i % 5 == 0;
            Long price = i % 3 == 0 ? null : (long) (i % 7) * 100_000_00L;
            String[] modes = i % 2 == 0 ? new String[] {"TRANSFER", "LICENSE"} : new String[] {"LICENSE"};
            index.upsert(doc(String.format("d%04d", i), sugar ? "甘蔗制糖技术" : "锰系材料制备",
                    sugar ? "糖厂应用" : "电池材料", sugar ? "SUGAR" : "NEW_MATERIALS", 1_000 + i, price, modes));
        }
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchRequest request(String text, Map<String, List<String>> filters, SearchSort sort, String cursor,
            int size) {
        return new SearchRequest(text, filters, List.of(), sort, cursor, size);
    }

    @Test
    void counts_stop_at_1000() {
        SearchPage all = index.search(request(null, Map.of(), null, null, 10));
        assertThat(all.total()).isEqualTo(1000);
        assertThat(all.totalExact()).isFalse();
        SearchPage sugar = index.search(request("甘蔗", Map.of(), null, null, 10));
        assertThat(sugar.total()).isEqualTo(241);
        assertThat(sugar.totalExact()).isTrue();
    }

    @Test
    void facet_counts_among_all_matches() {
        SearchPage all = index.search(request(null, Map.of(), null, null, 1));
        assertThat(all.facetsExact()).isTrue();
        assertThat(all.facets().get("industry")).containsExactly(new SearchPage.FacetCount("NEW_MATERIALS", 964),
                new SearchPage.FacetCount("SUGAR", 241));
        assertThat(all.facets().get("transferMode")).containsExactly(new SearchPage.FacetCount("LICENSE", 1205),
                new SearchPage.FacetCount("TRANSFER", 603));
        assertThat(all.facets().get("city")).containsExactly(new SearchPage.FacetCount("450100", 1205));
        // the same counts a second time (cached for this searcher) and on the next page
        SearchPage again = index.search(request(null, Map.of(), null, all.nextCursor(), 1));
        assertThat(again.facets()).isEqualTo(all.facets());
        assertThat(again.total()).isEqualTo(1000);
    }

    @Test
    void filters_or_within_a_facet_and_across_facets() {
        SearchPage sugarTransfer = index.search(request(null,
                Map.of("industry", List.of("SUGAR"), "transferMode", List.of("TRANSFER")), null, null, 5));
        // i % 5 == 0 and i % 2 == 0: i % 10 == 0 → 121
        assertThat(sugarTransfer.total()).isEqualTo(121);
        assertThat(sugarTransfer.facets().get("industry")).containsExactly(new SearchPage.FacetCount("SUGAR", 121));
        SearchPage both = index.search(request(null, Map.of("industry", List.of("SUGAR", "NEW_MATERIALS")), null,
                null, 5));
        assertThat(both.totalExact()).isFalse();
    }

    @Test
    void an_unknown_facet_value_is_refused_naming_the_field() {
        assertThatThrownBy(() -> index.search(request(null, Map.of("industry", List.of("SUGAR", "GOLD")), null, null,
                5))).isInstanceOfSatisfying(SearchRefusal.class, r -> {
                    assertThat(r.code()).isEqualTo("UNKNOWN_FACET_VALUE");
                    assertThat(r.field()).isEqualTo("industry");
                    assertThat(r.args()).containsExactly("industry", "GOLD");
                });
        assertThatThrownBy(() -> index.search(request(null, Map.of("city", List.of("*")), null, null, 5)))
                .isInstanceOfSatisfying(SearchRefusal.class, r -> assertThat(r.field()).isEqualTo("city"));
    }

    @Test
    void paging_by_cursor_visits_every_match_once_in_order() {
        for (SearchSort sort : new SearchSort[] {null, SearchSort.RELEVANCE, SearchSort.by("price", false),
                SearchSort.by("price", true)}) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                SearchPage page = index.search(request("甘蔗", Map.of(), sort, cursor, 50));
                seen.addAll(ids(page));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(seen).hasSize(241);
            assertThat(new HashSet<>(seen)).hasSize(241);
        }
    }

    @Test
    void price_sort_puts_documents_without_a_price_last() {
        List<String> cheapest = ids(index.search(request("甘蔗", Map.of(), SearchSort.by("price", false), null, 50)));
        // i = 35, 70, 105 … have i % 7 == 0 → price 0, the cheapest; 面议 (i % 3 == 0) come after every priced one
        assertThat(Integer.parseInt(cheapest.get(0).substring(1)) % 7).isZero();
        // the dearest: i % 7 == 6 (600,000 元); among equals the order is the ids' keys', the same on every page
        SearchPage dearest = index.search(request("甘蔗", Map.of(), SearchSort.by("price", true), null, 50));
        assertThat(Integer.parseInt(ids(dearest).get(0).substring(1)) % 7).isEqualTo(6);
        assertThat(ids(index.search(request("甘蔗", Map.of(), SearchSort.by("price", true), null, 50))))
                .isEqualTo(ids(dearest));
        // 面议 last in both directions: the last of a sugar-only page of all 241 in price order is one with i % 3 == 0
        for (boolean descending : new boolean[] {false, true}) {
            List<String> all = new ArrayList<>();
            String cursor = null;
            do {
                SearchPage page = index.search(request("甘蔗", Map.of(), SearchSort.by("price", descending), cursor, 50));
                all.addAll(ids(page));
                cursor = page.nextCursor();
            } while (cursor != null);
            int lastPriced = all.size() - 1 - (int) all.stream().filter(id -> Integer.parseInt(id.substring(1)) % 3 == 0)
                    .count();
            assertThat(all.subList(lastPriced + 1, all.size()))
                    .allMatch(id -> Integer.parseInt(id.substring(1)) % 3 == 0);
        }
    }

    @Test
    void the_newest_come_first_when_browsing() {
        assertThat(ids(index.search(request(null, Map.of(), null, null, 3)))).containsExactly("d1204", "d1203",
                "d1202");
    }

    @Test
    void a_cursor_of_another_search_is_a_mismatch_and_garbage_is_invalid() {
        String cursor = index.search(request("甘蔗", Map.of(), null, null, 5)).nextCursor();
        assertThat(cursor).isNotNull();
        assertRefused(() -> index.search(request("锰", Map.of(), null, cursor, 5)), "CURSOR_MISMATCH");
        assertRefused(() -> index.search(request("甘蔗", Map.of("industry", List.of("SUGAR")), null, cursor, 5)),
                "CURSOR_MISMATCH");
        assertRefused(() -> index.search(request("甘蔗", Map.of(), SearchSort.by("published", true), cursor, 5)),
                "CURSOR_MISMATCH");
        // another page size is the same search
        assertThat(index.search(request("甘蔗", Map.of(), null, cursor, 7)).hits()).hasSize(7);
        for (String garbage : new String[] {"x", "!!!", "a".repeat(600), "MQ", "' or 1=1 --"}) {
            assertRefused(() -> index.search(request("甘蔗", Map.of(), null, garbage, 5)), "CURSOR_INVALID");
        }
    }

    @Test
    void a_deleted_document_is_gone_after_refresh() {
        index.upsert(doc("temp", "临时钒电池成果", "钒", "NEW_MATERIALS", 5_000, null, "LICENSE"));
        index.refresh();
        assertThat(ids(index.search(request("钒", Map.of(), null, null, 5)))).containsExactly("temp");
        index.upsert(doc("temp", "临时钛合金成果", "钛", "NEW_MATERIALS", 5_000, null, "LICENSE"));
        index.refresh();
        assertThat(index.search(request("钒", Map.of(), null, null, 5)).hits()).isEmpty();
        index.delete("temp");
        index.refresh();
        assertThat(index.search(request("钛", Map.of(), null, null, 5)).hits()).isEmpty();
        assertThat(index.size()).isEqualTo(1205);
    }

    private static void assertRefused(Runnable search, String code) {
        assertThatThrownBy(search::run).isInstanceOfSatisfying(SearchRefusal.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.field()).isEqualTo("cursor");
        });
    }
}
