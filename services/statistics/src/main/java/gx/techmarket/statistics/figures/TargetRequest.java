package gx.techmarket.statistics.figures;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A target (目标) for a sub-market's year: 技术合同成交额 in 元, and where it comes from.
 *
 * @param amount the target, more than zero, in 元 with at most two decimals
 * @param source the policy document or decision it rests on (optional, up to 500 characters)
 */
public record TargetRequest(
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal amount,
        @Size(max = 500) String source) {}
