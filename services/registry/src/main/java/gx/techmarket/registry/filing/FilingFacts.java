package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the filer stated beyond the parties and the amounts, and the 核定 of the amounts: part of the contract's view
 * ({@code ContractView.filing}). The view's own amounts are the recognised ones; {@code filedAmounts} are what the
 * filer stated when it filed.
 */
public record FilingFacts(
        @Schema(description = "A technology import (技术进口), filed by the domestic buyer")
        boolean technologyImport,
        String subject,
        String description,
        LocalDate performanceFrom,
        LocalDate performanceTo,
        FilingDetails details,
        List<FilingRequest.Carrier> carriers,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inventorRewardShare,
        @Schema(description = "The category the contract is recognised as under its rule set (under CN-2001 a "
                + "licence is a 技术转让); null before the rule set is known")
        ContractCategory recognisedCategory,
        @Schema(description = "The amounts as filed; null before filing")
        FiledAmounts filedAmounts,
        @Schema(description = "The latest 核定 of the amounts; null when the registrar recognised them as filed")
        Assessment assessment) {

    /** The amounts, items and carriers as the filer stated them. */
    public record FiledAmounts(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
            List<FilingRequest.Item> nonTechnicalItems,
            List<FilingRequest.Carrier> carriers) {}

    /** Who recognised other amounts than filed, when and why. */
    public record Assessment(String reason, String assessedBy, Instant assessedAt) {}
}
