package gx.techmarket.bench.relevance;

import java.util.List;

/** A matching of demands to results under test: given the corpus once, then the results that fit a demand. */
public interface Matcher {

    /** A short name for the report. */
    String name();

    /** Indexes the corpus (called once, before any {@link #match}). */
    void add(List<ResultDoc> results);

    /** The ids of the results that fit {@code demand} best, best first, at most {@code limit}. */
    List<String> match(DemandDoc demand, int limit);
}
