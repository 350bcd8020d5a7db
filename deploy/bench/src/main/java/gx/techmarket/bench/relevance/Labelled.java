package gx.techmarket.bench.relevance;

import java.util.Map;

/**
 * Something scored against graded judgments: a query ({@code kind} = its type: short, synonym, mixed, long, none)
 * or a demand. {@code grades} maps a result id to 0 (not relevant), 1 (marginal), 2 (relevant) or 3 (highly
 * relevant); a result not listed counts as 0.
 */
public record Labelled(String id, String kind, Map<String, Integer> grades) {

    public Labelled {
        grades = Map.copyOf(grades);
    }

    /** The grade of {@code resultId}, 0 when not judged. */
    public int grade(String resultId) {
        return grades.getOrDefault(resultId, 0);
    }

    /** How many results have at least {@code grade}. */
    public long atLeast(int grade) {
        return grades.values().stream().filter(g -> g >= grade).count();
    }
}
