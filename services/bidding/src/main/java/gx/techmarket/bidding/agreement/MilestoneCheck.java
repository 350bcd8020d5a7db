package gx.techmarket.bidding.agreement;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The experts' check opinion on a reported milestone, as the operator records it. */
public record MilestoneCheck(@NotBlank @Size(max = 5000) @FreeText String opinion) {}
