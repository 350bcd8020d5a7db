package gx.techmarket.subsidy.voucher;

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

/**
 * A round of vouchers as the admin opens it: on a VOUCHER programme's budget for {@code year}; each voucher worth
 * {@code faceValue} 元 (fen precision, above zero), paying {@code feeShare} of the fee (at most 0.50, the policy
 * limit) up to its face value; applications from {@code applyFrom} to {@code applyTo}, redemptions until
 * {@code expiresOn} (China dates); for holders of {@code eligibleQualification} (TECH_SME, 科技型中小企业).
 */
public record RoundRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String programme,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal faceValue,
        @NotNull VoucherMode mode,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("0.50") @Digits(integer = 1, fraction = 6)
        BigDecimal feeShare,
        @NotNull LocalDate applyFrom,
        @NotNull LocalDate applyTo,
        @NotNull LocalDate expiresOn,
        @NotNull @Pattern(regexp = "TECH_SME") String eligibleQualification) {}
