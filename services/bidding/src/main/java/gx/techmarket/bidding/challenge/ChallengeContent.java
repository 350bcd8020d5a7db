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
import java.time.Instant;

/**
 * What a proposed 技术攻关类 challenge states, as its proposer writes (and rewrites) it: title, 技术难题, 攻关目标, the
 * budget range in 元 (at most two decimals, minimum not above maximum), the duration in months and the deadline for
 * bids (RFC 3339, ahead).
 */
public record ChallengeContent(
        @NotBlank @Size(max = 200) @FreeText String title,
        @NotBlank @Size(max = 5000) @FreeText String problem,
        @NotBlank @Size(max = 5000) @FreeText String goals,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMin,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMax,
        @NotNull @Min(1) @Max(120) Integer durationMonths,
        @NotNull Instant deadline) {

    /** The content as stored: texts stripped, amounts with fen, the deadline to the microsecond. */
    ChallengeContent normalised() {
        return new ChallengeContent(title.strip(), problem.strip(), goals.strip(), Money.fen(budgetMin),
                Money.fen(budgetMax), durationMonths, deadline.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
