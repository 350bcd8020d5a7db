package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A bid as the bidder writes it: price in 元 (at most two decimals, above zero), plan (up to 5,000 characters, the
 * length of every description in the market), duration in months.
 */
public record BidRequest(
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal price,
        @NotBlank @Size(max = 5000) @FreeText String planSummary,
        @NotNull @Min(1) @Max(120) Integer durationMonths) {}
