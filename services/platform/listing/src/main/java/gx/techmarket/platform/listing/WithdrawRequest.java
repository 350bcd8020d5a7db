package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.Size;

/**
 * Why the holder takes a result off the catalogue (optional). At most 500 characters, not the 1,000 of a rejection:
 * the reason travels in {@code ResultWithdrawn}, whose contract holds 500.
 */
public record WithdrawRequest(@FreeText @Size(max = 500) String reason) {}
