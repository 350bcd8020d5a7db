package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static gx.techmarket.platform.search.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a user's text finds: Chinese words and grams, synonyms, Latin letters and digits, and syntax as plain text. */
class TextSearchTest {

    static LuceneSearchIndex index;

    @BeforeAll
    static void fill() {
        index = Fixtures.memory();
        index.upsert(doc("manganese", "锰系正极材料低成本制备", "以广西锰矿为原料制备电池材料。", "NEW_MATERIALS", 1, null, "LICENSE"));
        index.upsert(doc("harvest", "甘蔗机械化收获技术", "适合丘陵蔗区的甘蔗联合收获作业，收获损失低。", "SUGAR", 2, 500_000_00L, "TRANSFER"));
        index.upsert(doc("sugarmill", "糖厂废水循环利用", "糖厂压榨季废水处理与回用。", "SUGAR", 3, 1_000_000_00L, "TRANSFER"));
        index.upsert(doc("plc", "基于PLC的Q235钢板焊接控制", "采用5G网络远程监控，适用18650电池产线。", "ELECTRONICS", 4, null, "LICENSE"));
        index.upsert(doc("ai", "人工智能辅助病虫害识别", "深度学习识别甘蔗螟虫。", "ELECTRONICS", 5, 200_000_00L, "JOINT_DEVELOPMENT"));
        index.upsert(doc("ev", "电动汽车电池包轻量化设计", "铝合金箱体。", "AUTOMOTIVE", 6, null, "LICENSE"));
        index.upsert(doc("drop", "Drop table 误操作恢复工具", "恢复误删除的数据表。", "ELECTRONICS", 7, null, "LICENSE"));
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void one_character_finds_it_inside_words() {
        assertThat(ids(index.search(query("锰")))).containsExactly("manganese");
    }

    @Test
    void four_characters_whose_middle_bigram_occurs_nowhere() {
        assertThat(ids(index.search(query("甘蔗收获")))).contains("harvest").doesNotContain("manganese", "plc");
    }

    @Test
    void a_synonym_finds_what_the_word_does_not() {
        assertThat(ids(index.search(query("制糖")))).containsExactly("sugarmill");
        assertThat(ids(index.search(query("AI")))).containsExactly("ai");
        assertThat(ids(index.search(query("新能源汽车")))).containsExactly("ev");
    }

    @Test
    void latin_letters_and_digits_mixed_with_chinese() {
        assertThat(ids(index.search(query("plc")))).containsExactly("plc");
        assertThat(ids(index.search(query("ＰＬＣ控制")))).containsExactly("plc");
        assertThat(ids(index.search(query("Q235钢板")))).containsExactly("plc");
        assertThat(ids(index.search(query("5G")))).containsExactly("plc");
        assertThat(ids(index.search(query("18650电池")))).startsWith("plc");
    }

    @Test
    void a_longer_query_asks_for_its_bigrams_and_a_character_only_where_it_stands_alone() {
        Set<Term> all = new HashSet<>();
        TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), "甘蔗收获技术 锰").match()
                .visit(QueryVisitor.termCollector(all));
        Set<String> terms = new HashSet<>();
        all.stream().filter(t -> t.field().equals(TextQuery.ALL + Analysis.GRAMS)).forEach(t -> terms.add(t.text()));
        assertThat(terms).containsExactlyInAnyOrder("甘蔗", "蔗收", "收获", "获技", "技术", "锰");
        // 3 of the first run's 5 bigrams, or its words: a document with 甘蔗 … 收获 … 技术 and 锰 matches
        assertThat(TextQuery.required(5)).isEqualTo(3);
        assertThat(TextQuery.required(3)).isEqualTo(2);
        assertThat(TextQuery.required(2)).isEqualTo(1);
        assertThat(TextQuery.required(1)).isEqualTo(1);
    }

    @Test
    void title_matches_rank_above_summary_matches() {
        // 甘蔗 in the title of "harvest", only in the summary of "ai"
        assertThat(ids(index.search(query("甘蔗")))).containsExactly("harvest", "ai");
    }

    @Test
    void punctuation_only_is_an_empty_page() {
        SearchPage page = index.search(query("！？。，,.;；……"));
        assertThat(page.hits()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalExact()).isTrue();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void query_syntax_is_plain_text() {
        assertThat(index.search(query("title:* OR \"")).hits()).isEmpty();
        assertThat(index.search(query("*:*")).hits()).isEmpty();
        assertThat(ids(index.search(query("'; drop table")))).containsExactly("drop");
        // three words: two of them (drop, table) are enough, as for any longer text; nothing is executed
        assertThat(ids(index.search(query("'; drop table results; --")))).containsExactly("drop");
        assertThat(index.size()).isEqualTo(7);
    }

    @Test
    void a_query_over_100_characters_is_refused() {
        assertThat(index.search(query("锰".repeat(100))).total()).isEqualTo(1);
        assertThatThrownBy(() -> index.search(query("锰".repeat(101))))
                .isInstanceOfSatisfying(SearchRefusal.class, r -> {
                    assertThat(r.code()).isEqualTo("QUERY_TOO_LONG");
                    assertThat(r.field()).isEqualTo("q");
                });
    }

    @Test
    void browsing_without_text_is_newest_first() {
        assertThat(ids(index.search(query(null)))).containsExactly("drop", "ev", "ai", "plc", "sugarmill", "harvest",
                "manganese");
        assertThat(ids(index.search(query("   ")))).hasSize(7);
    }

    @Test
    void highlights_mark_words_synonyms_and_single_characters() {
        SearchPage.Hit harvest = index.search(query("甘蔗收获")).hits().get(0);
        assertThat(harvest.highlights().get("title")).isEqualTo("<em>甘蔗</em>机械化<em>收获</em>技术");
        SearchPage.Hit mill = index.search(query("制糖")).hits().get(0);
        assertThat(mill.highlights().get("title")).isEqualTo("<em>糖厂</em>废水循环利用");
        SearchPage.Hit manganese = index.search(query("锰")).hits().get(0);
        assertThat(manganese.highlights().get("summary")).isEqualTo("以广西<em>锰</em>矿为原料制备电池材料。");
        assertThat(index.search(query(null)).hits().get(0).highlights().get("title")).isEqualTo("Drop table 误操作恢复工具");
    }
}
