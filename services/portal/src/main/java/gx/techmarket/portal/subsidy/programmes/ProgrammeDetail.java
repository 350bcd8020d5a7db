package gx.techmarket.portal.subsidy.programmes;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme of one budget year as the subsidy service answers it to an admin: the terms in force today (their
 * version and since when), its sub-market and state, where its budget stands (allocated, granted, paid, remaining)
 * and what the admin may do to it now ({@code terms}, {@code budget}, {@code close}, {@code copy}).
 */
@TemplateData
public record ProgrammeDetail(
        String code,
        int budgetYear,
        String rule,
        String name,
        String nameEn,
        String subMarket,
        String status,
        Instant closedAt,
        int version,
        LocalDate effectiveFrom,
        String policyClause,
        BigDecimal rate,
        BigDecimal perContractCap,
        BigDecimal minimumBasis,
        List<String> eligibleCategories,
        String grantMode,
        String approval,
        BigDecimal perBeneficiaryYearCap,
        BigDecimal minimumAmount,
        BigDecimal fixedAmount,
        BigDecimal renewalAmount,
        BigDecimal budget,
        BigDecimal granted,
        BigDecimal paid,
        BigDecimal remaining,
        List<String> actions) implements Actionable {

    public ProgrammeDetail {
        eligibleCategories = eligibleCategories == null ? List.of() : eligibleCategories;
        actions = actions == null ? List.of() : actions;
    }
}
