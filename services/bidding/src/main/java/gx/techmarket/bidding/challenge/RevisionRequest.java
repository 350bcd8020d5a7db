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
 * The operator's edit of a published challenge: the whole new content (what is left out is cleared: goals, budget
 * and duration are optional as on a challenge made from a demand) and the reason for the change.
 */
public record RevisionRequest(
        @NotBlank @Size(max = 200) @FreeText String title,
        @NotBlank @Size(max = 5000) @FreeText String problem,
        @Size(max = 5000) @FreeText String goals,
        @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2) BigDecimal budgetMin,
        @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2) BigDecimal budgetMax,
        @Min(1) @Max(120) Integer durationMonths,
        @NotNull Instant deadline,
        @NotBlank @Size(max = 1000) @FreeText String reason) {

    ChallengeSnapshot content() {
        return new ChallengeSnapshot(title.strip(), problem.strip(),
                goals == null || goals.isBlank() ? null : goals.strip(), Money.fen(budgetMin), Money.fen(budgetMax),
                durationMonths, deadline.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
