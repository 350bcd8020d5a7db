package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The operator's reason for sending a submission back (shown to the listing's owner). */
public record RejectRequest(@FreeText @NotBlank @Size(max = 1000) String reason) {}
