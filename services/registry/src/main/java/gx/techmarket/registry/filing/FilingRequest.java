package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract its seller files itself (POST /contracts) or edits before filing (PUT /contracts/{id}): the caller's
 * organisation is the seller (研究开发人, 让与人, 许可人, 受托人, 服务方, 培训方, 中介方); the counterparty (buyer) comes
 * from the directory, or is declared an out-of-province party. {@code details} carries what the subtype needs
 * ({@link SubtypeCatalogue}).
 */
public record FilingRequest(
        @NotNull ContractType contractType,
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "标的: what the contract is about")
        @NotBlank @Size(max = 500) String subject,
        @Schema(description = "The contract's technical content (multi-line)")
        @NotBlank @Size(max = 5000) @FreeText String description,
        @NotNull LocalDate signedOn,
        LocalDate performanceFrom,
        LocalDate performanceTo,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal totalContractAmount,
        @Size(max = 50) List<@NotNull @Valid Item> nonTechnicalItems,
        @Size(max = 20) List<@NotNull @Valid Carrier> carriers,
        @NotNull @Valid Counterparty counterparty,
        @Schema(description = "USCC of a verified organisation that intermediated the deal (not the seller or buyer)")
        @UsccCode String intermediaryUscc,
        @Schema(description = "Share (0–100 %, two decimals) of the income rewarded to the 完成人; required of a "
                + "university or institute seller of a transfer or licence")
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal inventorRewardShare,
        @Valid FilingDetails details,
        @Schema(description = "true for a technology import (技术进口): the caller's organisation is the domestic "
                + "buyer and files, the counterparty is the foreign seller")
        @JsonProperty("import") Boolean technologyImport,
        @Schema(description = "技术领域: the market's industry code of the technology (e.g. SUGAR, ELECTRONICS); "
                + "counted in the market's statistics by field")
        @Pattern(regexp = "(?=.{1,64}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String technicalField) {

    /** Whether the filer declares a technology import. */
    public boolean imported() {
        return Boolean.TRUE.equals(technologyImport);
    }

    /** The non-technical items, none when absent. */
    public List<Item> items() {
        return nonTechnicalItems == null ? List.of() : nonTechnicalItems;
    }

    /** The technology carriers, none when absent. */
    public List<Carrier> carrierList() {
        return carriers == null ? List.of() : carriers;
    }

    /**
     * The other party (the buyer; the seller of an import): a verified organisation of the directory named by its
     * USCC, or ({@code external: true}) one from outside Guangxi the directory does not know, with its name and
     * GB/T 2260 region, or ({@code foreign: true}) a foreign organisation with its name and ISO 3166-1 country (the
     * seller of an import or the buyer of an export; no USCC).
     */
    public record Counterparty(
            @Schema(description = "Required unless foreign") @UsccCode String uscc,
            @Schema(description = "true for an out-of-province party the directory does not know; then name and "
                    + "region are required")
            Boolean external,
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*") String name,
            @Schema(pattern = "[1-8][0-9]{5}") @RegionCode String region,
            @Schema(description = "true for a foreign party; then name and country are required")
            Boolean foreign,
            @Schema(description = "ISO 3166-1 alpha-2 country of a foreign party, not CN", pattern = "[A-Z]{2}")
            @Pattern(regexp = "[A-Z]{2}") String country) {

        public boolean declaredExternal() {
            return Boolean.TRUE.equals(external);
        }

        public boolean declaredForeign() {
            return Boolean.TRUE.equals(foreign);
        }
    }

    /** One 非技术性款项 (equipment, instruments, parts, raw materials, other) and its price. */
    public record Item(
            @NotNull NonTechnicalItemCategory category,
            @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}

    /**
     * A technology carrier delivered with the technology and part of its price (not deducted): archived documents,
     * media, strains or varieties needed for tests, or test equipment (one or two sets).
     */
    public record Carrier(
            @NotNull CarrierKind kind,
            @NotBlank @Size(max = 200) String description,
            @NotNull @Min(1) @Max(1000) Integer quantity) {}
}
