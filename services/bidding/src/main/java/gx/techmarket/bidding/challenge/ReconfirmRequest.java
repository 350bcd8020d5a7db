package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * 重新确认 of an invalidated bid on the challenge's current version (the version the bidder read, as its view's
 * {@code version}), with a revised price, plan or duration where given; what is not given stays as it was.
 */
public record ReconfirmRequest(
        @NotNull @Min(0) Long challengeVersion,
        @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal price,
        @Size(min = 1, max = 5000) @Pattern(regexp = "(?s).*\\S.*") @FreeText String planSummary,
        @Min(1) @Max(120) Integer durationMonths) {}
