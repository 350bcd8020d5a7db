package gx.techmarket.subsidy.claim;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new claim (a draft): on a CLAIMABLE entitlement ({@code entitlementId}: payments for a contract's, none for a
 * qualification's), or on an R&D expense programme's year ({@code programmeCode}, {@code budgetYear} and
 * {@code expenses}). Amounts in 元, more than zero, two decimals at most.
 */
public record ClaimRequest(
        @Schema(description = "The CLAIMABLE entitlement claimed on (contract or qualification programmes)")
        UUID entitlementId,
        @Schema(description = "An R&D expense programme (with budgetYear), when the claim is on a programme-year")
        @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String programmeCode,
        @Min(2000) @Max(2100) Integer budgetYear,
        @Size(max = 100) List<@NotNull @Valid PaymentInput> payments,
        @Size(max = 10) List<@NotNull @Valid ExpenseInput> expenses,
        @FreeText @Size(max = 1000) String note) {

    /** 付款凭证: one payment of the contract's 技术交易额. */
    public record PaymentInput(
            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal amount,
            @NotNull LocalDate paidOn,
            @Schema(description = "The payer's USCC when it is not the beneficiary (optional)")
            @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}") String payerUscc,
            @Schema(description = "合同登记编号 of the contract paid: must be the entitlement's")
            @NotNull @Pattern(regexp = "([0-9]{2}|[0-9]{4})45[0-9]{10}") String registrationNumber,
            @Schema(description = "The bank's or the voucher's reference of the payment")
            @NotBlank @Size(max = 100) String reference) {}

    /** 研发费用: the R&D expense of one year. */
    public record ExpenseInput(
            @NotNull @Min(2000) @Max(2100) Integer expenseYear,
            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal amount,
            @NotBlank @Size(max = 500) String description) {}
}
