package gx.techmarket.platform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks the query's terms in a stored text and makes it safe to put into HTML as it is: every character of the text
 * is escaped ({@code & < > " '}), and the only markup is {@code <em>…</em>} around matches (adjacent and overlapping
 * matches become one). Long texts are cut to a passage of {@link #PASSAGE} characters around the first match,
 * with … where cut.
 *
 * <p>Why not Lucene's UnifiedHighlighter: a query here has terms of two analyses on different fields (words with
 * synonyms, and grams), and a match of 甘蔗收获 should read as one marked phrase, not as seven overlapping grams; marking
 * the query's words, synonyms and bigrams in the stored text by plain string matching (case-insensitive) gives
 * that, in one small class.
 */
final class Highlighter {

    /** The longest passage of a highlighted text (characters). */
    static final int PASSAGE = 160;
    /** How many characters of context come before the first match in a cut passage. */
    static final int LEAD = 30;

    private Highlighter() {}

    static String highlight(String text, List<String> terms) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == text.length();
        List<int[]> spans = new ArrayList<>();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            String needle = sameLength ? term.toLowerCase(Locale.ROOT) : term;
            String hay = sameLength ? lower : text;
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                spans.add(new int[] {at, at + needle.length()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        int from = 0;
        int to = text.length();
        if (text.length() > PASSAGE) {
            int first = merged.isEmpty() ? 0 : merged.get(0)[0];
            from = boundary(text, Math.max(0, first - LEAD));
            to = boundary(text, Math.min(text.length(), from + PASSAGE));
            if (to - from < PASSAGE && to == text.length()) {
                from = boundary(text, Math.max(0, to - PASSAGE));
            }
        }
        StringBuilder out = new StringBuilder(to - from + 32);
        if (from > 0) {
            out.append('…');
        }
        int pos = from;
        for (int[] s : merged) {
            int start = Math.max(s[0], from);
            int end = Math.min(s[1], to);
            if (start >= end || start < pos) {
                continue;
            }
            escape(text, pos, start, out);
            out.append("<em>");
            escape(text, start, end, out);
            out.append("</em>");
            pos = end;
        }
        escape(text, pos, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** {@code i} moved back off the second half of a surrogate pair. */
    private static int boundary(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1))) {
            return i - 1;
        }
        return i;
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
