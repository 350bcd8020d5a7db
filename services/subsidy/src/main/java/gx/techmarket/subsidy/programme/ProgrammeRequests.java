package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What admins send to run programmes (ADR 0025). Amounts are 元 with at most two decimals, never negative; rates a
 * fraction with at most six decimals, never above the policy limit of 0.50 (the service answers
 * {@code RATE_ABOVE_POLICY_LIMIT}, so the limit has its own code rather than a generic validation failure).
 */
public final class ProgrammeRequests {

    private ProgrammeRequests() {}

    /** A programme's terms, as one version: everything its rule needs, the rule itself excepted. */
    public record Terms(
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 1, fraction = 6) BigDecimal rate,
            @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal perContractCap,
            @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal minimumBasis,
            @NotNull @Size(max = 5) List<@NotNull ContractCategory> eligibleCategories,
            @FreeText @NotBlank @Size(max = 1000) String policyClause,
            @NotNull GrantMode grantMode,
            @NotNull ApprovalMode approval,
            @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal perBeneficiaryYearCap,
            @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal minimumAmount,
            @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal fixedAmount,
            @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal renewalAmount) {}

    /** Opens a programme for a budget year with its first terms (version 1) and its initial budget. */
    public record Open(
            @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String code,
            @Min(2000) @Max(2100) int budgetYear,
            @NotNull RuleKind rule,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull @Pattern(regexp = "45[0-9]{4}") String subMarket,
            @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal budget,
            @NotNull @Valid Terms terms) {}

    /** A new version of the terms, in force from {@code effectiveFrom} (today or later, China time). */
    public record NewVersion(
            @NotNull LocalDate effectiveFrom,
            @FreeText @NotBlank @Size(max = 500) String reason,
            @NotNull @Valid Terms terms) {}

    /** A top-up of the programme-year's budget (追加预算): Dr APPROPRIATION, Cr BUDGET. */
    public record TopUp(
            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal amount,
            @FreeText @Size(max = 500) String reason) {}
}
