package gx.techmarket.directory.organisation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an admin suspends an organisation, revokes a qualification or closes a registration point (≤500). */
public record ReasonRequest(@NotBlank @Size(max = 500) @FreeText String reason) {}
