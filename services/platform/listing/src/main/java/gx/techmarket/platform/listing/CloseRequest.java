package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.Size;

/** Why the enterprise closes its demand (optional), e.g. that it solved the problem itself. */
public record CloseRequest(@FreeText @Size(max = 500) String reason) {}
