package gx.techmarket.subsidy.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme in one year as operators see it: the terms in force today (which version, since when), its sub-market
 * and state, where its budget stands and what the caller may do to it now ({@code terms}, {@code budget},
 * {@code close}, {@code copy}; ADR 0025).
 */
public record ProgrammeView(
        String code,
        int budgetYear,
        RuleKind rule,
        String name,
        String nameEn,
        @Schema(description = "The region of the sub-market that runs it and whose organisations it serves: 450000 "
                + "the province, 451000 百色 …")
        String subMarket,
        @Schema(description = "OPEN, or CLOSED: nothing registered after closedAt is assessed under it")
        String status,
        Instant closedAt,
        @Schema(description = "The version of the terms in force today (the first one before its year starts)")
        int version,
        LocalDate effectiveFrom,
        String policyClause,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perContractCap,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumBasis,
        List<String> eligibleCategories,
        GrantMode grantMode,
        ApprovalMode approval,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perBeneficiaryYearCap,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal renewalAmount,
        @Schema(description = "Allocated so far (initial budget and top-ups)")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
        @Schema(description = "Taken from the budget: granted, and vouchers issued")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal granted,
        @Schema(description = "Paid out of the programme-year (拨付)")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remaining,
        List<String> actions) {

    static ProgrammeView of(Programme p, TermsVersion shown, BigDecimal remaining, BigDecimal paid,
            List<String> actions) {
        ProgrammeTerms t = shown.terms(p.rule, p.subMarket);
        return new ProgrammeView(p.code, p.budgetYear, p.rule, p.nameZh, p.nameEn, p.subMarket, p.status, p.closedAt,
                shown.version, shown.effectiveFrom, t.policyClause(), t.rate(), t.perContractCap(), t.minimumBasis(),
                t.eligibleCategories().stream().map(Enum::name).sorted().toList(), t.grantMode(), t.approval(),
                t.perBeneficiaryYearCap(), t.minimumAmount(), t.fixedAmount(), t.renewalAmount(), p.budget,
                p.budget.subtract(remaining), paid, remaining, actions);
    }
}
