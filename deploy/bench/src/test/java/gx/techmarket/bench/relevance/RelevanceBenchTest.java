package gx.techmarket.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.bench.report.Report;
import gx.techmarket.bench.report.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceBenchTest {

    /** Ranks by the judgments themselves: the best possible engine. */
    private static final class Oracle implements Ranker, Matcher {
        private final Map<String, Map<String, Integer>> grades;

        Oracle(Map<String, Map<String, Integer>> grades) {
            this.grades = grades;
        }

        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public void add(List<ResultDoc> results) {}

        @Override
        public List<String> rank(String query, int limit) {
            return grades.getOrDefault(query, Map.of()).entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(Map.Entry::getKey).toList();
        }

        @Override
        public List<String> match(DemandDoc demand, int limit) {
            return rank(demand.id(), limit);
        }
    }

    @Test
    void theJudgmentsRankedInOrderScoreOneAndQueriesWithoutRelevantResultsAreCountedApart() {
        List<RelevanceSet.Query> queries = RelevanceSet.queries("tuning");
        Oracle oracle = new Oracle(queries.stream()
                .collect(java.util.stream.Collectors.toMap(RelevanceSet.Query::text, RelevanceSet.Query::judgments)));
        List<RelevanceBench.Score> scores = RelevanceBench.scoreQueries(oracle, queries);
        RelevanceBench.Summary summary = RelevanceBench.Summary.of(scores);
        assertThat(summary.recall()).isEqualTo(1.0);
        assertThat(summary.ndcg()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        long none = queries.stream().filter(q -> q.type().equals("none")).count();
        assertThat(summary.withoutRelevant()).isEqualTo((int) none);
        assertThat(summary.judgeable()).isEqualTo(queries.size() - (int) none);

        List<RelevanceSet.Demand> demands = RelevanceSet.demands("tuning");
        Oracle matcher = new Oracle(demands.stream()
                .collect(java.util.stream.Collectors.toMap(RelevanceSet.Demand::id, RelevanceSet.Demand::judgments)));
        assertThat(RelevanceBench.Summary.of(RelevanceBench.scoreDemands(matcher, demands)).recall()).isEqualTo(1.0);
    }

    @Test
    void anEngineThatFindsNothingScoresZeroOnEveryJudgeableQuery() {
        Ranker nothing = new Ranker() {
            @Override
            public String name() {
                return "nothing";
            }

            @Override
            public void add(List<ResultDoc> results) {}

            @Override
            public List<String> rank(String query, int limit) {
                return List.of();
            }
        };
        RelevanceBench.Summary s = RelevanceBench.Summary.of(RelevanceBench.scoreQueries(nothing,
                RelevanceSet.queries("tuning")));
        assertThat(s.recall()).isZero();
        assertThat(s.ndcg()).isZero();
        assertThat(s.withoutRelevantAnswered()).isZero();
    }

    @Test
    void queryLengthsAreGroupedByCharacters() {
        assertThat(RelevanceBench.length("锰")).isEqualTo("1 character");
        assertThat(RelevanceBench.length("5G")).isEqualTo("2 characters");
        assertThat(RelevanceBench.length("甘蔗收获")).isEqualTo("4 characters");
        assertThat(RelevanceBench.length("甘蔗收获机械化")).isEqualTo("5+ characters");
    }

    @Test
    void thePartReportsTheBaselineOnTheSplitAskedForAndNeverSingleHeldOutQueries() {
        Report report = new Report("test", "test");
        Section section = report.section("relevance", "Relevance");
        assertThat(RelevanceBench.run("heldout", section)).isZero();
        var heldout = section.json().path("search").elements().next().path("heldout");
        assertThat(heldout.path("queries").asInt()).isEqualTo(RelevanceSet.queries("heldout").size());
        assertThat(heldout.path("recallAt10").asDouble()).isBetween(0.0, 1.0);
        assertThat(section.json().path("search").elements().next().has("tuning")).isFalse();
        String md = report.markdown(null);
        assertThat(md).contains("mean recall@10").contains("mean precision@5").doesNotContain("weakest");

        Section both = new Report("t2", "t2").section("relevance", "Relevance");
        RelevanceBench.run("both", both);
        var baseline = both.json().path("search").elements().next();
        assertThat(baseline.has("tuning")).isTrue();
        assertThat(baseline.has("heldout")).isTrue();
        assertThat(baseline.path("tuning").path("byType").has("synonym")).isTrue();
        assertThat(baseline.path("tuning").path("perQuery").size()).isEqualTo(RelevanceSet.queries("tuning").size());
        assertThat(baseline.path("heldout").has("perQuery")).isFalse();
        assertThat(baseline.path("tuning").path("queries").asInt()).isEqualTo(RelevanceSet.queries("tuning").size());
    }
}
