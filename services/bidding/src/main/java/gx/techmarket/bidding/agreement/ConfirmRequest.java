package gx.techmarket.bidding.agreement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A party's confirmation of the terms it read: the revision it saw (a newer one is 409 {@code AGREEMENT_REVISED}). */
public record ConfirmRequest(@NotNull @Min(1) Integer revision) {}
