package gx.techmarket.bench.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Today's search of results, in memory: what {@code services/catalogue} does in PostgreSQL. The document's terms
 * are the Lucene {@link CJKAnalyzer} terms of title + " " + summary (Han runs as overlapping bigrams, a lone Han
 * character as itself, Latin words lower-cased, English stop words dropped: {@code ChineseText.lexemes}, stored as
 * {@code to_tsvector('simple', …)}); a query's terms come from the same analyzer and every one of them is required
 * ({@code plainto_tsquery('simple', …)} joins them with AND); a query of only stop words or punctuation finds
 * nothing; the matches come newest first (published_at desc, id desc: {@code ResultRepository.searchPublished}), not
 * by relevance. Keywords are not searched, as today.
 */
public final class BaselineRanker implements Ranker {

    private static final Analyzer ANALYZER = new CJKAnalyzer();

    private record Indexed(ResultDoc doc, Set<String> terms) {}

    private final List<Indexed> docs = new ArrayList<>();

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public void add(List<ResultDoc> results) {
        for (ResultDoc r : results) {
            docs.add(new Indexed(r, new HashSet<>(terms(r.title() + " " + r.summary()))));
        }
        docs.sort(Comparator.comparing((Indexed i) -> i.doc().publishedAt()).reversed()
                .thenComparing(i -> i.doc().id(), Comparator.reverseOrder()));
    }

    @Override
    public List<String> rank(String query, int limit) {
        List<String> wanted = terms(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return docs.stream().filter(i -> i.terms().containsAll(wanted)).limit(limit).map(i -> i.doc().id())
                .toList();
    }

    /** The distinct terms of {@code text}, as {@code ChineseText.terms} makes them. */
    static List<String> terms(String text) {
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
}
