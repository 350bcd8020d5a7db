package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A broker's draft of a 技术转让 or 技术许可 contract for a published result: the result's holder sells to the
 * organisation named here, the broker's organisation intermediates. {@code title} defaults to the result's title
 * with the contract kind. {@code demandId} optionally names the published demand of the buyer the contract answers.
 */
public record BrokeredContractRequest(
        @NotNull UUID resultId,
        @NotNull ContractType contractType,
        @NotNull @Valid Buyer buyer,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*") String title,
        @Schema(description = "Optional: the published demand (技术需求) of the market the contract answers; its "
                + "demander must be the buyer, and it must still take answers. The demand service then marks it "
                + "matched (已匹配).")
        UUID demandId) {

    /**
     * The buyer, named by its 统一社会信用代码 (check character verified): its name, kind, region and parent are the
     * directory's (机构库). Only a buyer from outside Guangxi that the directory does not know is declared
     * {@code external} with its name and region; it is recorded as an unverified external party.
     */
    public record Buyer(
            @NotNull @UsccCode String uscc,
            @Schema(description = "true for an out-of-province buyer the directory does not know; then name and "
                    + "region are required")
            Boolean external,
            @Schema(description = "The external buyer's registered name; ignored for a buyer the directory knows")
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*") String name,
            @Schema(description = "The external buyer's GB/T 2260 行政区划代码 outside Guangxi (45xxxx is refused), "
                    + "e.g. 440300; ignored for a buyer the directory knows", pattern = "[1-8][0-9]{5}")
            @RegionCode String region) {

        /** Whether the broker declared the buyer an out-of-province party unknown to the directory. */
        boolean declaredExternal() {
            return Boolean.TRUE.equals(external);
        }
    }
}
