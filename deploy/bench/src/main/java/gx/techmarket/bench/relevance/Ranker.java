package gx.techmarket.bench.relevance;

import java.util.List;

/**
 * A search engine under test: it is given the corpus once, then ranks queries. The baseline is
 * {@link BaselineRanker}; the new engine is wired in beside it.
 */
public interface Ranker {

    /** A short name for the report. */
    String name();

    /** Indexes the corpus (called once, before any {@link #rank}). */
    void add(List<ResultDoc> results);

    /** The ids of the best results for {@code query}, best first, at most {@code limit}. */
    List<String> rank(String query, int limit);
}
