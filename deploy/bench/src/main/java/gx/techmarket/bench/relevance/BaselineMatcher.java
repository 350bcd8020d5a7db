package gx.techmarket.bench.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an enterprise can do today to find results for its demand, since the market computes no matches: browse
 * the published results of the demand's industry ({@code GET /public/results?industry=…}), newest first, and take
 * the first ones. The floor any matching must beat.
 */
public final class BaselineMatcher implements Matcher {

    private final List<ResultDoc> newestFirst = new ArrayList<>();

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public void add(List<ResultDoc> results) {
        newestFirst.addAll(results);
        newestFirst.sort(Comparator.comparing(ResultDoc::publishedAt).reversed()
                .thenComparing(ResultDoc::id, Comparator.reverseOrder()));
    }

    @Override
    public List<String> match(DemandDoc demand, int limit) {
        return newestFirst.stream().filter(r -> r.industry().equals(demand.industry())).limit(limit)
                .map(ResultDoc::id).toList();
    }
}
