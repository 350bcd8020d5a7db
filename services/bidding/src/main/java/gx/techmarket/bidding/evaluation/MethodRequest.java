package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * 评审办法 as set by the challenge's proposer or operator: the price weight and 1–10 quality criteria, weights in
 * percent (> 0, at most 2 decimals) adding up to 100.
 */
public record MethodRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 2) BigDecimal priceWeight,
        @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull CriterionRequest> criteria) {

    /** A quality criterion: names in Chinese and English, weight in percent. */
    public record CriterionRequest(
            @NotBlank @Size(max = 100) @FreeText String nameZh,
            @NotBlank @Size(max = 100) @FreeText String nameEn,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
            @Digits(integer = 3, fraction = 2) BigDecimal weight) {}
}
