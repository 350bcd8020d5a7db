package gx.techmarket.subsidy.voucher;

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
 * A redemption as the provider files it: the 合同登记编号 of the registered technical contract between the provider
 * (seller) and the holder (buyer), and the payment evidence of the service fee (付款凭证): the fee paid in 元 (fen
 * precision, above zero), the day it was paid and the payment's reference (bank slip number).
 */
public record RedemptionRequest(
        @NotNull @Pattern(regexp = "[0-9]{14}|[0-9]{16}") String registrationNumber,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal fee,
        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 100) String paymentReference) {}
