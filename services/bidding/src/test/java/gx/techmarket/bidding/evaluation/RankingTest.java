package gx.techmarket.bidding.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The published formula of the evaluation, without Quarkus. */
class RankingTest {

    static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

    static Map<Integer, BigDecimal> weights(String... w) {
        Map<Integer, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            m.put(i + 1, new BigDecimal(w[i]));
        }
        return m;
    }

    static Map<Integer, BigDecimal> sheet(String... scores) {
        return weights(scores);
    }

    static Ranking.Entry entry(String price, Instant at, List<Map<Integer, BigDecimal>> sheets) {
        return new Ranking.Entry(UUID.randomUUID(), new BigDecimal(price), at, sheets);
    }

    @Test
    void theLowestPriceScoresAHundredAndOthersInProportionRoundedHalfUp() {
        assertThat(Ranking.priceScore(new BigDecimal("3500000.50"), new BigDecimal("3500000.50")))
                .isEqualByComparingTo("100.00");
        // 100 × 3,500,000.50 / 3,800,000.00 = 92.1052763… → 92.11
        assertThat(Ranking.priceScore(new BigDecimal("3500000.50"), new BigDecimal("3800000.00")))
                .isEqualTo(new BigDecimal("92.11"));
        // 100 × 2 / 3 = 66.666… → 66.67
        assertThat(Ranking.priceScore(new BigDecimal("2.00"), new BigDecimal("3.00"))).isEqualTo(new BigDecimal("66.67"));
        // half up (not half even) at the third decimal: 100 × 2469 / 20000 = 12.345 → 12.35
        assertThat(Ranking.priceScore(new BigDecimal("2469.00"), new BigDecimal("20000.00")))
                .isEqualTo(new BigDecimal("12.35"));
    }

    @Test
    void criterionScoresAreTheExpertsMeanAndTheTotalIsTheWeightedSumOverAHundred() {
        Ranking.Entry cheap = entry("3500000.50", T0, List.of(sheet("70", "80"), sheet("75", "80"), sheet("70.5", "81")));
        Ranking.Entry good = entry("3800000.00", T0.plusSeconds(60),
                List.of(sheet("95", "90"), sheet("90", "88"), sheet("92", "91")));
        List<Ranking.Ranked> ranking = Ranking.rank(new BigDecimal("40"), weights("40", "20"), List.of(cheap, good));

        // good: price 92.11; plan mean (95+90+92)/3 = 92.333… → 92.33; team (90+88+91)/3 = 89.666… → 89.67
        // total (40 × 92.11 + 40 × 92.33 + 20 × 89.67) / 100 = (3684.40 + 3693.20 + 1793.40) / 100 = 91.71
        assertThat(ranking.get(0).bidId()).isEqualTo(good.bidId());
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(0).priceScore()).isEqualTo(new BigDecimal("92.11"));
        assertThat(ranking.get(0).criterionScores()).containsEntry(1, new BigDecimal("92.33"))
                .containsEntry(2, new BigDecimal("89.67"));
        assertThat(ranking.get(0).total()).isEqualTo(new BigDecimal("91.71"));
        // cheap: price 100; plan (70+75+70.5)/3 = 71.833… → 71.83; team (80+80+81)/3 = 80.333… → 80.33
        // total (4000 + 2873.20 + 1606.60) / 100 = 84.798 → 84.80
        assertThat(ranking.get(1).priceScore()).isEqualTo(new BigDecimal("100.00"));
        assertThat(ranking.get(1).total()).isEqualTo(new BigDecimal("84.80"));
        assertThat(ranking.get(1).rank()).isEqualTo(2);
    }

    @Test
    void aTieGoesToTheLowerPriceThenToTheEarlierSubmission() {
        // a price weight of 0.01 keeps the totals apart by less than rounding: both round to the same total
        Ranking.Entry later = entry("100.00", T0.plusSeconds(10), List.of(sheet("80")));
        Ranking.Entry earlier = entry("100.00", T0, List.of(sheet("80")));
        Ranking.Entry dearer = entry("100.01", T0.minusSeconds(10), List.of(sheet("80")));
        List<Ranking.Ranked> ranking = Ranking.rank(new BigDecimal("0.01"), weights("99.99"),
                List.of(later, dearer, earlier));
        assertThat(ranking).extracting(Ranking.Ranked::total).containsOnly(new BigDecimal("80.00"));
        assertThat(ranking).extracting(Ranking.Ranked::bidId)
                .containsExactly(earlier.bidId(), later.bidId(), dearer.bidId());
    }

    @Test
    void nothingToRankIsAnEmptyRanking() {
        assertThat(Ranking.rank(new BigDecimal("50"), weights("50"), List.of())).isEmpty();
    }
}
