package gx.techmarket.registry.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.registry.filing.FilingFacts;
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
        @Schema(description = "The published demand (技术需求) of the buyer the contract answers, when its broker named one")
        UUID demandId,
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
        @Schema(description = "技术领域: the market's industry code of the technology (e.g. SUGAR), as the seller stated "
                + "it or, for a brokered contract, its result's; null when none was stated")
        String technicalField,
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
        // --- after registration (issue 15, ADR 0024) ---
        @Schema(description = "The registering point's name as the directory had it on registration")
        String registrationPointName,
        @Schema(description = "The number of the last 变更登记 (0: never amended)")
        int amendmentNumber,
        Instant amendedAt,
        @Schema(description = "注销登记: why and when; null unless DEREGISTERED")
        Deregistration deregistration,
        @Schema(description = "异议 against the registration or refusal, oldest first; each with the actions the caller "
                + "may take on it (resolve)")
        List<ObjectionView> objections,
        @Schema(description = "The certificate (登记证明), to those who may download it: the parties, the registering "
                + "point, admins operating the contract; null otherwise or before registration")
        Certificate certificate,
        // --- review, refusal and deadlines (issue 15) ---
        @Schema(description = "The running registration clock (null when none runs: not yet accepted, returned, decided)")
        DeadlineView deadline,
        @Schema(description = "The expert review, once the contract was sent to one")
        ReviewView review,
        @Schema(description = "不予登记: grounds with labels, explanation, the stamp 未予登记 (null unless refused)")
        RefusalView refusal,
        // --- filing by the seller, 核定 (issue 15) ---
        @Schema(description = "What the filing states beyond parties and amounts (subject, description, subtype "
                + "details, carriers, reward share, import), the category recognised under the rule set, the amounts "
                + "as filed and the latest 核定; the amounts above are the recognised ones")
        FilingFacts filing) {

    static ContractView of(Contract c, List<String> actions) {
        return of(c, actions, null, null, false, false);
    }

    static ContractView of(Contract c, List<String> actions, DeadlineView deadline, ReviewView review) {
        return of(c, actions, deadline, review, false, false);
    }

    /**
     * @param deadline           the running clock, or {@code null}
     * @param review             the expert review as the caller may see it, or {@code null}
     * @param certificateShown   whether the caller may download the certificate (and so learn its verification code)
     * @param resolvesObjections whether the caller is a registrar of the registering point (decides objections)
     */
    static ContractView of(Contract c, List<String> actions, DeadlineView deadline, ReviewView review,
            boolean certificateShown, boolean resolvesObjections) {
        return new ContractView(c.id(), c.title, c.contractType, c.contractType.category(), c.origin.name(),
                c.challengeId, c.bidId, c.resultId, c.demandId, c.sellerParty(), c.buyerParty(),
                c.buyerExternal, c.intermediary == null ? null : c.intermediary.toParty(), c.proposedAmount, c.totalContractAmount,
                c.nonTechnicalAmount, c.technologyTransactionAmount, c.items(), c.signedOn, c.technicalField, c.status,
                List.copyOf(c.correctionReasons), c.registrationPointUscc, c.registrationNumber, c.ruleSetVersion,
                c.createdAt(), c.updatedAt(), c.submittedAt, c.acceptedAt, c.registeredAt, c.version(), List.copyOf(actions),
                c.registrationPointName, c.amendmentNumber, c.amendedAt, Deregistration.of(c),
                c.objections.stream().map(o -> ObjectionView.of(o, resolvesObjections)).toList(),
                certificateShown ? Certificate.of(c) : null, deadline, review, RefusalView.of(c),
                c.filingFacts());
    }

    /** 注销登记 of a contract. */
    public record Deregistration(DeregistrationReason reason, String explanation, Instant deregisteredAt) {
        static Deregistration of(Contract c) {
            return c.deregisteredAt == null ? null
                    : new Deregistration(c.deregistrationReason, c.deregistrationExplanation, c.deregisteredAt);
        }
    }

    /**
     * Where the certificate is: the PDF ({@code GET}, signed in) and the public verification page's path in the
     * portal with its code (the PDF prints the full URL and its QR code).
     */
    public record Certificate(String pdf, String verificationCode, String verificationPath) {
        static Certificate of(Contract c) {
            return new Certificate("/contracts/" + c.id() + "/certificate.pdf", c.verificationCode,
                    "/verify/" + c.registrationNumber + "?code=" + c.verificationCode);
        }
    }

    /** An 异议 as the contract's view lists it. */
    public record ObjectionView(UUID id, String raisedByUscc, String raisedByName, ContractObjection.RaisedAs raisedAs,
            String grounds, Instant raisedAt, ContractObjection.Status status, String explanation, Instant resolvedAt,
            @Schema(description = "resolve, for a registrar of the registering point while the objection is OPEN")
            List<String> actions) {
        static ObjectionView of(ContractObjection o, boolean resolvesObjections) {
            return new ObjectionView(o.id, o.raisedByUscc, o.raisedByName, o.raisedAs, o.grounds, o.raisedAt,
                    o.status, o.explanation, o.resolvedAt,
                    resolvesObjections && o.isOpen() ? List.of("resolve") : List.of());
        }
    }
}
