package gx.techmarket.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The market's matcher on the tuning demands only (the held-out ones are scored once, by the bench, never here). */
class MarketMatcherTest {

    @Test
    void theMarketsMatchingBeatsBrowsingTheIndustryOnTheTuningDemands() {
        List<ResultDoc> corpus = RelevanceSet.results();
        List<RelevanceSet.Demand> demands = RelevanceSet.demands("tuning");
        MarketMatcher market = new MarketMatcher();
        market.add(corpus);
        BaselineMatcher baseline = new BaselineMatcher();
        baseline.add(corpus);

        double marketPrecision = RelevanceBench.Summary.of(RelevanceBench.scoreDemands(market, demands)).recall();
        double baselinePrecision = RelevanceBench.Summary.of(RelevanceBench.scoreDemands(baseline, demands)).recall();

        assertThat(marketPrecision).isGreaterThanOrEqualTo(0.85).isGreaterThan(baselinePrecision + 0.4);
    }

    @Test
    void theFactsAreWhatTheMatchingServiceKnows() {
        ResultDoc r = RelevanceSet.results().get(0);
        var facts = MarketMatcher.facts(r);

        assertThat(facts.id()).isEqualTo(r.id());
        assertThat(facts.keywords()).isEqualTo(r.keywords());
        assertThat(facts.transferModes()).containsExactlyInAnyOrderElementsOf(r.transferModes());
        assertThat(facts.askingPrice()).isEqualTo(r.askingPrice());
        assertThat(facts.regionCode()).isEqualTo(r.regionCode());
        DemandDoc d = RelevanceSet.demands("tuning").get(0).demand();
        assertThat(MarketMatcher.facts(d).cooperationModes()).containsExactlyInAnyOrderElementsOf(d.cooperationModes());
        assertThat(MarketMatcher.facts(d).budgetMax()).isEqualTo(d.budgetMax());
    }
}
