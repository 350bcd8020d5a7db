package gx.techmarket.bidding.agreement;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The winner's report of a milestone: what was achieved and delivered (documents: not yet). */
public record MilestoneReport(@NotBlank @Size(max = 5000) @FreeText String summary) {}
