package gx.techmarket.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.search.Highlighted.Segment;
import org.junit.jupiter.api.Test;

class HighlightedTest {

    @Test
    void shouldSplitAtTheMarksAndDecodeTheServicesEntities() {
        Highlighted h = Highlighted.of("以<em>赤泥</em>为原料 &lt;b&gt; &amp;amp; <em>免烧砖</em>", "x");

        assertThat(h.segments()).containsExactly(new Segment("以", false), new Segment("赤泥", true),
                new Segment("为原料 <b> &amp; ", false), new Segment("免烧砖", true));
        assertThat(h.text()).isEqualTo("以赤泥为原料 <b> &amp; 免烧砖");
    }

    @Test
    void shouldKeepAnUnclosedMarkAsText() {
        assertThat(Highlighted.of("a<em>b", "x").segments()).containsExactly(new Segment("a<em>b", false));
    }

    @Test
    void shouldFallBackToThePlainTextWhenNothingIsHighlighted() {
        assertThat(Highlighted.of(null, "芒果干").segments()).containsExactly(new Segment("芒果干", false));
        assertThat(Highlighted.of("", null).segments()).isEmpty();
    }
}
