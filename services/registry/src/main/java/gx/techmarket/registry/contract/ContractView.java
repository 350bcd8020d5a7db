package gx.techmarket.registry.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.registry.filing.FilingFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as the API shows it to one caller. Amounts are decimal strings in 元. */
public record ContractView(
        UUID id,
        String title,
        ContractType contractType,
        ContractCategory contractCategory,
        String origin,
        UUID challengeId,
        UUID bidId,
        UUID resultId,
        Party seller,
        Party buyer,
        @Schema(description = "true when the buyer is an out-of-province party the directory does not know, recorded "
                + "as the broker declared it (unverified, never subsidised)")
        boolean buyerExternal,
        Party intermediary,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal proposedAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        List<NonTechnicalItem> nonTechnicalItems,
        LocalDate signedOn,
        ContractStatus status,
        List<String> correctionReasons,
        String registrationPointUscc,
        String registrationNumber,
        String ruleSetVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant acceptedAt,
        Instant registeredAt,
        long version,
        @Schema(description = "What the caller may do to the contract now: submit, accept, return-for-correction, "
                + "register (the last segment of the action's endpoint); edit (PUT /contracts/{id}), assess")
        List<String> actions,
        @Schema(description = "What the filing states beyond parties and amounts (subject, description, subtype "
                + "details, carriers, reward share), the category recognised under the rule set, the amounts as "
                + "filed and the latest 核定; the amounts above are the recognised ones")
        FilingFacts filing) {

    static ContractView of(Contract c, List<String> actions) {
        return new ContractView(c.id(), c.title, c.contractType, c.contractType.category(), c.origin.name(),
                c.challengeId, c.bidId, c.resultId, c.sellerParty(), c.buyerParty(),
                c.buyerExternal, c.intermediary == null ? null : c.intermediary.toParty(), c.proposedAmount, c.totalContractAmount,
                c.nonTechnicalAmount, c.technologyTransactionAmount, c.items(), c.signedOn, c.status,
                List.copyOf(c.correctionReasons), c.registrationPointUscc, c.registrationNumber, c.ruleSetVersion,
                c.createdAt(), c.updatedAt(), c.submittedAt, c.acceptedAt, c.registeredAt, c.version(), List.copyOf(actions),
                c.filingFacts());
    }
}
