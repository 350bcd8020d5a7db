package gx.techmarket.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final Labelled JUDGED = new Labelled("q", "short",
            Map.of("a", 3, "b", 2, "c", 1, "d", 0, "e", 2));

    @Test
    void recallCountsGradeTwoAndAboveOverTheSmallerOfTenAndTheRelevant() {
        // relevant: a, b, e (3); found in the first 10: a and e
        assertThat(Metrics.recallAt(10, List.of("x", "a", "c", "e", "d"), JUDGED)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recallAt(10, List.of("e", "b", "a"), JUDGED)).isEqualTo(1.0);
        assertThat(Metrics.recallAt(10, List.of(), JUDGED)).isZero();
        // a relevant result at rank 11 does not count
        List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a");
        assertThat(Metrics.recallAt(10, eleven, JUDGED)).isZero();
    }

    @Test
    void recallWithMoreThanTenRelevantIsOverTen() {
        Map<String, Integer> many = new java.util.HashMap<>();
        for (int i = 0; i < 15; i++) {
            many.put("r" + i, 2);
        }
        Labelled judged = new Labelled("q", "short", many);
        List<String> ten = List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "x", "y");
        assertThat(Metrics.recallAt(10, ten, judged)).isEqualTo(0.8);
    }

    @Test
    void ndcgIsTheDcgOfTheFirstTenOverTheIdealDcg() {
        // ranking c, a: DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 7/1.5849625 = 5.4165
        // ideal 3,2,2,1,0: 7/1 + 3/1.5849625 + 3/2 + 1/log2(5) = 7 + 1.8928 + 1.5 + 0.4307 = 10.8235
        double dcg = 1 + 7 / (Math.log(3) / Math.log(2));
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 3 / 2.0 + 1 / (Math.log(5) / Math.log(2));
        assertThat(Metrics.ndcgAt(10, List.of("c", "a"), JUDGED)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(Metrics.ndcgAt(10, List.of("c", "a"), JUDGED)).isCloseTo(0.50044, within(1e-4));
        assertThat(Metrics.ndcgAt(10, List.of("a", "b", "e", "c", "d"), JUDGED)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcgAt(10, List.of("d", "x"), JUDGED)).isZero();
    }

    @Test
    void aRepeatedIdCountsOnce() {
        assertThat(Metrics.ndcgAt(10, List.of("a", "a", "a"), JUDGED))
                .isEqualTo(Metrics.ndcgAt(10, List.of("a"), JUDGED));
        assertThat(Metrics.recallAt(10, List.of("a", "a", "a"), JUDGED)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void precisionAtFiveCountsFittingOverTheSmallerOfFiveAndTheFitting() {
        // fitting: a, b, e (3): two of them in the first 5 → 2/3
        assertThat(Metrics.precisionAt(5, List.of("a", "x", "c", "b", "d", "e"), JUDGED))
                .isCloseTo(2.0 / 3, within(1e-12));
        Map<String, Integer> seven = Map.of("1", 2, "2", 2, "3", 3, "4", 2, "5", 2, "6", 2, "7", 2);
        Labelled judged = new Labelled("d", "demand", seven);
        assertThat(Metrics.precisionAt(5, List.of("1", "x", "3", "y", "5"), judged)).isEqualTo(0.6);
    }

    @Test
    void withoutRelevantResultsTheMeasuresAreUndefinedAndLeftOutOfTheMean() {
        Labelled none = new Labelled("q", "none", Map.of("a", 1, "b", 0));
        assertThat(Metrics.recallAt(10, List.of("a"), none)).isNaN();
        assertThat(Metrics.ndcgAt(10, List.of("a"), none)).isNaN();
        assertThat(Metrics.precisionAt(5, List.of("a"), none)).isNaN();
        assertThat(Metrics.mean(List.of(1.0, Double.NaN, 0.5))).isEqualTo(0.75);
        assertThat(Metrics.mean(List.of(Double.NaN))).isNaN();
    }
}
