package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static gx.techmarket.platform.search.Fixtures.partialIds;
import static gx.techmarket.platform.search.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Any text a client may send (up to {@link SearchRequest#MAX_TEXT} characters) is searched, strictly and relaxed:
 * a long text of words with many synonyms once made a query of more clauses than Lucene allows (1,024) and failed.
 * Such a text gives up synonyms and grams where they weigh least ({@link TextQuery.Form}); a text of a few words
 * keeps them all.
 */
class LongTextTest {

    static LuceneSearchIndex index;
    /** Words the synonyms know (each has synonyms), the stuff of the texts that made the most clauses. */
    static List<String> synonymWords;

    @BeforeAll
    static void fill() throws IOException {
        index = Fixtures.memory();
        index.upsert(doc("sugar", "甘蔗机械化收获与糖厂节能技术", "甘蔗收获机，糖厂蔗渣锅炉余热利用。", "SUGAR", 1, null, "TRANSFER"));
        index.upsert(doc("board", "人造板甲醛释放快速检测技术", "快速检测甲醛释放量。", "NEW_MATERIALS", 2, null, "LICENSE"));
        index.upsert(doc("battery", "动力电池回收与梯次利用", "新能源汽车动力电池拆解。", "AUTOMOTIVE", 3, null, "LICENSE"));
        for (int i = 0; i < 15; i++) {
            index.upsert(doc("other" + i, "电子信息系统集成技术 " + i, "一种通用的技术。", "ELECTRONICS", 10 + i, null,
                    "LICENSE"));
        }
        index.refresh();
        synonymWords = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Analysis.class.getResourceAsStream(Analysis.SYNONYMS_RESOURCE), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String left = l.contains("=>") ? l.substring(0, l.indexOf("=>")) : l;
                for (String w : left.split(",")) {
                    String t = w.strip();
                    if (!t.isEmpty() && t.codePoints().allMatch(Character::isIdeographic)) {
                        synonymWords.add(t);
                    }
                }
            });
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** {@code count} texts of exactly {@code length} characters made of words that have synonyms. */
    static List<String> texts(int count, int length, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            while (s.codePointCount(0, s.length()) < length) {
                s.append(synonymWords.get(random.nextInt(synonymWords.size())));
            }
            texts.add(s.substring(0, s.offsetByCodePoints(0, length)));
        }
        return texts;
    }

    @Test
    void every_text_up_to_the_longest_allowed_is_searched_strict_and_relaxed() {
        assertThat(synonymWords).hasSizeGreaterThan(500);
        List<String> texts = new ArrayList<>(texts(150, SearchRequest.MAX_TEXT, 1));
        texts.addAll(texts(50, 60, 2));
        // the extremes: one character a hundred times, a hundred different characters, Latin words, mixed
        texts.add("糖".repeat(SearchRequest.MAX_TEXT));
        StringBuilder distinct = new StringBuilder();
        IntStream.range(0, SearchRequest.MAX_TEXT).forEach(i -> distinct.appendCodePoint(0x4E00 + i * 37));
        texts.add(distinct.toString());
        texts.add("a1 ".repeat(33) + "b");
        texts.add("Q235钢PLC控制18650电池".repeat(6).substring(0, SearchRequest.MAX_TEXT));
        for (String text : texts) {
            TextQuery.Built built = TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), text);
            assertThat(built.clauses()).as(text).isLessThanOrEqualTo(TextQuery.MAX_CLAUSES);
            assertThatCode(() -> index.search(query(text))).as(text).doesNotThrowAnyException();
        }
        // the budget leaves room for filters within Lucene's limit
        assertThat(TextQuery.MAX_CLAUSES).isLessThan(IndexSearcher.getMaxClauseCount() - 200);
    }

    @Test
    void the_richest_form_within_the_budget_is_taken() {
        List<TextQuery.Form> forms = texts(150, SearchRequest.MAX_TEXT, 1).stream()
                .map(t -> TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), t).form()).toList();
        // these texts all exceed the budget in full: they once failed
        assertThat(texts(150, SearchRequest.MAX_TEXT, 1)).allMatch(
                t -> TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), t, TextQuery.Form.FULL).clauses()
                        > TextQuery.MAX_CLAUSES);
        assertThat(forms).doesNotContain(TextQuery.Form.FULL).contains(TextQuery.Form.APART_BY_WORDS);
        // a few words keep their synonyms and the fields ranked apart
        assertThat(TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), "甘蔗收获机械化").form())
                .isEqualTo(TextQuery.Form.FULL);
        assertThat(texts(100, 30, 3)).allMatch(
                t -> TextQuery.build(Fixtures.ANALYSIS, Fixtures.schema(1), t).form() == TextQuery.Form.FULL);
    }

    @Test
    void a_long_question_still_finds_what_it_is_about() {
        String question = "我们是一家糖厂，想找甘蔗机械化收获的技术，也想把糖厂锅炉的余热利用起来，节能降耗，有没有高校能合作开发";
        SearchPage page = index.search(query(question));
        assertThat(ids(page).isEmpty() ? partialIds(page) : ids(page)).first().isEqualTo("sugar");

    }

    @Test
    void a_filter_value_repeated_thousands_of_times_is_one_filter() {
        List<String> sugar = Collections.nCopies(5000, "SUGAR");
        SearchRequest request = new SearchRequest(null, Map.of("industry", sugar,
                "transferMode", List.copyOf(Fixtures.MODES), "city", List.of("450100", "450200")), List.of(), null,
                null, 20);
        assertThat(ids(index.search(request))).containsExactly("sugar");
        SearchRequest withText = new SearchRequest(texts(1, SearchRequest.MAX_TEXT, 4).get(0),
                Map.of("industry", sugar), List.of(), null, null, 20);
        assertThatCode(() -> index.search(withText)).doesNotThrowAnyException();
    }
}
