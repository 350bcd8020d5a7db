package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.Size;

/** Why the holder takes a result off the catalogue (optional). */
public record WithdrawRequest(@FreeText @Size(max = 500) String reason) {}
