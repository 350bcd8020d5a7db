package gx.techmarket.registry.filing;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 核定: the non-technical items and the technology carriers as the registrar recognises them (replacing the filed
 * ones; the filed ones stay readable), and why.
 */
public record AssessRequest(
        @NotNull @Size(max = 50) List<FilingRequest.@NotNull @Valid Item> nonTechnicalItems,
        @Size(max = 20) List<FilingRequest.@NotNull @Valid Carrier> carriers,
        @NotBlank @Size(max = 2000) @FreeText String reason) {

    public List<FilingRequest.Carrier> carrierList() {
        return carriers == null ? List.of() : carriers;
    }
}
