package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The operator's reason for returning a proposal or cancelling a challenge (shown to those it concerns). */
public record ReasonRequest(@NotBlank @Size(max = 1000) @FreeText String reason) {}
