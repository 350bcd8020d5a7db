package gx.techmarket.demand.listing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The operator's reason for sending a submission back (shown to the enterprise). */
public record RejectRequest(@NotBlank @Size(max = 1000) String reason) {}
