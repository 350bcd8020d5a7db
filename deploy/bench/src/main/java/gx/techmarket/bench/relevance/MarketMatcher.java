package gx.techmarket.bench.relevance;

import gx.techmarket.platform.search.match.DemandFacts;
import gx.techmarket.platform.search.match.ListingMatcher;
import gx.techmarket.platform.search.match.Match;
import gx.techmarket.platform.search.match.ResultFacts;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The market's matching (ADR 0032): the platform's {@link ListingMatcher} as the matching service runs it, every
 * result of the corpus put in, each demand matched to its best results (only those of at least
 * {@link ListingMatcher#MIN_SCORE}).
 */
public final class MarketMatcher implements Matcher {

    private final ListingMatcher matcher = new ListingMatcher();

    @Override
    public String name() {
        return "market";
    }

    @Override
    public void add(List<ResultDoc> results) {
        results.forEach(r -> matcher.putResult(facts(r)));
    }

    @Override
    public List<String> match(DemandDoc demand, int limit) {
        return matcher.resultsFor(facts(demand), limit).stream().map(Match::id).toList();
    }

    /** What the matching service knows of a published result. */
    static ResultFacts facts(ResultDoc r) {
        return new ResultFacts(r.id(), r.title(), r.summary(), r.keywords(), r.industry(), r.maturity(), r.trl(),
                new LinkedHashSet<>(r.transferModes()), r.askingPrice(), r.priceNegotiable(), r.regionCode());
    }

    /** What the matching service knows of a published demand. */
    static DemandFacts facts(DemandDoc d) {
        return new DemandFacts(d.id(), d.title(), d.problem(), d.industry(), d.budgetMin(), d.budgetMax(),
                d.regionCode(), new LinkedHashSet<>(d.cooperationModes()));
    }
}
