package gx.techmarket.bidding.agreement;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a milestone is sent back, or why a project is terminated. */
public record ReasonRequest(@NotBlank @Size(max = 1000) @FreeText String reason) {}
