package gx.techmarket.platform.search.match;

import gx.techmarket.platform.search.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;

/**
 * Matches published demands and results (ADR 0032): both sides in memory, each in its own embedded Lucene index
 * with the search kernel's analysis ({@link Analysis}: smartcn words, CJK unigrams and bigrams, the market's
 * synonyms at query time).
 *
 * <ol>
 *   <li><b>Candidates.</b> The listing's text (a demand's title and problem; a result's title, keywords and summary)
 *       becomes a {@link TermBag}: its salient words and bigrams weighted by tf × idf in the <em>other</em> side's
 *       index, OR-ed; the best {@link #CANDIDATES} of the other side by BM25.</li>
 *   <li><b>Re-ranking.</b> Each candidate's text similarity (0–1) is a weighted sum: the share of the bag's weight
 *       its texts hold ({@link #COVERAGE_SHARE}, full at {@link #FULL_COVERAGE}), the share its title and keywords
 *       hold ({@link #TITLE_SHARE}), its BM25 over the best candidate's ({@link #BM25_SHARE}) and, the other way
 *       round, the share of the candidate's own title bag (idf on its side) that the listing's texts hold
 *       ({@link #REVERSE_SHARE}, full at {@link #FULL_REVERSE}); a candidate holding less than
 *       {@link #MIN_COVERAGE} of the bag is dropped. Then {@link MatchScore}: text × 60 plus industry, maturity against
 *       the cooperation modes, price against the budget, region and transfer mode, 0–100, each with its reason.</li>
 *   <li>Only matches of at least {@link #MIN_SCORE} that share words are suggested, best first.</li>
 * </ol>
 *
 * Thread-safe; one per service instance. {@link #close()} frees the indexes.
 */
public final class ListingMatcher implements AutoCloseable {

    /** Below this score nothing is suggested. */
    public static final int MIN_SCORE = 40;
    /** How many candidates BM25 brings to the re-ranking (at least; four times the limit when that is more). */
    static final int CANDIDATES = 100;
    /** The text similarity's parts (they add up to 1): the bag's weight the candidate's texts hold, … */
    static final double COVERAGE_SHARE = 0.25;
    /** … the bag's weight the candidate's title (and keywords) hold, … */
    static final double TITLE_SHARE = 0.15;
    /** … the candidate's BM25 over the best candidate's, … */
    static final double BM25_SHARE = 0.25;
    /** … and the weight of the candidate's own title bag (idf on its side) the listing's texts hold. */
    static final double REVERSE_SHARE = 0.35;
    /** A candidate whose texts hold less of the bag's weight than this is no match, whatever else fits. */
    static final double MIN_COVERAGE = 0.04;
    /** A coverage from which the text counts as fully shared (the bag holds request words no offer says). */
    static final double FULL_COVERAGE = 0.5;
    /** A reverse coverage from which the candidate's title counts as fully said by the listing. */
    static final double FULL_REVERSE = 0.6;

    private final Analysis analysis;
    private final SideIndex<ResultFacts> results;
    private final SideIndex<DemandFacts> demands;

    public ListingMatcher() {
        this(Analysis.standard());
    }

    /** With other analyses (other synonyms). */
    public ListingMatcher(Analysis analysis) {
        this.analysis = Objects.requireNonNull(analysis);
        this.results = new SideIndex<>(analysis);
        this.demands = new SideIndex<>(analysis);
    }

    /** Adds or replaces a result (upsert by id). */
    public void putResult(ResultFacts r) {
        results.put(r.id(), resultTitle(r), r.summary(), r);
    }

    public void removeResult(String id) {
        results.remove(id);
    }

    /** Adds or replaces a demand (upsert by id). */
    public void putDemand(DemandFacts d) {
        demands.put(d.id(), d.title(), d.problem(), d);
    }

    public void removeDemand(String id) {
        demands.remove(id);
    }

    /** The results that fit {@code demand} best, best first, at most {@code limit}, each of at least MIN_SCORE. */
    public List<Match> resultsFor(DemandFacts demand, int limit) {
        return match(results, demand.title(), demand.problem(), limit,
                (r, text) -> MatchScore.of(r.facts().id(), text.similarity(), text.terms(), demand, r.facts()));
    }

