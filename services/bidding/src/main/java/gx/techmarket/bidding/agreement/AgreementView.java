package gx.techmarket.bidding.agreement;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The 揭榜协议 of an awarded challenge as its parties and its sub-market's operator see it. Before anyone has written
 * terms it is {@code NOT_DRAFTED}: no id, no terms, the parties, the support share and the contract types to choose
 * from.
 *
 * @param provinceSupport the province's support: {@code supportShare × totalInvestment}, rounded down to the 分
 * @param contractTypes   the contract types the parties may agree on (技术攻关类: only 技术开发（委托）)
 * @param revision        the revision a party confirms ({@code POST …/agreement/confirm {"revision": n}})
 * @param actions         what the caller may do now: {@code draft} (write the first terms), {@code edit}
 *                        (new terms: a new revision), {@code confirm} (the current revision, once per party),
 *                        {@code terminate} (the operator, after the signature, before completion)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementView(
        UUID id,
        UUID challengeId,
        ChallengeKind kind,
        String title,
        AgreementStatus status,
        Party counterparty,
        Party winner,
        Party seller,
        Party buyer,
        UUID bidId,
        List<ContractType> contractTypes,
        ContractType contractType,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal enterpriseShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bidderShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal provinceSupport,
        List<MilestoneView> milestones,
        Integer revision,
        String editedBy,
        Instant counterpartyConfirmedAt,
        Instant winnerConfirmedAt,
        Instant signedAt,
        Instant terminatedAt,
        String terminationReason,
        Instant updatedAt,
        List<String> actions) {

    /**
     * One milestone of the terms and how far it got.
     *
     * @param actions what the caller may do to it now: {@code report} (the winner), {@code check}, {@code accept},
     *                {@code send-back} (the operator); only the first milestone not accepted has any
     */
    public record MilestoneView(
            int number,
            String title,
            String deliverables,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportAmount,
            MilestoneStatus status,
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
            List<String> actions) {

        static MilestoneView of(Milestone m, List<String> actions) {
            return new MilestoneView(m.number, m.title, m.deliverables, m.dueDate, m.supportAmount, m.status,
                    m.reportSummary, m.reportedBy, m.reportedAt, m.checkOpinion, m.checkedBy, m.checkedAt,
                    m.returnReason, m.returnedAt, m.acceptedBy, m.acceptedAt, List.copyOf(actions));
        }
    }

    static AgreementView of(Agreement a, List<ContractType> contractTypes, List<String> actions) {
        return of(a, contractTypes, actions, m -> List.of());
    }

    static AgreementView of(Agreement a, List<ContractType> contractTypes, List<String> actions,
            Function<Milestone, List<String>> milestoneActions) {
        return new AgreementView(a.id(), a.challengeId, a.kind, a.title, a.status, a.counterparty.toParty(),
                a.winner.toParty(), a.seller(), a.buyer(), a.bidId, contractTypes, a.contractType, a.totalInvestment,
                a.enterpriseShare, a.bidderShare, a.supportShare, a.provinceSupport,
                a.milestones.stream().map(m -> MilestoneView.of(m, milestoneActions.apply(m))).toList(),
                a.revision, a.editedBy, a.counterpartyConfirmedAt, a.winnerConfirmedAt, a.signedAt,
                a.terminatedAt, a.terminationReason, a.updatedAt(), List.copyOf(actions));
    }

    static AgreementView notDrafted(UUID challengeId, ChallengeKind kind, String title, Party counterparty,
            Party winner, UUID bidId, BigDecimal supportShare, List<ContractType> contractTypes,
            List<String> actions) {
        return new AgreementView(null, challengeId, kind, title, AgreementStatus.NOT_DRAFTED, counterparty, winner,
                null, null, bidId, contractTypes, null, null, null, null, supportShare, null, List.of(), null, null,
                null, null, null, null, null, null, List.copyOf(actions));
    }
}
