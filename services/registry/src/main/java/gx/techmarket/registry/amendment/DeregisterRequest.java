package gx.techmarket.registry.amendment;

import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 注销登记: the contract was rescinded (合同解除) or is void (合同无效), with the registrar's explanation. */
public record DeregisterRequest(
        @NotNull DeregistrationReason reason,
        @FreeText @NotBlank @Size(max = 2000) String explanation) {}
