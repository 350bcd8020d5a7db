package gx.techmarket.subsidy.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a programme-year's terms: in force from its day until the next version's, never edited. */
public record TermsVersionView(
        int version,
        LocalDate effectiveFrom,
        @Schema(description = "Whether this is the version in force today in China time")
        boolean inForce,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perContractCap,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumBasis,
        List<String> eligibleCategories,
        String policyClause,
        GrantMode grantMode,
        ApprovalMode approval,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perBeneficiaryYearCap,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal renewalAmount,
        @Schema(description = "Why the terms changed (none for version 1)")
        String reason,
        Instant createdAt,
        String createdBy) {

    static TermsVersionView of(TermsVersion v, boolean inForce) {
        return new TermsVersionView(v.version, v.effectiveFrom, inForce,
                v.rate == null ? null : ProgrammeTerms.normalRate(v.rate), v.perContractCap, v.minimumBasis,
                List.copyOf(v.eligibleCategories), v.policyClause, v.grantMode, v.approval, v.perBeneficiaryYearCap,
                v.minimumAmount, v.fixedAmount, v.renewalAmount, v.reason, v.createdAt, v.createdBy);
    }
}
