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
import java.util.UUID;

/**
 * A proposal: 技术攻关类 by an enterprise from its own published demand ({@code demandId}), or 成果转化类 by the holder
 * (a university or an enterprise, anywhere) of a result still offered ({@code resultId}); exactly one of the two. The
 * content is that of {@link ChallengeContent}; {@code title} defaults to the demand's or result's.
 */
public record ProposalRequest(
        UUID demandId,
        UUID resultId,
        @Size(max = 200) @FreeText String title,
        @NotBlank @Size(max = 5000) @FreeText String problem,
        @NotBlank @Size(max = 5000) @FreeText String goals,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMin,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMax,
        @NotNull @Min(1) @Max(120) Integer durationMonths,
        @NotNull Instant deadline) {

    ChallengeContent content(String subjectTitle) {
        return new ChallengeContent(title == null || title.isBlank() ? subjectTitle : title, problem, goals, budgetMin,
                budgetMax, durationMonths, deadline).normalised();
    }
}
