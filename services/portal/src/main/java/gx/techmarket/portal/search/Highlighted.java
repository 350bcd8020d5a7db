package gx.techmarket.portal.search;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted text from a service's search, as segments the template escapes itself: the services send HTML-safe
 * text with {@code <em>…</em>} around matches; the portal never inserts that markup as it came, it splits it at the
 * marks, decodes the five entities the services write ({@code &amp; &lt; &gt; &quot; &#39;}) and lets Qute escape
 * every segment again, wrapping the matched ones in {@code <mark>}. Anything else that looks like markup stays
 * visible text, so a service that escaped badly cannot put HTML into the page.
 */
@TemplateData
public record Highlighted(List<Segment> segments) {

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    /** A piece of text, matched by the search or not. */
    @TemplateData
    public record Segment(String text, boolean marked) {}

    /** The highlighted form of {@code html}, or the plain {@code fallback} when the service sent none. */
    public static Highlighted of(String html, String fallback) {
        if (html == null || html.isEmpty()) {
            return plain(fallback);
        }
        List<Segment> segments = new ArrayList<>();
        int pos = 0;
        while (pos < html.length()) {
            int open = html.indexOf(OPEN, pos);
            if (open < 0) {
                add(segments, html.substring(pos), false);
                break;
            }
            int close = html.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                add(segments, html.substring(pos), false);
                break;
            }
            add(segments, html.substring(pos, open), false);
            add(segments, html.substring(open + OPEN.length(), close), true);
            pos = close + CLOSE.length();
        }
        return new Highlighted(List.copyOf(segments));
    }

    /** {@code text} without any mark. */
    public static Highlighted plain(String text) {
        return new Highlighted(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** The first 160 characters of {@code text} (and "…" when it is longer): a hit's text before any highlight. */
    public static String excerpt(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= 160) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 160)) + "…";
    }

    /** The text without its marks (for a title attribute, a test). */
    public String text() {
        StringBuilder s = new StringBuilder();
        segments.forEach(seg -> s.append(seg.text()));
        return s.toString();
    }

    private static void add(List<Segment> segments, String escaped, boolean marked) {
        if (!escaped.isEmpty()) {
            segments.add(new Segment(decode(escaped), marked));
        }
    }

    static String decode(String escaped) {
        if (escaped.indexOf('&') < 0) {
            return escaped;
        }
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
