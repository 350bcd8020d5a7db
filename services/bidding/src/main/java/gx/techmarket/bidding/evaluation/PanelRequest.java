package gx.techmarket.bidding.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** 抽取专家: an odd number of experts, 3 to 9; {@code seed} makes the directory's draw reproducible. */
public record PanelRequest(@NotNull @Min(3) @Max(9) Integer size,
        @Min(0) @Max(9_007_199_254_740_991L) Long seed) {}
