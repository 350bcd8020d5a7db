package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** An expert's scores of one bid: every criterion of the method once, 0–100 with at most 2 decimals; a comment. */
public record ScoreRequest(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull CriterionScore> scores,
        @NotBlank @Size(max = 2000) @FreeText String comment) {

    public record CriterionScore(@NotNull @Min(1) @Max(10) Integer criterion,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score) {}
}
