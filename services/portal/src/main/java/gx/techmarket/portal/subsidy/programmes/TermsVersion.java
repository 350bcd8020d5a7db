package gx.techmarket.portal.subsidy.programmes;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a programme's terms: in force from a day until the next version's, never edited. */
@TemplateData
public record TermsVersion(
        int version,
        LocalDate effectiveFrom,
        boolean inForce,
        BigDecimal rate,
        BigDecimal perContractCap,
        BigDecimal minimumBasis,
        List<String> eligibleCategories,
        String policyClause,
        String grantMode,
        String approval,
        BigDecimal perBeneficiaryYearCap,
        BigDecimal minimumAmount,
        BigDecimal fixedAmount,
        BigDecimal renewalAmount,
        String reason,
        Instant createdAt,
        String createdBy) {

    public TermsVersion {
        eligibleCategories = eligibleCategories == null ? List.of() : eligibleCategories;
    }
}
