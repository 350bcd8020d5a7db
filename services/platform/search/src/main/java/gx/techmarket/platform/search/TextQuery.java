package gx.techmarket.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

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
 *
 * <p>A long text of words with many synonyms gives up the synonyms and grams where they weigh least, so that its
 * query stays within Lucene's clause limit ({@link Form}, ADR 0037).
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
     * ({@code match}: the same documents, no scores, far fewer terms: what facet counting needs), the terms to
     * highlight, the ranking alone, the terms that may let a document into a relaxed search, and the {@link Form} it
     * was built in; {@code query} and {@code match} are null when the text has nothing to search for.
     */
    record Built(Query query, Query match, List<String> highlightTerms, Query ranking, List<Term> relaxTerms,
            Form form) {

        /**
         * The query that lets a document in by any one of the text's uncommon words or bigrams, the documents the
         * text matches strictly ({@code strict}: the few the strict search found, by id; null when it found none)
         * first ({@link #STRICT_FIRST} added to their score), then the rest by the same ranking; null when the text
         * has fewer than two such terms (relaxing would find nothing more). {@code common} says of a term whether it
         * is in so many documents that it cannot let a document in by itself.
         */
        Relaxed relax(Predicate<Term> common, Query strict) {
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
            Query m = any.build();
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            if (strict != null) {
                m = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1).add(m, Occur.SHOULD)
                        .add(strict, Occur.SHOULD).build();
                q.add(new BoostQuery(new ConstantScoreQuery(strict), STRICT_FIRST), Occur.SHOULD);
            }
            return new Relaxed(q.add(m, Occur.FILTER).add(ranking, Occur.SHOULD).build(), m);
        }

        /**
         * The most leaf clauses (Lucene's count: {@link IndexSearcher#getMaxClauseCount()}) its strict query or its
         * relaxed query can have: the match or the relaxing terms with the strict ids (two clauses), and the ranking.
         */
        int clauses() {
            return Math.max(TextQuery.clauses(match), relaxTerms.size() + 2) + TextQuery.clauses(ranking);
        }
    }

    /**
     * How a text's query is built, richest first. {@link #build} takes the first form whose query, strict or relaxed,
     * has at most {@link #MAX_CLAUSES} clauses: a text of a few words is always {@link #FULL}; a long one of words
     * that have many synonyms (clauses multiply: each word and synonym in the match, in the ranking over all fields and
     * again in each field ranked apart) gives up the synonyms and grams of the fields ranked apart, then all synonyms.
     */
    enum Form {
        /** Words with synonyms and grams, in the match, the ranking over all fields and each field ranked apart. */
        FULL,
        /** As {@link #FULL}, but the fields ranked apart (title, keywords) rank by the text's own words alone. */
        APART_BY_WORDS,
        /**
         * The text's own words (no synonyms) and grams, in the match and the ranking over all fields; no field
         * ranked apart. At most {@link SearchRequest#MAX_TEXT} words and as many grams: never more than
         * {@code 4 × MAX_TEXT + 2} clauses, strict or relaxed.
         */
        PLAIN
    }

    /**
     * The most clauses a text's query (strict or relaxed) may have: Lucene refuses a query of more than
     * {@link IndexSearcher#getMaxClauseCount()} (1,024) leaf clauses in all, and the filters (at most 16 clauses a
     * facet once rewritten) and ranges need the rest.
     */
    static final int MAX_CLAUSES = 768;

    /** A relaxed search: its query (scored) and the documents it lets in. */
    record Relaxed(Query query, Query match) {}

    /**
     * What a document matching the text strictly adds to its score in a relaxed search: more than any ranking gives,
     * so that every strict match comes before every partial one.
     */
    static final float STRICT_FIRST = 1000f;

    private TextQuery() {}

    /** The query of {@code text} in the richest {@link Form} within {@link #MAX_CLAUSES}. */
    static Built build(Analysis analysis, SearchSchema schema, String text) {
        Built built = null;
        for (Form form : Form.values()) {
            built = build(analysis, schema, text, form);
            if (built.query() == null || built.clauses() <= MAX_CLAUSES) {
                return built;
            }
        }
        return built;
    }

    static Built build(Analysis analysis, SearchSchema schema, String text, Form form) {
        Analyzer matchWords = form == Form.PLAIN ? analysis.words() : analysis.wordsWithSynonyms();
        QueryBuilder words = new QueryBuilder(matchWords);
        QueryBuilder plainWords = new QueryBuilder(analysis.words());
        int wordCount = Analysis.terms(analysis.words(), text).size();
        Query allWords = wordCount <= 2 ? words.createBooleanQuery(ALL + Analysis.WORDS, text, Occur.MUST)
                : words.createMinShouldMatchQuery(ALL + Analysis.WORDS, text, WORDS_MATCH);
        List<String> grams = Analysis.terms(analysis.queryGrams(), text);
        if (allWords == null && grams.isEmpty()) {
            return new Built(null, null, List.of(), null, List.of(), form);
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
        if (form != Form.PLAIN) {
            for (SearchSchema.TextField field : schema.texts()) {
                if (field.rankedApart()) {
                    rank(ranking, form == Form.FULL ? words : plainWords, field.name(), field.weight() - 1f, text,
                            form == Form.FULL ? grams : List.of());
                }
            }
        }
        Query rankingQuery = ranking.build();
        Query query = new BooleanQuery.Builder().add(match, Occur.FILTER).add(rankingQuery, Occur.SHOULD).build();
        return new Built(query, match, highlightTerms(analysis, text, grams), rankingQuery,
                relaxTerms(matchWords, text, grams), form);
    }

    /** The leaf clauses of {@code query} as Lucene counts them against {@link IndexSearcher#getMaxClauseCount()}. */
    static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * The terms that may let a document into a relaxed search: the text's words of two or more characters and their
     * synonyms (as {@code words} gives them), its Chinese bigrams, and its Latin words and numbers (a lone character only when it is the text).
     */
    private static List<Term> relaxTerms(Analyzer words, String text, List<String> grams) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String w : Analysis.terms(words, text)) {
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
