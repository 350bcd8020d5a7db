package gx.techmarket.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Chinese (and mixed) text into search terms with Lucene's CJK analyzer: runs of Han characters become
 * overlapping bigrams (芒果干 → 芒果, 果干), Latin words are lower-cased, stop words dropped. A two-character word
 * such as 芒果, 赤泥 or 制糖 is then a single term, and a longer query matches text that contains it as a phrase of
 * bigrams. Full ranking, synonyms and facets come with the search issue (and OpenSearch on a cluster).
 */
public final class ChineseText {

    private static final Analyzer ANALYZER = new CJKAnalyzer();

    private ChineseText() {}

    /** The distinct terms of {@code text}, in order of first appearance. */
    public static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    /**
     * The terms joined by spaces, ready for PostgreSQL's {@code to_tsvector('simple', …)} /
     * {@code plainto_tsquery('simple', …)}, which take each space-separated word as one lexeme.
     */
    public static String lexemes(String text) {
        return String.join(" ", terms(text));
    }
}
