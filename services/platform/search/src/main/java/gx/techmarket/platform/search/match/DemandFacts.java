package gx.techmarket.platform.search.match;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What the matcher knows of a published demand (技术需求). Budgets in 元 (either may be null: no budget given);
 * cooperation modes as the contracts' {@code CooperationMode} names.
 *
 * @param regionCode the demander's GB/T 2260 code (6 digits), or null
 */
public record DemandFacts(String id, String title, String problem, String industry, BigDecimal budgetMin,
        BigDecimal budgetMax, String regionCode, Set<String> cooperationModes /* CooperationMode names */) {

    public DemandFacts {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        problem = problem == null ? "" : problem;
        cooperationModes = cooperationModes == null ? Set.of() : Set.copyOf(cooperationModes);
    }
}
