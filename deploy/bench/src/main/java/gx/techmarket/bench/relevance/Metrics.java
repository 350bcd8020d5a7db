package gx.techmarket.bench.relevance;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures of the relevance part, on graded judgments ({@link Labelled}).
 *
 * <ul>
 *   <li>recall@10: relevant (grade ≥ 2) results among the first 10, divided by min(10, number of relevant);</li>
 *   <li>nDCG@10: DCG of the first 10 (gain 2^g − 1, discount log2(rank + 1)) divided by the DCG of the ideal order
 *       of every judged result;</li>
 *   <li>precision@5 (matching): fitting (grade ≥ 2) results among the first 5, divided by min(5, number of
 *       fitting).</li>
 * </ul>
 *
 * Each is undefined (NaN) for a query or demand without any relevant result: those are reported apart, never
 * averaged in. Ids repeated in a ranking count once (the first time).
 */
public final class Metrics {

    /** The grade from which a result counts as relevant (a query) or fitting (a demand). */
    public static final int RELEVANT = 2;

    private Metrics() {}

    public static double recallAt(int k, List<String> ranked, Labelled judged) {
        long relevant = judged.atLeast(RELEVANT);
        if (relevant == 0) {
            return Double.NaN;
        }
        long found = top(k, ranked).stream().filter(id -> judged.grade(id) >= RELEVANT).count();
        return (double) found / Math.min(k, relevant);
    }

    public static double precisionAt(int k, List<String> ranked, Labelled judged) {
        return recallAt(k, ranked, judged); // the same arithmetic: hits in the first k over min(k, |relevant|)
    }

    public static double ndcgAt(int k, List<String> ranked, Labelled judged) {
        if (judged.atLeast(RELEVANT) == 0) {
            return Double.NaN;
        }
        List<String> top = top(k, ranked);
        double dcg = 0;
        for (int i = 0; i < top.size(); i++) {
            dcg += gain(judged.grade(top.get(i))) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judged.grades().values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return dcg / idcg;
    }

    /** The mean of the defined values (NaN when none is). */
    public static double mean(List<Double> values) {
        return values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN);
    }

    private static List<String> top(int k, List<String> ranked) {
        return ranked.stream().distinct().limit(k).toList();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
