package gx.techmarket.catalogue.result;

import jakarta.validation.constraints.Size;

/** Why the holder takes a result off the catalogue (optional). */
public record WithdrawRequest(@Size(max = 500) String reason) {}
