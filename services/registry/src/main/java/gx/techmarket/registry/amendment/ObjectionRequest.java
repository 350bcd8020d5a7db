package gx.techmarket.registry.amendment;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 异议: why the registration (or refusal) is wrong, in the objector's words. */
public record ObjectionRequest(@FreeText @NotBlank @Size(max = 2000) String grounds) {}
