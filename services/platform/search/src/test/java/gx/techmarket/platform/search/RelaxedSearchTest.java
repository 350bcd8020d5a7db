package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static gx.techmarket.platform.search.Fixtures.partialIds;
import static gx.techmarket.platform.search.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A text that fewer than {@link SearchPage#RELAX_BELOW} documents match as asked is relaxed: documents with any of
 * its uncommon words or bigrams follow those that match it all, marked partial; a word in many documents lets none in.
 */
class RelaxedSearchTest {

    static LuceneSearchIndex index;

    @BeforeAll
    static void fill() {
        index = Fixtures.memory();
        index.upsert(doc("boiler", "糖厂蔗渣锅炉燃烧优化与余热利用技术", "针对蔗渣锅炉燃烧不充分的问题，提高热效率。", "SUGAR", 1, null,
                "TRANSFER"));
        index.upsert(doc("tea", "茶园绿色防控与机械化采茶技术", "配套采茶机，茶叶产量不减。", "SUGAR", 2, null, "LICENSE"));
        index.upsert(doc("board", "人造板甲醛释放快速检测技术", "快速检测甲醛释放量。", "NEW_MATERIALS", 3, null, "LICENSE"));
        index.upsert(doc("plywood", "桉木单板无醛胶合板生产技术", "甲醛释放量低于国家标准。", "NEW_MATERIALS", 4, null, "LICENSE"));
        index.upsert(doc("steel", "钢板表面质量控制技术", "板材表面缺陷在线检测。", "ALUMINIUM", 5, null, "TRANSFER"));
        for (int i = 0; i < 15; i++) {
            index.upsert(doc("other" + i, "电子信息系统集成技术 " + i, "一种通用的技术。", "ELECTRONICS", 10 + i, null,
                    "LICENSE"));
        }
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void a_problem_nothing_matches_as_asked_finds_the_results_with_its_uncommon_words() {
        SearchPage page = index.search(query("板材甲醛超标"));
        assertThat(page.partial()).isTrue();
        assertThat(ids(page)).isEmpty();
        // 甲醛 is in two documents, 板材 in one: those three, the two with 甲醛 (rarer, twice) first
        assertThat(partialIds(page)).hasSize(3).startsWith("board").contains("plywood", "steel");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.facets().get("industry")).extracting(SearchPage.FacetCount::value)
                .containsExactlyInAnyOrder("NEW_MATERIALS", "ALUMINIUM");

        SearchPage tea = index.search(query("茶叶采摘用工难"));
        assertThat(partialIds(tea)).containsExactly("tea");
    }

    @Test
    void what_matches_the_whole_text_comes_before_what_matches_part_of_it() {
        SearchPage page = index.search(query("甲醛释放快速检测"));
        assertThat(page.partial()).isTrue();
        assertThat(ids(page)).containsExactlyInAnyOrder("board", "plywood");
        assertThat(page.hits().subList(0, 2)).noneMatch(SearchPage.Hit::partial)
                .allMatch(h -> h.score() > 0 && h.score() < TextQuery.STRICT_FIRST);
        assertThat(partialIds(page)).containsExactly("steel");
    }

    @Test
    void a_word_in_many_documents_of_a_large_index_lets_none_in_by_itself() {
        try (LuceneSearchIndex large = Fixtures.memory()) {
            large.upsert(doc("pick", "机械化采茶技术", "采茶机。", "SUGAR", 1, null, "LICENSE"));
            for (int i = 0; i < LuceneSearchIndex.COMMON_MIN_DOCS + 100; i++) {
                large.upsert(doc("n" + i, "通用技术 " + i, "一种技术。", "ELECTRONICS", 2, null, "LICENSE"));
            }
            large.refresh();
            // 技术 is in every document: with 用工, which is in none, it admits nothing; 采茶 admits its one
            SearchPage page = large.search(query("用工技术"));
            assertThat(page.hits()).isEmpty();
            assertThat(page.partial()).isFalse();
            assertThat(partialIds(large.search(query("采茶用工成本问题")))).containsExactly("pick");
        }
        // in a small index the same share of documents is not common: 技术 lets them in, after the rarer words' hits
        assertThat(partialIds(index.search(query("用工技术")))).isNotEmpty();
    }

    @Test
    void enough_matches_or_an_order_other_than_relevance_are_never_relaxed() {
        SearchPage many = index.search(query("电子信息系统"));
        assertThat(many.partial()).isFalse();
        assertThat(many.hits()).noneMatch(SearchPage.Hit::partial);

        SearchPage newest = index.search(new SearchRequest("板材甲醛超标", Map.of(), List.of(),
                SearchSort.by("published", true), null, 20));
        assertThat(newest.partial()).isFalse();
        assertThat(newest.hits()).isEmpty();
    }

    @Test
    void filters_hold_in_a_relaxed_search() {
        SearchPage page = index.search(new SearchRequest("板材甲醛超标", Map.of("industry", List.of("ALUMINIUM")),
                List.of(), null, null, 20));
        assertThat(page.partial()).isTrue();
        assertThat(partialIds(page)).containsExactly("steel");
    }

    @Test
    void a_relaxed_search_pages_on_with_its_cursor_without_repeating_or_losing_a_hit() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            SearchPage page = index.search(new SearchRequest("甲醛释放快速检测", Map.of(), List.of(), null, cursor, 1));
            assertThat(page.partial()).isTrue();
            page.hits().forEach(h -> seen.add(h.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        List<String> all = index.search(query("甲醛释放快速检测")).hits().stream().map(SearchPage.Hit::id).toList();
        assertThat(seen).containsExactlyElementsOf(all);
    }
}
