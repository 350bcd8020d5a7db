package gx.techmarket.registry.contract;

import gx.techmarket.registry.review.ReviewReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Sends a contract to expert review: why (LARGE: 技术交易额 at or above the threshold; DISPUTED), the industry field
 * (the directory's code, e.g. SUGAR) the experts are drawn from, how many (3–7, default 5) and, to reproduce a draw,
 * its seed.
 */
public record StartReviewRequest(
        @NotNull ReviewReason reason,
        @NotNull @Pattern(regexp = "(?=.{1,64}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String field,
        @Min(3) @Max(7) Integer size,
        @Min(0) @Max(9_007_199_254_740_991L) Long seed) {

    int sizeOrDefault() {
        return size == null ? 5 : size;
    }
}
