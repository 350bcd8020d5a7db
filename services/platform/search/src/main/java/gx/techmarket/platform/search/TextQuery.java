package gx.techmarket.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene query of a user's text. The text is analysed, never parsed: {@code title:* OR "} and
 * {@code '; drop table} are words like any other.
 *
 * <p>A document matches when it has <em>every word</em> of a text of one or two words, or {@link #WORDS_MATCH} of
 * the words of a longer one (words analysis with synonyms; a word may be in any text field), <em>or</em> at least
 * {@link #GRAMS_MATCH} of the text's Chinese grams and every Latin word or number of it (grams analysis). A query's
 * grams are its bigrams, and a character only where it stands alone ({@link Analysis#queryGrams()}): the index
 * holds every unigram, but asking for the unigrams of a long query walked the posting lists of characters that are
 * in most documents (ADR 0035). So 制糖 finds 糖厂 (synonym), 甘蔗收获 finds 甘蔗 … 收获 although the bigram 蔗收 occurs
 * nowhere (its words, or 2 of its 3 bigrams), and 锰 finds 锰 inside any word. Ranking is BM25 over the words (with synonyms) and grams (at {@link #GRAMS_WEIGHT}
 * of the words' weight) of all text fields together at weight 1, plus, for each field of a weight above 1 (title,
 * keywords), the same over that field alone at its weight minus 1: a title match counts its field's weight in all,
 * a summary match 1. Fields of weight 1 are analysed once per analysis (into {@code _all} only), which keeps
 * indexing of long summaries cheap.
 */
final class TextQuery {

    /** The fields every text field's words and grams are also indexed in (a match may span fields). */
    static final String ALL = "_all";
    /**
     * The share of a longer text's words (three or more) a document needs (rounded down: 2 of 3, 2 of 4, 3 of 5):
     * 赤泥综合利用 finds a result on 赤泥 利用 that does not say 综合; one or two words are all needed.
     */
    static final float WORDS_MATCH = 0.67f;
    /** The share of the text's grams a document needs to match by grams alone (rounded down, at least one). */
    static final double GRAMS_MATCH = 0.75;
    /** The weight of a field's grams clause relative to its words clause. */
    static final float GRAMS_WEIGHT = 0.5f;

    /**
     * The query (which documents match, and their scores), the part of it that decides which documents match
     * ({@code match}: the same documents, no scores, far fewer terms: what facet counting needs), and the terms to
     * highlight; {@code query} and {@code match} are null when the text has nothing to search for.
     */
    record Built(Query query, Query match, List<String> highlightTerms, Query ranking, List<Term> relaxTerms) {

        /**
         * The query that lets a document in by any one of the text's uncommon words or bigrams, the documents of
         * {@link #match} first ({@link #STRICT_FIRST} added to their score), then the rest by the same ranking; null
         * when the text has fewer than two such terms (relaxing would find nothing more). {@code common} says of a
         * term whether it is in so many documents that it cannot let a document in by itself.
         */
        Relaxed relax(Predicate<Term> common) {
            if (relaxTerms.stream().map(Term::text).distinct().count() < 2) {
                return null;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            int kept = 0;
            for (Term t : relaxTerms) {
                if (!common.test(t)) {
                    any.add(new TermQuery(t), Occur.SHOULD);
                    kept++;
                }
            }
            if (kept == 0) {
                return null;
            }
            BooleanQuery.Builder relaxedMatch = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                    .add(any.build(), Occur.SHOULD).add(match, Occur.SHOULD);
            Query m = relaxedMatch.build();
            Query q = new BooleanQuery.Builder().add(m, Occur.FILTER)
                    .add(new BoostQuery(new ConstantScoreQuery(match), STRICT_FIRST), Occur.SHOULD)
                    .add(ranking, Occur.SHOULD).build();
            return new Relaxed(q, m);
        }
    }

    /** A relaxed search: its query (scored) and the documents it lets in. */
    record Relaxed(Query query, Query match) {}

    /**
     * What a document matching the text strictly adds to its score in a relaxed search: more than any ranking gives,
     * so that every strict match comes before every partial one.
     */
    static final float STRICT_FIRST = 1000f;

    private TextQuery() {}

    static Built build(Analysis analysis, SearchSchema schema, String text) {
        QueryBuilder words = new QueryBuilder(analysis.wordsWithSynonyms());
        int wordCount = Analysis.terms(analysis.words(), text).size();
        Query allWords = wordCount <= 2 ? words.createBooleanQuery(ALL + Analysis.WORDS, text, Occur.MUST)
                : words.createMinShouldMatchQuery(ALL + Analysis.WORDS, text, WORDS_MATCH);
        List<String> grams = Analysis.terms(analysis.queryGrams(), text);
        if (allWords == null && grams.isEmpty()) {
            return new Built(null, null, List.of(), null, List.of());
        }
        BooleanQuery.Builder required = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (allWords != null) {
            required.add(allWords, Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            required.add(requiredGrams(ALL + Analysis.GRAMS, grams), Occur.SHOULD);
        }
        Query match = required.build();
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        rank(ranking, words, ALL, 1f, text, grams);
        for (SearchSchema.TextField field : schema.texts()) {
            if (field.rankedApart()) {
                rank(ranking, words, field.name(), field.weight() - 1f, text, grams);
            }
        }
        Query rankingQuery = ranking.build();
        Query query = new BooleanQuery.Builder().add(match, Occur.FILTER).add(rankingQuery, Occur.SHOULD).build();
        return new Built(query, match, highlightTerms(analysis, text, grams), rankingQuery,
                relaxTerms(analysis, text, grams));
    }

    /**
     * The terms that may let a document into a relaxed search: the text's words of two or more characters and their
     * synonyms, its Chinese bigrams, and its Latin words and numbers (a lone character only when it is the text).
     */
    private static List<Term> relaxTerms(Analysis analysis, String text, List<String> grams) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String w : Analysis.terms(analysis.wordsWithSynonyms(), text)) {
            if (w.codePointCount(0, w.length()) >= 2) {
                terms.add(new Term(ALL + Analysis.WORDS, w));
            }
        }
        for (String g : grams) {
            if (g.codePointCount(0, g.length()) >= 2 || !cjk(g)) {
                terms.add(new Term(ALL + Analysis.GRAMS, g));
            }
        }
        return List.copyOf(terms);
    }

    /**
     * At least {@link #GRAMS_MATCH} of the Chinese (CJK) grams, and every other term: a model number, a Latin word or
     * a number in the text (Q235, 18650, PLC) is never optional.
     */
    private static Query requiredGrams(String field, List<String> grams) {
        List<String> cjk = grams.stream().filter(TextQuery::cjk).toList();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        grams.stream().filter(g -> !cjk(g))
                .forEach(g -> b.add(new TermQuery(new Term(field, g)), Occur.MUST));
        if (!cjk.isEmpty()) {
            b.add(grams(field, cjk, required(cjk.size())), Occur.MUST);
        }
        return b.build();
    }

    /**
     * How many of a text's {@code grams} Chinese grams a document needs: {@link #GRAMS_MATCH} of them rounded down,
     * at least one (1 of 1 or 2, 2 of 3, 3 of 4 or 5, 4 of 6).
     */
    static int required(int grams) {
        return Math.max(1, (int) Math.floor(grams * GRAMS_MATCH));
    }

    private static boolean cjk(String term) {
        Character.UnicodeScript script = Character.UnicodeScript.of(term.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void rank(BooleanQuery.Builder query, QueryBuilder words, String field, float weight, String text,
            List<String> grams) {
        Query fieldWords = words.createBooleanQuery(field + Analysis.WORDS, text, Occur.SHOULD);
        if (fieldWords != null) {
            query.add(new BoostQuery(fieldWords, weight), Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            query.add(new BoostQuery(grams(field + Analysis.GRAMS, grams, 0), weight * GRAMS_WEIGHT), Occur.SHOULD);
        }
    }

    private static Query grams(String field, List<String> grams, int minimumShouldMatch) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimumShouldMatch);
        grams.forEach(g -> b.add(new TermQuery(new Term(field, g)), Occur.SHOULD));
        return b.build();
    }

    /**
     * What the highlighter marks: the text's words and their synonyms of two or more characters, its bigrams, and a
     * single character only where it stands alone in the text (锰; not the 甘 of 甘蔗).
     */
    private static List<String> highlightTerms(Analysis analysis, String text, List<String> grams) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> bigrams = new ArrayList<>();
        for (String g : grams) {
            if (g.codePointCount(0, g.length()) >= 2) {
                bigrams.add(g);
            }
        }
        for (String w : Analysis.terms(analysis.wordsWithSynonyms(), text)) {
            if (w.codePointCount(0, w.length()) >= 2 || grams.contains(w) && isolated(w, bigrams)) {
                terms.add(w);
            }
        }
        terms.addAll(bigrams);
        for (String g : grams) {
            if (g.codePointCount(0, g.length()) == 1 && isolated(g, bigrams)) {
                terms.add(g);
            }
        }
        return List.copyOf(terms);
    }

    private static boolean isolated(String unigram, List<String> bigrams) {
        return bigrams.stream().noneMatch(b -> b.contains(unigram));
    }
}
