package gx.techmarket.bidding.challenge;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A challenge as the API shows it; {@code status} is as of the request (closed from the deadline on).
 *
 * @param resultId     the result a 成果转化类 challenge offers ({@code demandId}: the demand of a 技术攻关类 one)
 * @param demander     需求方 (技术攻关类), {@code holder} 成果持有方 (成果转化类); {@code counterparty} is whichever
 *                     of the two the challenge has (bidders may not be it or lineally related to it)
 * @param problem      技术难题 (成果转化类: the result's summary)
 * @param goals        攻关目标 (a proposal's; the operator's challenges from a demand may have none)
 * @param budgetMin    budget range in 元 (from the demand, or the proposer's), each {@code null} when not stated
 * @param field        领域: the demand's industry code
 * @param proposed     whether an enterprise proposed it (its demander); otherwise the operator made it
 * @param returnReason why the operator last returned the proposal ({@code returnedAt} when), {@code null} if never
 * @param cancelReason why the operator cancelled it ({@code cancelledAt} when)
 * @param callId       the call (榜单批次) it belongs to, {@code null} when none; the three terms that follow are the
 *                     call's (copied when it joined), or the defaults (1; 0.200000; 5 days)
 * @param revision     the content's version (1 as published; each edit after publication adds one; see
 *                     {@code /public/challenges/{id}/versions}); {@code version} is the row's, for concurrency
 * @param deadlineMoved whether the last edit's deadline was moved later by the 7-day rule ({@code requestedDeadline}:
 *                     what the operator had asked for)
 * @param actions      what the caller may do to it now, each accepted by its endpoint: {@code publish} (the operator
 *                     of its region, a draft it made whose deadline lies ahead), {@code edit} and {@code submit} (the
 *                     proposer's enterprise users, a draft; submit while the deadline lies ahead), {@code review}
 *                     (the operator, a submitted proposal), {@code approve} (the operator, under review, deadline
 *                     ahead) and {@code reject}, {@code revise} (the operator,
 *                     published and open for bids), {@code cancel} (the operator, before the award), {@code bid} (an
 *                     eligible university or enterprise whose organisation has not bid yet, while bids are open),
 *                     {@code award} (the demander, after the deadline, while a bid is in competition)
 */
public record ChallengeView(
        UUID id,
        ChallengeKind kind,
        UUID demandId,
        UUID resultId,
        String title,
        String regionCode,
        Party demander,
        Party holder,
        Party counterparty,
        String problem,
        String goals,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        Integer durationMonths,
        String field,
        boolean proposed,
        Instant deadline,
        ChallengeStatus status,
        boolean biddingOpen,
        UUID awardedBidId,
        Instant createdAt,
        Instant submittedAt,
        String returnReason,
        Instant returnedAt,
        Instant publishedAt,
        Instant closedAt,
        Instant awardedAt,
        String cancelReason,
        Instant cancelledAt,
        UUID callId,
        int minimumQualifiedBids,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
        int complaintPeriodDays,
        int revision,
        boolean deadlineMoved,
        Instant requestedDeadline,
        long version,
        List<String> actions) {

    static ChallengeView of(Challenge c, Instant now, List<String> actions) {
        ChallengeStatus status = c.statusAt(now);
        return new ChallengeView(c.id(), c.kind, c.demandId, c.resultId, c.title, c.regionCode, c.demanderOrNull(),
                c.holderOrNull(), c.counterparty(), c.problem,
                c.goals, c.budgetMin, c.budgetMax, c.durationMonths, c.field, c.isProposed(), c.deadline, status,
                status == ChallengeStatus.PUBLISHED, c.awardedBidId, c.createdAt(), c.submittedAt, c.returnReason,
                c.returnedAt, c.publishedAt,
                c.closedAt != null ? c.closedAt : (status == ChallengeStatus.CLOSED ? c.deadline : null),
                c.awardedAt, c.cancelReason, c.cancelledAt, c.callId, c.minimumQualifiedBids, c.supportShare,
                c.complaintPeriodDays, c.revision, c.requestedDeadline != null, c.requestedDeadline, c.version(),
                List.copyOf(actions));
    }
}
