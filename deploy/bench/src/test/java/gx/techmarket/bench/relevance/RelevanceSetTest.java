package gx.techmarket.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The labelled sets as the issue and the README describe them: sizes, fields, judgments and the fixed split. */
class RelevanceSetTest {

    private static final Set<String> INDUSTRIES = Set.of("SUGAR", "AUTOMOTIVE", "MACHINERY", "ELECTRONICS",
            "BIOMEDICINE", "NEW_MATERIALS", "METALLURGY", "NONFERROUS_PROCESSING", "ALUMINIUM", "FOOD_PROCESSING",
            "WOOD_PROCESSING", "MODERN_AGRICULTURE");
    private static final Set<String> TYPES = Set.of("short", "synonym", "mixed", "long", "none");

    private final List<ResultDoc> results = RelevanceSet.results();
    private final Set<String> resultIds = results.stream().map(ResultDoc::id).collect(Collectors.toSet());

    @Test
    void theCorpusHasAtLeast320RealisticResultsWithTheCataloguesFields() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(320);
        assertThat(resultIds).hasSameSizeAs(results);
        assertThat(results.stream().map(ResultDoc::title).distinct()).hasSameSizeAs(results);
        for (ResultDoc r : results) {
            assertThat(r.summary().length()).as(r.id()).isBetween(80, 300);
            assertThat(INDUSTRIES).as(r.id()).contains(r.industry());
            assertThat(List.of("RESEARCH", "LAB", "PILOT", "INDUSTRIAL")).contains(r.maturity());
            assertThat(r.trl()).isBetween(1, 9);
            assertThat(r.transferModes()).isNotEmpty()
                    .allMatch(m -> Set.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT").contains(m));
            assertThat(r.priceNegotiable()).as(r.id()).isEqualTo(r.askingPrice() == null);
            if (r.askingPrice() != null) {
                assertThat(r.askingPrice().scale()).isEqualTo(2);
                assertThat(r.askingPrice().signum()).isPositive();
            }
            assertThat(r.patentNumbers()).allMatch(p -> p.matches("ZL([0-9]{8}|[0-9]{12})\\.[0-9X]"))
                    .allMatch(RelevanceSetTest::checkDigitHolds);
            assertThat(r.regionCode()).matches("45[0-9]{4}");
            assertThat(r.keywords()).isNotEmpty();
            assertThat(List.of("UNIVERSITY", "INSTITUTE", "ENTERPRISE")).contains(r.holderKind());
        }
        // every industry of the seeds is there, each with several results
        Map<String, Long> perIndustry = results.stream()
                .collect(Collectors.groupingBy(ResultDoc::industry, Collectors.counting()));
        assertThat(perIndustry.keySet()).isEqualTo(INDUSTRIES);
        assertThat(perIndustry.values()).allMatch(n -> n >= 10);
    }

