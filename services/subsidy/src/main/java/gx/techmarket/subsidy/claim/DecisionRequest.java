package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a claim is returned (退回) or rejected (不予支持): shown to the claimant and announced. */
public record DecisionRequest(@FreeText @NotBlank @Size(max = 1000) String reason) {}
