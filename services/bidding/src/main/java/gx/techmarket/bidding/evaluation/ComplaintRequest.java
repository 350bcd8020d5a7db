package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 质疑: what about (the qualification of the caller's bid, or the ranking) and on what grounds. */
public record ComplaintRequest(@NotNull ComplaintSubject subject,
        @NotBlank @Size(max = 5000) @FreeText String grounds) {}
