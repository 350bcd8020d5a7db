package gx.techmarket.bidding.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The published formula of the evaluation (评审办法), plain Java. For the qualified bids of a challenge:
 * <ul>
 * <li><b>price score</b> (低价优先): the lowest qualified price scores 100, any other price
 * {@code 100 × lowest / price}, rounded to 2 decimals HALF_UP;</li>
 * <li><b>criterion score</b>: the mean of the panel experts' scores (0–100) for that criterion, rounded to 2 decimals
 * HALF_UP;</li>
 * <li><b>total</b>: {@code (priceWeight × priceScore + Σ weight_i × criterionScore_i) / 100} from the rounded
 * components above, rounded to 2 decimals HALF_UP (weights are percentages adding up to 100);</li>
 * <li><b>order</b>: the higher total first; a tie goes to the lower price, then to the earlier submission.</li>
 * </ul>
 */
public final class Ranking {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Ranking() {}

    /** A qualified bid as the formula sees it: its price, when it was submitted, and each expert's scores. */
    public record Entry(UUID bidId, BigDecimal price, Instant submittedAt, List<Map<Integer, BigDecimal>> sheets) {}

    /** One ranked bid with every component of its total. {@code rank} from 1. */
    public record Ranked(int rank, UUID bidId, BigDecimal price, BigDecimal priceScore,
            Map<Integer, BigDecimal> criterionScores, BigDecimal total) {}

    /** The price score of {@code price} when {@code lowest} is the lowest qualified price. */
    public static BigDecimal priceScore(BigDecimal lowest, BigDecimal price) {
        return HUNDRED.multiply(lowest).divide(price, 2, RoundingMode.HALF_UP);
    }

    /** The mean of {@code scores}, 2 decimals HALF_UP. */
    public static BigDecimal mean(List<BigDecimal> scores) {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The ranking of {@code entries} (each with at least one sheet holding every criterion of {@code criterionWeights})
     * under a method of {@code priceWeight} and {@code criterionWeights} (criterion number → weight).
     */
    public static List<Ranked> rank(BigDecimal priceWeight, Map<Integer, BigDecimal> criterionWeights,
            List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        BigDecimal lowest = entries.stream().map(Entry::price).min(Comparator.naturalOrder()).orElseThrow();
        record Scored(Entry entry, BigDecimal priceScore, Map<Integer, BigDecimal> criteria, BigDecimal total) {}
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries) {
            BigDecimal priceScore = priceScore(lowest, e.price());
            BigDecimal weighted = priceWeight.multiply(priceScore);
            Map<Integer, BigDecimal> criteria = new LinkedHashMap<>();
            for (Map.Entry<Integer, BigDecimal> c : criterionWeights.entrySet()) {
                BigDecimal score = mean(e.sheets().stream().map(s -> s.get(c.getKey())).toList());
                criteria.put(c.getKey(), score);
                weighted = weighted.add(c.getValue().multiply(score));
            }
            scored.add(new Scored(e, priceScore, criteria, weighted.divide(HUNDRED, 2, RoundingMode.HALF_UP)));
        }
        scored.sort(Comparator.comparing(Scored::total).reversed()
                .thenComparing(s -> s.entry().price())
                .thenComparing(s -> s.entry().submittedAt()));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranking.add(new Ranked(i + 1, s.entry().bidId(), s.entry().price(), s.priceScore(), s.criteria(),
                    s.total()));
        }
        return ranking;
    }
}
