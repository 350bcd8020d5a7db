package gx.techmarket.portal.bidding.agreement;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The 揭榜协议 of an awarded challenge as the bidding service answers it (its {@code AgreementView}): {@code NOT_DRAFTED}
 * (no terms yet), {@code DRAFT} (terms of a {@code revision}, each party confirms it), {@code SIGNED}; the province's
 * support is the call's {@code supportShare} of the total R&D investment; {@code actions} {@code draft}, {@code edit},
 * {@code confirm} (parties), {@code terminate} (the operator); each milestone its own.
 */
@TemplateData
public record AgreementView(
        UUID id,
        UUID challengeId,
        String kind,
        String title,
        String status,
        Party counterparty,
        Party winner,
        Party seller,
        Party buyer,
        UUID bidId,
        List<String> contractTypes,
        String contractType,
        BigDecimal totalInvestment,
        BigDecimal enterpriseShare,
        BigDecimal bidderShare,
        BigDecimal supportShare,
        BigDecimal provinceSupport,
        List<Milestone> milestones,
        Integer revision,
        String editedBy,
        Instant counterpartyConfirmedAt,
        Instant winnerConfirmedAt,
        Instant signedAt,
        Instant terminatedAt,
        String terminationReason,
        Instant updatedAt,
        List<String> actions) implements Actionable {

    public AgreementView {
        contractTypes = contractTypes == null ? List.of() : contractTypes;
        milestones = milestones == null ? List.of() : milestones;
        actions = actions == null ? List.of() : actions;
    }

    /** Whether the caller may write terms now (the first draft or a new revision). */
    public boolean writable() {
        return can("draft") || can("edit");
    }

    /** Whether the parties choose the contract type (成果转化类); a 技术攻关类 one is always 技术开发（委托）. */
    public boolean choosesType() {
        return contractTypes.size() > 1;
    }

    /** The province's support released so far: the accepted milestones' amounts. */
    public BigDecimal released() {
        return milestones.stream().filter(m -> "ACCEPTED".equals(m.status())).map(Milestone::supportAmount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** A milestone of the terms and how far it got; {@code actions} {@code report}, {@code check}, {@code accept}, {@code send-back}. */
    @TemplateData
    public record Milestone(
            int number,
            String title,
            String deliverables,
            LocalDate dueDate,
            BigDecimal supportAmount,
            String status,
            String reportSummary,
            String reportedBy,
            Instant reportedAt,
            String checkOpinion,
            String checkedBy,
            Instant checkedAt,
            String returnReason,
            Instant returnedAt,
            String acceptedBy,
            Instant acceptedAt,
            List<String> actions) implements Actionable {

        public Milestone {
            actions = actions == null ? List.of() : actions;
        }

        /** A list row's id: the milestone's number. */
        public int id() {
            return number;
        }
    }
}
