package gx.techmarket.subsidy.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/** A programme in one year as operators see it: its settings, where its budget stands and what they may do to it. */
public record ProgrammeView(
        String code,
        int budgetYear,
        RuleKind rule,
        String name,
        String nameEn,
        String policyClause,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perContractCap,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumBasis,
        List<String> eligibleCategories,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal granted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remaining,
        List<String> actions) {

    /**
     * What any caller may do to a programme through the API: nothing. Programmes are opened and topped up by the
     * service's own code (the seed, {@code Budgets.open}, {@code Budgets.allocate}); no endpoint offers either yet.
     */
    static final List<String> NO_ACTIONS = List.of();

    static ProgrammeView of(Programme p, BigDecimal remaining) {
        ProgrammeTerms t = p.terms();
        return new ProgrammeView(p.code, p.budgetYear, p.rule, p.nameZh, p.nameEn, p.policyClause, t.rate(),
                p.perContractCap, p.minimumBasis, List.copyOf(p.eligibleCategories), p.budget,
                p.budget.subtract(remaining), remaining, NO_ACTIONS);
    }
}
