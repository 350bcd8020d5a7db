package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seller's filing: 成交总额 in 元 (two decimals at most, more than zero), the 非技术性款项 in it, and the date
 * the contract was signed (not in the future). {@code title} optionally corrects the contract's name;
 * {@code technicalField} states its 技术领域.
 */
public record SubmitRequest(
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal totalContractAmount,
        @Size(max = 50) List<@NotNull @Valid Item> nonTechnicalItems,
        @NotNull LocalDate signedOn,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*") String title,
        @Schema(description = "技术领域: the market's industry code of the technology (e.g. SUGAR); absent keeps the "
                + "one stated before (a brokered contract starts with its result's)")
        @Pattern(regexp = "(?=.{1,64}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String technicalField) {

    /** One non-technical item (equipment, instruments, parts, raw materials, other) and its price. */
    public record Item(
            @NotNull NonTechnicalItemCategory category,
            @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal amount) {}
}
