package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A broker's draft of a 技术转让 or 技术许可 contract for a published result: the result's holder sells to the
 * enterprise named here, the broker's organisation intermediates. {@code title} defaults to the result's title
 * with the contract kind.
 */
public record BrokeredContractRequest(
        @NotNull UUID resultId,
        @NotNull ContractType contractType,
        @NotNull @Valid Buyer buyer,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*") String title) {

    /**
     * The buying enterprise: 统一社会信用代码 (check character verified), name and region, a code of the GB/T 2260
     * list (a province, prefecture or county anywhere in China: buyers need not be in Guangxi).
     */
    public record Buyer(
            @NotNull @UsccCode String uscc,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "GB/T 2260 行政区划代码 of a province, prefecture or county, e.g. 450102; "
                    + "six digits are not enough, the code must be in the list", pattern = "[1-8][0-9]{5}")
            @NotNull @RegionCode String region) {}
}
