package gx.techmarket.demand.listing;

import jakarta.validation.constraints.Size;

/** Why the enterprise closes its demand (optional), e.g. that it solved the problem itself. */
public record CloseRequest(@Size(max = 500) String reason) {}
