package gx.techmarket.registry.amendment;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.registry.contract.ContractObjection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The registering point's decision on an 异议, with its explanation (shown to the parties). */
public record ResolveObjectionRequest(
        @NotNull ContractObjection.Outcome outcome,
        @FreeText @NotBlank @Size(max = 2000) String explanation) {}
