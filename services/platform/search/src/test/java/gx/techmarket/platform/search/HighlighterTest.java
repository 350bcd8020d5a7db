package gx.techmarket.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlights are HTML-safe: the text escaped, only <em> added. */
class HighlighterTest {

    @Test
    void markup_in_the_text_is_escaped_and_only_em_is_added() {
        String text = "<script>alert('x&y')</script> \"锰\"矿 <em>假</em>";
        assertThat(Highlighter.highlight(text, List.of("锰")))
                .isEqualTo("&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; &quot;<em>锰</em>&quot;矿 "
                        + "&lt;em&gt;假&lt;/em&gt;");
        assertThat(Highlighter.highlight("a<b", List.of("<"))).isEqualTo("a<em>&lt;</em>b");
    }

    @Test
    void overlapping_and_adjacent_matches_are_one_mark_and_case_is_ignored() {
        assertThat(Highlighter.highlight("甘蔗收获机", List.of("甘蔗", "蔗收", "收获"))).isEqualTo("<em>甘蔗收获</em>机");
        assertThat(Highlighter.highlight("基于PLC的控制", List.of("plc"))).isEqualTo("基于<em>PLC</em>的控制");
    }

    @Test
    void a_long_text_is_cut_around_the_first_match() {
        String text = "前".repeat(300) + "锰" + "后".repeat(300);
        String h = Highlighter.highlight(text, List.of("锰"));
        assertThat(h).startsWith("…").endsWith("…").contains("<em>锰</em>");
        assertThat(h.replace("<em>", "").replace("</em>", "")).hasSize(Highlighter.PASSAGE + 2);
        assertThat(Highlighter.highlight("短文本", List.of())).isEqualTo("短文本");
    }
}
