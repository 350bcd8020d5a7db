package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.registry.review.OpinionConclusion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A drawn expert's opinion on a contract under review: its conclusion and its reasoning. */
public record OpinionRequest(@NotNull OpinionConclusion conclusion, @FreeText @NotBlank @Size(max = 2000) String opinion) {}
