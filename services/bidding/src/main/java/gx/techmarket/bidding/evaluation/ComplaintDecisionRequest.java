package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The operator's decision on a complaint: accept (受理), reject (不予受理), satisfy (成立), dismiss (不成立); reasons. */
public record ComplaintDecisionRequest(@NotNull @Pattern(regexp = "accept|reject|satisfy|dismiss") String action,
        @NotBlank @Size(max = 2000) @FreeText String reason) {}
