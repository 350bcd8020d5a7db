package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The registrar's reasons for returning a filing to the seller (退回补正), shown to the parties. */
public record CorrectionRequest(@FreeText @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> reasons) {}
