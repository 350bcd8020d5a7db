package gx.techmarket.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synonym dictionary ({@code synonyms.txt}, Solr format) and its loader. */
class SynonymsTest {

    private static final Analysis STANDARD = Analysis.standard();

    private static List<String> expanded(Analysis analysis, String text) {
        return Analysis.terms(analysis.wordsWithSynonyms(), text);
    }

    private static List<String> words(Analysis analysis, String text) {
        return Analysis.terms(analysis.words(), text);
    }

    @Test
    void a_group_of_equivalents_expands_every_way() {
        Analysis a = Analysis.withSynonyms(new StringReader("# comment\n\n三七, 田七\n"));
        assertThat(expanded(a, "三七")).containsAll(words(a, "田七")).containsAll(words(a, "三七"));
        assertThat(expanded(a, "田七")).containsAll(words(a, "三七")).containsAll(words(a, "田七"));
    }

    @Test
    void an_arrow_line_expands_only_the_left_terms() {
        Analysis a = Analysis.withSynonyms(new StringReader("工程机械 => 工程机械, 装载机, 挖掘机\n"));
        assertThat(expanded(a, "工程机械")).containsAll(words(a, "工程机械")).contains("装载机", "挖掘机");
        assertThat(expanded(a, "装载机")).isEqualTo(words(a, "装载机"));
    }

    @Test
    void terms_are_analysed_like_queries_latin_case_and_full_width_folded() {
        Analysis a = Analysis.withSynonyms(new StringReader("PLC, 可编程控制器\n"));
        assertThat(expanded(a, "plc")).containsAll(words(a, "可编程控制器"));
        assertThat(expanded(a, "ＰＬＣ")).containsAll(words(a, "可编程控制器"));
    }

    @Test
    void a_malformed_line_is_refused_with_its_place() {
        assertThatThrownBy(() -> Analysis.withSynonyms(new StringReader("三七, 田七\n => 田七\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("synonyms: ");
    }

    @Test
    void the_shipped_dictionary_loads_and_every_term_of_it_expands_to_its_group() throws Exception {
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Analysis.class.getResourceAsStream(Analysis.SYNONYMS_RESOURCE), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String data = line.strip();
                if (data.isEmpty() || data.startsWith("#")) {
                    continue;
                }
                lines++;
                String[] sides = data.split("=>");
                String first = sides[0].split(",")[0].strip();
                String last = sides[sides.length - 1].split(",")[sides[sides.length - 1].split(",").length - 1].strip();
                // the first term of a line finds the line's last term (lower-cased, as the analysis does)
                assertThat(expanded(STANDARD, first)).as(line)
                        .containsAll(Analysis.terms(STANDARD.words(), last));
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    @Test
    void groups_stay_narrow_where_words_have_other_senses() {
        // 茶 (tea) must not reach 油茶 (oil-tea camellia); 锡 not 无锡
        assertThat(expanded(STANDARD, "茶")).doesNotContain("油茶");
        assertThat(expanded(STANDARD, "锡")).doesNotContain("无锡");
    }
}
