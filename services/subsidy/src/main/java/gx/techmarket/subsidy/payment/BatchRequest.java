package gx.techmarket.subsidy.payment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Gather a batch: the programme and budget year whose unpaid items it pays. */
public record BatchRequest(
        @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String programmeCode,
        @NotNull @Min(2000) @Max(2100) Integer budgetYear) {}
