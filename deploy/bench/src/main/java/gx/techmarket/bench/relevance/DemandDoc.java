package gx.techmarket.bench.relevance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 技术需求 of the matching set ({@code relevance/demands.jsonl}) with the fields a published demand has: what a
 * {@link Matcher} matches against the corpus of results. Budgets in 元.
 */
public record DemandDoc(String id, String title, String problem, String industry, BigDecimal budgetMin,
        BigDecimal budgetMax, String regionCode, List<String> cooperationModes) {

    public DemandDoc {
        cooperationModes = cooperationModes == null ? List.of() : List.copyOf(cooperationModes);
    }
}
