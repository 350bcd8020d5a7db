package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void shouldAcceptChineseTextWithEmojiAndFullWidthPunctuation() {
        assertThat(TextRules.check("甘蔗制糖：高温合金（第 2 代）😀", false)).isEmpty();
    }

    @Test
    void shouldRefuseNulAndUnpairedSurrogatesEvenInFreeText() {
        assertThat(TextRules.check("a\u0000b", true)).contains(new TextRules.Violation("NUL_CHARACTER", "U+0000", 2));
        assertThat(TextRules.check("x\uD800y", true))
                .contains(new TextRules.Violation("UNPAIRED_SURROGATE", "U+D800", 2));
        assertThat(TextRules.check("\uDE00\uD83D", true))
                .contains(new TextRules.Violation("UNPAIRED_SURROGATE", "U+DE00", 1));
        assertThat(TextRules.check("ok\uD83D", true))
                .contains(new TextRules.Violation("UNPAIRED_SURROGATE", "U+D83D", 3));
    }

    @Test
    void shouldKeepTabAndLineBreaksToFreeText() {
        assertThat(TextRules.check("a\tb\r\nc\u2028", true)).isEmpty();
        for (String line : new String[] {"a\tb", "a\nb", "a\rb", "a\u2028b", "a\u2029b"}) {
            assertThat(TextRules.check(line, false)).map(TextRules.Violation::code)
                    .isEqualTo(Optional.of("CONTROL_CHARACTER"));
        }
    }

    @Test
    void shouldRefuseEveryOtherControlCharacterEverywhere() {
        for (char c : new char[] {1, 7, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f}) {
            assertThat(TextRules.check("a" + c, true)).as("U+%04X", (int) c)
                    .contains(new TextRules.Violation("CONTROL_CHARACTER", String.format("U+%04X", (int) c), 2));
        }
    }
}
