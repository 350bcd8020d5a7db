package gx.techmarket.platform.problems;

import java.util.Optional;

/**
 * What a client's text may contain. PostgreSQL cannot store NUL, and a lone UTF-16 surrogate becomes "?" on the way
 * to UTF-8: both would change what the client sent, so both are refused. Control characters (Unicode category Cc,
 * and the line and paragraph separators) have no place in a title, a name or a code; free text keeps tab, LF and CR.
 */
public final class TextRules {

    /** Why a text is refused: a stable code, the offending character as U+XXXX and its 1-based position. */
    public record Violation(String code, String character, int position) {}

    private TextRules() {}

    public static Optional<Violation> check(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return violation("NUL_CHARACTER", c, i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return violation("UNPAIRED_SURROGATE", c, i);
            }
            if (Character.isLowSurrogate(c)) {
                return violation("UNPAIRED_SURROGATE", c, i);
            }
            if (Character.getType(c) == Character.CONTROL) {
                if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return violation("CONTROL_CHARACTER", c, i);
            }
            if (!freeText && (c == '\u2028' || c == '\u2029')) {
                return violation("CONTROL_CHARACTER", c, i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> violation(String code, char c, int index) {
        return Optional.of(new Violation(code, String.format("U+%04X", (int) c), index + 1));
    }
}
