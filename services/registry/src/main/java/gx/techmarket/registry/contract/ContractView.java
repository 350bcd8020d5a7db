package gx.techmarket.registry.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.registry.calendar.DeadlineView;
import gx.techmarket.registry.review.ReviewView;
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
                + "register (the last segment of the action's endpoint)")
        List<String> actions,
        @Schema(description = "The running registration clock (null when none runs: not yet accepted, returned, decided)")
        DeadlineView deadline,
        @Schema(description = "The expert review, once the contract was sent to one")
        ReviewView review,
        @Schema(description = "不予登记: grounds with labels, explanation, the stamp 未予登记 (null unless refused)")
        RefusalView refusal) {

    static ContractView of(Contract c, List<String> actions) {
        return of(c, actions, null, null);
    }

    static ContractView of(Contract c, List<String> actions, DeadlineView deadline, ReviewView review) {
        return new ContractView(c.id(), c.title, c.contractType, c.contractType.category(), c.origin.name(),
                c.challengeId, c.bidId, c.resultId, c.seller.toParty(), c.buyer.toParty(),
                c.buyerExternal, c.intermediary == null ? null : c.intermediary.toParty(), c.proposedAmount, c.totalContractAmount,
                c.nonTechnicalAmount, c.technologyTransactionAmount, c.items(), c.signedOn, c.status,
                List.copyOf(c.correctionReasons), c.registrationPointUscc, c.registrationNumber, c.ruleSetVersion,
                c.createdAt(), c.updatedAt(), c.submittedAt, c.acceptedAt, c.registeredAt, c.version(), List.copyOf(actions),
                deadline, review, RefusalView.of(c));
    }
}
