package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonProperty;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What 预审 reads: the contract's words, and whatever the filer knows already of its type, amounts and seller. */
public record PrecheckRequest(
        @NotBlank @Size(max = 500) String subject,
        @NotBlank @Size(max = 5000) @FreeText String description,
        @Schema(description = "The contract's main clauses, pasted (multi-line)")
        @Size(max = 20000) @FreeText String clauses,
        ContractType contractType,
        @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal totalContractAmount,
        @Size(max = 50) List<FilingRequest.@NotNull @Valid Item> nonTechnicalItems,
        LocalDate signedOn,
        @Schema(description = "The seller's kind; defaults to the caller's organisation's")
        OrgKind sellerKind,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal inventorRewardShare,
        @Schema(description = "true for a technology import (its checklist adds the import registration)")
        @JsonProperty("import") Boolean technologyImport) {

    /** Whether a technology import is checked. */
    public boolean imported() {
        return Boolean.TRUE.equals(technologyImport);
    }
}
