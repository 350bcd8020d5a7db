package gx.techmarket.subsidy.payment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A repayment (退回) of a receivable to the programme's bank account: the amount in 元 (positive, fen precision, at
 * most what is outstanding and not set aside for a batch), the day the bank received it, and its reference.
 */
public record RepaymentRequest(
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal amount,
        @NotNull LocalDate repaidOn,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]+") String reference) {}
