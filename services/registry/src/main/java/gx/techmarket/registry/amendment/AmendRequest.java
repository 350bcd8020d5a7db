package gx.techmarket.registry.amendment;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.security.UsccCode;
import gx.techmarket.registry.contract.SubmitRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 变更登记: what changes (any of the amounts, the non-technical items, the buyer; an absent one stays as registered)
 * and why. The 技术交易额 is derived again from the total and the items.
 */
public record AmendRequest(
        @Schema(description = "The amended 成交总额 in 元; absent: unchanged")
        @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal totalContractAmount,
        @Schema(description = "The amended non-technical items, replacing the registered ones ([] for none); absent: "
                + "unchanged")
        @Size(max = 50) List<SubmitRequest.@NotNull @Valid Item> nonTechnicalItems,
        @Schema(description = "The new buyer, by its USCC, as the directory has it; absent: unchanged")
        @Valid Buyer buyer,
        @FreeText @NotBlank @Size(max = 2000) String reason) {

    /** A buyer the directory knows and has verified. */
    public record Buyer(@NotNull @UsccCode String uscc) {}
}