    @Test
    void theQueriesCoverEveryTypeAndJudgeOnlyResultsOfTheCorpus() {
        List<RelevanceSet.Query> queries = RelevanceSet.queries("all");
        assertThat(queries).hasSizeGreaterThanOrEqualTo(90);
        assertThat(queries.stream().map(RelevanceSet.Query::id).distinct()).hasSameSizeAs(queries);
        assertThat(queries.stream().map(RelevanceSet.Query::text).distinct()).hasSameSizeAs(queries);
        assertThat(queries.stream().map(RelevanceSet.Query::type).collect(Collectors.toSet())).isEqualTo(TYPES);
        for (RelevanceSet.Query q : queries) {
            assertThat(resultIds).as(q.id()).containsAll(q.judgments().keySet());
            boolean anyRelevant = q.judgments().values().stream().anyMatch(g -> g >= Metrics.RELEVANT);
            assertThat(anyRelevant).as(q.id() + " " + q.text()).isEqualTo(!q.type().equals("none"));
        }
        // short means 1 to 4 characters, long 5 or more
        for (RelevanceSet.Query q : queries) {
            int n = q.text().codePointCount(0, q.text().length());
            if (q.type().equals("short")) {
                assertThat(n).as(q.text()).isBetween(1, 4);
            } else if (q.type().equals("long")) {
                assertThat(n).as(q.text()).isGreaterThanOrEqualTo(5);
            }
        }
        // 1- to 4-character queries, one-character ones among them
        assertThat(queries.stream().filter(q -> q.text().codePointCount(0, q.text().length()) == 1)).hasSizeGreaterThan(5);
        assertThat(queries.stream().filter(q -> q.type().equals("mixed"))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(queries.stream().filter(q -> q.type().equals("none"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemandsHaveTheirFieldsAndFittingResults() {
        List<RelevanceSet.Demand> demands = RelevanceSet.demands("all");
        assertThat(demands).hasSizeGreaterThanOrEqualTo(45);
        for (RelevanceSet.Demand d : demands) {
            DemandDoc doc = d.demand();
            assertThat(INDUSTRIES).contains(doc.industry());
            assertThat(doc.budgetMin()).isLessThanOrEqualTo(doc.budgetMax());
            assertThat(doc.budgetMin().scale()).isEqualTo(2);
            assertThat(doc.regionCode()).matches("45[0-9]{4}");
            assertThat(doc.cooperationModes()).isNotEmpty();
            assertThat(doc.problem().length()).isBetween(60, 300);
            assertThat(resultIds).containsAll(d.judgments().keySet());
            assertThat(d.judgments().values()).as(d.id()).anyMatch(g -> g >= Metrics.RELEVANT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {RelevanceSet.HELDOUT2, RelevanceSet.HELDOUT3, RelevanceSet.HELDOUT4})
    void theLaterQuerySetsHaveNewQueriesOfEveryTypeOverTheSameResults(String part) {
        List<RelevanceSet.Query> later = RelevanceSet.queries(part);
        assertThat(later).hasSizeGreaterThanOrEqualTo(40);
        List<RelevanceSet.Query> earlier = new ArrayList<>(RelevanceSet.queries("all"));
        if (part.equals(RelevanceSet.HELDOUT3) || part.equals(RelevanceSet.HELDOUT4)) {
            earlier.addAll(RelevanceSet.queries(RelevanceSet.HELDOUT2));
        }
        if (part.equals(RelevanceSet.HELDOUT4)) {
            earlier.addAll(RelevanceSet.queries(RelevanceSet.HELDOUT3));
        }
        assertThat(ids(later, RelevanceSet.Query::id)).hasSize(later.size())
                .doesNotContainAnyElementsOf(ids(earlier, RelevanceSet.Query::id));
        assertThat(later.stream().map(RelevanceSet.Query::text).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(earlier.stream().map(RelevanceSet.Query::text).toList());
        assertThat(later.stream().map(RelevanceSet.Query::type).collect(Collectors.toSet())).isEqualTo(TYPES);
        for (RelevanceSet.Query q : later) {
            assertThat(resultIds).containsAll(q.judgments().keySet());
            assertThat(q.judgments().values()).allMatch(g -> g >= 0 && g <= 3);
            boolean relevant = q.judgments().values().stream().anyMatch(g -> g >= Metrics.RELEVANT);
            assertThat(relevant).as(q.id()).isEqualTo(!q.type().equals("none"));
        }
        assertThat(RelevanceSet.demands(part)).isEmpty();
    }

    @Test
    void theSplitFilesAreExactlyTheRuleAppliedToTheWholeSets() {
        List<RelevanceSet.Query> all = RelevanceSet.queries("all");
        Set<String> heldOut = Split.heldOut(all, RelevanceSet.Query::id, RelevanceSet.Query::type);
        assertThat(ids(RelevanceSet.queries("heldout"), RelevanceSet.Query::id)).isEqualTo(heldOut);
        Set<String> tuning = ids(RelevanceSet.queries("tuning"), RelevanceSet.Query::id);
        assertThat(tuning).doesNotContainAnyElementsOf(heldOut);
        Set<String> union = new HashSet<>(tuning);
        union.addAll(heldOut);
        assertThat(union).isEqualTo(ids(all, RelevanceSet.Query::id));
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(36);
        // the same lines, not just the same ids
        assertThat(RelevanceSet.queries("heldout")).allMatch(all::contains);
        assertThat(RelevanceSet.queries("tuning")).allMatch(all::contains);
        // every type on both sides
        for (String part : List.of("tuning", "heldout")) {
            assertThat(RelevanceSet.queries(part).stream().map(RelevanceSet.Query::type).collect(Collectors.toSet()))
                    .isEqualTo(TYPES);
        }

        List<RelevanceSet.Demand> demands = RelevanceSet.demands("all");
        Set<String> heldDemands = Split.heldOut(demands, RelevanceSet.Demand::id, d -> "demand");
        assertThat(ids(RelevanceSet.demands("heldout"), RelevanceSet.Demand::id)).isEqualTo(heldDemands);
        assertThat(heldDemands).hasSizeGreaterThanOrEqualTo(18);
        assertThat(RelevanceSet.demands("tuning")).hasSize(demands.size() - heldDemands.size())
                .allMatch(demands::contains).noneMatch(d -> heldDemands.contains(d.id()));
    }

    @Test
    void theSplitRuleHoldsOutTheFirstFortyPercentByHashWithinEachType() {
        record Item(String id, String type) {}
        List<Item> items = List.of(new Item("a", "x"), new Item("b", "x"), new Item("c", "x"), new Item("d", "y"));
        // SHA-256 order of a, b, c: see the hashes below; ceil(0.4 × 3) = 2 of type x, ceil(0.4 × 1) = 1 of type y
        List<String> byHash = List.of("a", "b", "c").stream().sorted((p, q) -> Split.sha256(p).compareTo(Split.sha256(q)))
                .toList();
        assertThat(Split.sha256("a")).isEqualTo("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
        assertThat(Split.heldOut(items, Item::id, Item::type)).containsExactlyInAnyOrder(byHash.get(0), byHash.get(1), "d");
        // independent of the order of the list
        assertThat(Split.heldOut(List.of(items.get(3), items.get(2), items.get(1), items.get(0)), Item::id, Item::type))
                .isEqualTo(Split.heldOut(items, Item::id, Item::type));
    }

    @Test
    void aLineWithAnUnknownOrMissingFieldIsRefused() {
        String good = RelevanceSet.lines("queries.jsonl").get(0);
        assertThat(RelevanceSet.query(good).id()).isEqualTo("q001");
        assertThatThrownBy(() -> RelevanceSet.query(good.replace("\"note\"", "\"notes\"")))
                .hasMessageContaining("unknown field 'notes'");
        assertThatThrownBy(() -> RelevanceSet.query("{\"id\":\"q\",\"query\":\"x\",\"type\":\"short\",\"note\":\"\"}"))
                .hasMessageContaining("missing field 'judgments'");
        assertThatThrownBy(() -> RelevanceSet.query(
                "{\"id\":\"q\",\"query\":\"x\",\"type\":\"short\",\"note\":\"\",\"judgments\":{\"R0001\":4}}"))
                .hasMessageContaining("a grade is 0 to 3");
        assertThatThrownBy(() -> RelevanceSet.queries("everything")).hasMessageContaining("no part");
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    /** The check digit of a CN application number: Σ digit × (2,3,4,5,6,7,8,9,2,3,4,5) mod 11, 10 → X. */
    private static boolean checkDigitHolds(String patent) {
        String digits = patent.substring(2, patent.indexOf('.'));
        if (digits.length() != 12) {
            return true;
        }
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = sum % 11;
        return patent.endsWith("." + (check == 10 ? "X" : String.valueOf(check)));
    }
}
