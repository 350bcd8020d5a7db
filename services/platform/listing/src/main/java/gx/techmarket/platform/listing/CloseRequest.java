package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.Size;

/**
 * Why the enterprise closes its demand (optional), e.g. that it solved the problem itself; as long as a rejection
 * reason may be, since it takes the demand off the market as a withdrawal does.
 */
public record CloseRequest(@FreeText @Size(max = 1000) String reason) {}