    /** The demands that fit {@code result} best, best first, at most {@code limit}, each of at least MIN_SCORE. */
    public List<Match> demandsFor(ResultFacts result, int limit) {
        return match(demands, resultTitle(result), result.summary(), limit,
                (d, text) -> MatchScore.of(d.facts().id(), text.similarity(), text.terms(), d.facts(), result));
    }

    public int resultCount() {
        return results.size();
    }

    public int demandCount() {
        return demands.size();
    }

    @Override
    public void close() {
        results.close();
        demands.close();
    }

    /** A result's title for matching: its title and its keywords (both say what it is about). */
    private static String resultTitle(ResultFacts r) {
        return r.keywords().isEmpty() ? r.title() : r.title() + "\n" + String.join(" ", r.keywords());
    }

    /** A candidate's text similarity (0–1) and the words it shares with the bag, longer words first, heaviest first. */
    record Text(double similarity, List<String> terms) {}

    private <F> List<Match> match(SideIndex<F> side, String title, String rest, int limit,
            BiFunction<SideIndex.Entry<F>, Text, Match> score) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " below 1");
        }
        IndexSearcher searcher = side.acquire();
        try {
            TermBag bag = TermBag.of(analysis, title, rest, searcher.getIndexReader());
            if (bag.isEmpty()) {
                return List.of();
            }
            List<SideIndex.Hit<F>> hits = side.search(searcher, bag.query(), Math.max(CANDIDATES, 4 * limit));
            if (hits.isEmpty()) {
                return List.of();
            }
            Terms own = Terms.of(analysis, title + "\n" + rest);
            float best = hits.get(0).score();
            TermVectors vectors = SideIndex.vectors(searcher);
            List<Scored> scored = new ArrayList<>();
            for (SideIndex.Hit<F> hit : hits) {
                Text text = text(bag, own, hit, best, searcher, vectors);
                if (text.terms().isEmpty()) {
                    continue;
                }
                Match m = score.apply(hit.entry(), text);
                if (m.score() >= MIN_SCORE) {
                    scored.add(new Scored(m, text.similarity()));
                }
            }
            return scored.stream()
                    .sorted(Comparator.comparingInt((Scored s) -> s.match().score()).reversed()
                            .thenComparing(Comparator.comparingDouble(Scored::text).reversed())
                            .thenComparing(s -> s.match().id()))
                    .limit(limit).map(Scored::match).toList();
        } finally {
            side.release(searcher);
        }
    }

    private record Scored(Match match, double text) {}

    /**
     * The candidate's text similarity (0–1; none below {@link #MIN_COVERAGE}) and the words it shares with the bag:
     * {@code own} are the terms of the listing matched, {@code searcher} the candidates' side (for the idf of the
     * candidate's own title bag).
     */
    private <F> Text text(TermBag bag, Terms own, SideIndex.Hit<F> hit, float best, IndexSearcher searcher,
            TermVectors vectors) {
        TermSet all = SideIndex.terms(vectors, hit.doc(), SideIndex.ALL);
        double coverage = bag.coverage(all);
        if (coverage < MIN_COVERAGE) {
            return new Text(0, List.of());
        }
        TermBag theirs = TermBag.of(hit.entry().title(), searcher.getIndexReader());
        TermSet title = SideIndex.terms(vectors, hit.doc(), SideIndex.TITLE);
        double similarity = COVERAGE_SHARE * Math.min(1, coverage / FULL_COVERAGE)
                + TITLE_SHARE * Math.min(1, bag.coverage(title) / FULL_COVERAGE)
                + BM25_SHARE * (best > 0 ? hit.score() / best : 0)
                + REVERSE_SHARE * Math.min(1, theirs.coverage(own) / FULL_REVERSE);
        List<TermBag.Weighted> shared = bag.shared(all);
        List<String> words = new ArrayList<>();
        shared.stream().filter(w -> w.kind() == Terms.Kind.WORD && w.term().codePointCount(0, w.term().length()) > 1)
                .forEach(w -> words.add(w.term()));
        shared.stream().filter(w -> w.kind() == Terms.Kind.WORD && w.term().codePointCount(0, w.term().length()) == 1)
                .forEach(w -> words.add(w.term()));
        return new Text(similarity, words.isEmpty() ? shared.stream().map(TermBag.Weighted::term).toList() : words);
    }
}
