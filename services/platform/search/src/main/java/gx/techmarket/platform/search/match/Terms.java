package gx.techmarket.platform.search.match;

import gx.techmarket.platform.search.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of a text, as the index has them: its words (smartcn, no synonyms) and its grams (Chinese unigrams and
 * bigrams, Latin words and numbers whole).
 */
record Terms(Set<String> words, Set<String> grams) implements TermSet {

    Terms {
        words = Set.copyOf(words);
        grams = Set.copyOf(grams);
    }

    static Terms of(Analysis analysis, String text) {
        return new Terms(counts(analysis.words(), text).keySet(), counts(analysis.grams(), text).keySet());
    }

    @Override
    public boolean has(Kind kind, String term) {
        return kind == Kind.WORD ? words.contains(term) : grams.contains(term);
    }

    /** A word (words analysis) or a gram (grams analysis). */
    enum Kind { WORD, GRAM }

    /** Each term {@code analyzer} makes of {@code text} with how often it occurs, in order of first appearance. */
    static Map<String, Integer> counts(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
