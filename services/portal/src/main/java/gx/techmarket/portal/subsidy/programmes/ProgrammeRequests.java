package gx.techmarket.portal.subsidy.programmes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the portal sends to the subsidy service's programme administration (amounts and rates as decimal text). */
final class ProgrammeRequests {

    private ProgrammeRequests() {}

    /** A programme's terms (its rule's settings), as one version. */
    record Terms(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perContractCap,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumBasis,
            List<String> eligibleCategories,
            String policyClause,
            String grantMode,
            String approval,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perBeneficiaryYearCap,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal renewalAmount) {}

    /** Opens a programme for a budget year with its terms and initial budget. */
    record Open(String code, int budgetYear, String rule, String name, String nameEn, String subMarket,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget, Terms terms) {}

    /** A new version of the terms, in force from a day (today or later). */
    record NewVersion(LocalDate effectiveFrom, String reason, Terms terms) {}

    /** A top-up of the budget (追加预算). */
    record TopUp(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String reason) {}
}
