package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.bidding.result.KnownResult;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A 揭榜挂帅 challenge and its lifecycle. State changes go through the methods, which make the moves of
 * {@link ChallengeStatus#LIFECYCLE}, enforce the time rules of {@link BiddingPolicy} and return the event to publish.
 */
@Entity
@Table(name = "challenge")
public class Challenge extends ChangingAggregate {

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ChallengeKind kind;

    @Column(name = "demand_id", nullable = false)
    UUID demandId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Embedded
    @EmbeddedColumnNaming("demander_%s")
    OrgSnapshot demander;

    /** The result a 成果转化类 challenge offers ({@code null} for 技术攻关类). */
    @Column(name = "result_id")
    UUID resultId;

    /** 成果持有方 of a 成果转化类 challenge as the catalogue named it ({@code null} for 技术攻关类). */
    @Embedded
    @EmbeddedColumnNaming("holder_%s")
    OrgSnapshot holder;

    @Column(nullable = false)
    Instant deadline;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ChallengeStatus status;

    @Column(name = "awarded_bid_id")
    UUID awardedBidId;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "awarded_at")
    Instant awardedAt;

    /** 技术难题: what the bidders are to solve. */
    @Column(nullable = false, length = 5000)
    String problem;

    /** 攻关目标 (the proposer's; the operator's challenges from a demand may have none). */
    @Column(length = 5000)
    String goals;

    @Column(name = "budget_min", precision = 18, scale = 2)
    BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 18, scale = 2)
    BigDecimal budgetMax;

    @Column(name = "duration_months")
    Integer durationMonths;

    /** 领域: the demand's industry code (the expert panel is drawn in it). */
    @Column(nullable = false, length = 64)
    String field;

    /** The enterprise that proposed the challenge from its demand; {@code null} when the operator made it. */
    @Column(name = "proposer_uscc", length = 18)
    String proposerUscc;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "reviewed_by", length = 200)
    String reviewedBy;

    /** Why the operator returned the proposal (it stays until the next return). */
    @Column(name = "return_reason", length = 1000)
    String returnReason;

    @Column(name = "returned_at")
    Instant returnedAt;

    @Column(name = "cancel_reason", length = 1000)
    String cancelReason;

    @Column(name = "cancelled_by", length = 200)
    String cancelledBy;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    /** The call (榜单批次) it belongs to, {@code null} when none; its terms below were copied when it joined. */
    @Column(name = "call_id")
    UUID callId;

    @Column(name = "minimum_qualified_bids", nullable = false)
    int minimumQualifiedBids = 1;

    @Column(name = "support_share", nullable = false, precision = 7, scale = 6)
    BigDecimal supportShare = BiddingPolicy.DEFAULT_SUPPORT_SHARE;

    @Column(name = "complaint_period_days", nullable = false)
    int complaintPeriodDays = BiddingPolicy.DEFAULT_COMPLAINT_PERIOD_DAYS;

    /** The content's version: 1 as published, one more for each edit after publication. */
    @Column(nullable = false)
    int revision = 1;

    /** The deadline the operator asked for at the last edit when the 7-day rule moved it later; otherwise null. */
    @Column(name = "requested_deadline")
    Instant requestedDeadline;

    protected Challenge() {
        // for Hibernate
    }

    /**
     * A 技术攻关类 draft the operator makes from a published demand, in the demand's sub-market: it states the
     * demand's problem, budget range and industry.
     */
    static Challenge technologyBreakthrough(UUID id, KnownDemand demand, String title, Instant deadline,
            String createdBy, Instant now) {
        Challenge c = fromDemand(id, demand, title, deadline, createdBy, now);
        c.problem = demand.problem();
        c.budgetMin = demand.budgetMin();
        c.budgetMax = demand.budgetMax();
        return c;
    }

    /**
     * 技术攻关类 proposed by the demander from its own published demand (the caller checked that the demand is the
     * proposer's): a draft only its organisation edits and submits, then the operator of the demand's sub-market
     * reviews it.
     */
    static Challenge proposal(UUID id, KnownDemand demand, ChallengeContent content, String createdBy, Instant now) {
        Challenge c = fromDemand(id, demand, content.title(), content.deadline(), createdBy, now);
        c.proposerUscc = demand.demander().uscc();
        c.state(content);
        return c;
    }

    /**
     * A 成果转化类 draft the operator makes from a result still offered, in a sub-market it names (one it operates:
     * the holder may be anywhere); it states the result's summary and industry.
     */
    static Challenge resultTransformation(UUID id, KnownResult result, String regionCode, String title,
            Instant deadline, String createdBy, Instant now) {
        Challenge c = fromResult(id, result, regionCode, title, deadline, createdBy, now);
        c.problem = result.summary();
        return c;
    }

    /** 成果转化类 proposed by the result's holder: reviewed by the operator of the sub-market the result is listed in. */
    static Challenge resultProposal(UUID id, KnownResult result, ChallengeContent content, String createdBy,
            Instant now) {
        Challenge c = fromResult(id, result, result.regionCode(), content.title(), content.deadline(), createdBy, now);
        c.proposerUscc = result.holder().uscc();
        c.state(content);
        return c;
    }

    private static Challenge fromResult(UUID id, KnownResult result, String regionCode, String title,
            Instant deadline, String createdBy, Instant now) {
        BiddingPolicy.requireDeadlineAhead(deadline, now);
        Challenge c = new Challenge();
        c.id = id;
        c.kind = ChallengeKind.RESULT_TRANSFORMATION;
        c.resultId = result.id();
        c.holder = OrgSnapshot.of(result.holder());
        c.field = result.industry();
        c.title = title;
        c.regionCode = regionCode;
        c.deadline = deadline;
        c.status = ChallengeStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    private static Challenge fromDemand(UUID id, KnownDemand demand, String title, Instant deadline,
            String createdBy, Instant now) {
        BiddingPolicy.requireDeadlineAhead(deadline, now);
        Challenge c = new Challenge();
        c.field = demand.industry();
        c.id = id;
        c.kind = ChallengeKind.TECHNOLOGY_BREAKTHROUGH;
        c.demandId = demand.id();
        c.title = title;
        c.regionCode = demand.regionCode();
        c.demander = OrgSnapshot.of(demand.demander());
        c.deadline = deadline;
        c.status = ChallengeStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /**
     * Joins the call: a draft the operator made (not a proposal, not in another call), of a kind the call gathers, in
     * its sub-market; it takes the call's closing time as its deadline and the call's terms.
     */
    void join(CallTerms call, Instant now) {
        if (status != ChallengeStatus.DRAFT || isProposed() || callId != null) {
            throw ProblemException.conflict("CHALLENGE_NOT_JOINABLE", title, call.title());
        }
        if (!call.kinds().contains(kind)) {
            throw ProblemException.conflict("CHALLENGE_KIND_NOT_IN_CALL", title, call.title());
        }
        if (!SubMarket.of(call.regionCode()).covers(regionCode)) {
            throw ProblemException.conflict("CHALLENGE_OUTSIDE_CALL_REGION", title, call.title());
        }
        BiddingPolicy.requireDeadlineAheadToPublish(call.closesAt(), now);
        callId = call.callId();
        deadline = call.closesAt();
        minimumQualifiedBids = call.minimumQualifiedBids();
        supportShare = call.supportShare();
        complaintPeriodDays = call.complaintPeriodDays();
        touch(now);
    }

    /** 发榜 with its call: the call's publication publishes every challenge of it. */
    ChallengePublished publishWithCall(Instant now) {
        return publishBy("publish", now);
    }

    /** 发榜: the operator publishes the challenge it made; bids are open until the deadline. */
    ChallengePublished publish(Instant now) {
        if (callId != null) {
            throw ProblemException.conflict("CHALLENGE_IN_CALL", title);
        }
        if (isProposed()) {
            // a proposal is published by its review (approve), never straight from the proposer's draft
            throw ProblemException.illegalTransition("Challenge", status, ChallengeStatus.PUBLISHED);
        }
        return publishBy("publish", now);
    }

    /** The operator approves a proposal under review: it is published at once. */
    ChallengePublished approve(String operator, Instant now) {
        ChallengePublished published = publishBy("approve", now);
        reviewedBy = operator;
        return published;
    }

    private ChallengePublished publishBy(String action, Instant now) {
        ChallengeStatus next = ChallengeStatus.LIFECYCLE.apply(action, status);
        BiddingPolicy.requireDeadlineAheadToPublish(deadline, now);
        become(next, now);
        publishedAt = now;
        return kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH
                ? ChallengePublished.technologyBreakthrough(id, demandId, title, demander.toParty(), regionCode,
                        deadline, publishedAt)
                : ChallengePublished.resultTransformation(id, resultId, title, holder.toParty(), regionCode, deadline,
                        publishedAt);
    }

    /** The proposer changes its draft (new, or returned by the operator). */
    void edit(ChallengeContent content, Instant now) {
        if (status != ChallengeStatus.DRAFT) {
            throw ProblemException.conflict("CHALLENGE_NOT_EDITABLE", status.name());
        }
        BiddingPolicy.requireDeadlineAhead(content.deadline(), now);
        title = content.title();
        deadline = content.deadline();
        state(content);
        touch(now);
    }

    private void state(ChallengeContent content) {
        BiddingPolicy.requireBudgetRange(content.budgetMin(), content.budgetMax());
        problem = content.problem();
        goals = content.goals();
        budgetMin = content.budgetMin();
        budgetMax = content.budgetMax();
        durationMonths = content.durationMonths();
    }

    /** The content an edit may change, as it is now. */
    ChallengeSnapshot snapshot() {
        return new ChallengeSnapshot(title, problem, goals, budgetMin, budgetMax, durationMonths, deadline);
    }

    /** What an edit did: the content before and after, the fields that changed, whether the deadline was moved. */
    record Revision(int number, ChallengeSnapshot before, ChallengeSnapshot after,
            List<ChallengeSnapshot.FieldChange> changes, boolean deadlineMoved) {}

    /**
     * The operator edits the published challenge while bids are open: a new version. A deadline less than
     * {@link BiddingPolicy#MINIMUM_BIDDING_AFTER_EDIT} after the edit moves to that much after it (bidders keep at
     * least 7 days to reconfirm or bid). An edit that changes nothing is refused.
     */
    Revision revise(ChallengeSnapshot requested, Instant now) {
        if (statusAt(now) != ChallengeStatus.PUBLISHED) {
            throw ProblemException.conflict("CHALLENGE_NOT_REVISABLE", title);
        }
        ChallengeSnapshot before = snapshot();
        if (before.changesTo(requested).isEmpty()) {
            throw ProblemException.badRequest("REVISION_CHANGES_NOTHING", title);
        }
        BiddingPolicy.requireBudgetRange(requested.budgetMin(), requested.budgetMax());
        BiddingPolicy.requireDeadlineAhead(requested.deadline(), now);
        Instant earliest = BiddingPolicy.earliestDeadlineAfterEdit(now);
        boolean moved = requested.deadline().isBefore(earliest);
        ChallengeSnapshot after = moved ? new ChallengeSnapshot(requested.title(), requested.problem(),
                requested.goals(), requested.budgetMin(), requested.budgetMax(), requested.durationMonths(), earliest)
                : requested;
        title = after.title();
        problem = after.problem();
        goals = after.goals();
        budgetMin = after.budgetMin();
        budgetMax = after.budgetMax();
        durationMonths = after.durationMonths();
        deadline = after.deadline();
        requestedDeadline = moved ? requested.deadline() : null;
        revision++;
        touch(now);
        return new Revision(revision, before, after, before.changesTo(after), moved);
    }

    /** Before the award and not final: from {@code AWARDED} on a failed project is terminated instead. */
    private static boolean cancellable(ChallengeStatus status) {
        return ChallengeStatus.LIFECYCLE.allows("cancel", status) && status.compareTo(ChallengeStatus.AWARDED) < 0;
    }

    /** The proposer hands its draft to the operator of the sub-market (提交审核). */
    void submit(Instant now) {
        ChallengeStatus next = ChallengeStatus.LIFECYCLE.apply("submit", status);
        BiddingPolicy.requireDeadlineAheadToPublish(deadline, now);
        become(next, now);
        submittedAt = now;
    }

    /** The operator takes a submitted proposal into review (受理). */
    void review(String operator, Instant now) {
        become(ChallengeStatus.LIFECYCLE.apply("review", status), now);
        reviewedBy = operator;
    }

    /** The operator returns a proposal under review to its proposer with a reason (退回修改); it is a draft again. */
    void reject(String operator, String reason, Instant now) {
        become(ChallengeStatus.LIFECYCLE.apply("reject", status), now);
        reviewedBy = operator;
        returnReason = reason;
        returnedAt = now;
    }

    /** 撤榜: the operator cancels the challenge with a reason, in any state before the award. */
    void cancel(String operator, String reason, Instant now) {
        closeIfDue(now);
        ChallengeStatus next = ChallengeStatus.LIFECYCLE.apply("cancel", status); // a final state: 409
        if (!cancellable(status)) {
            throw ProblemException.conflict("CHALLENGE_CANCEL_AFTER_AWARD", title);
        }
        become(next, now);
        cancelReason = reason;
        cancelledBy = operator;
        cancelledAt = now;
    }

    /** The status as of {@code now}: a published challenge is closed from its deadline on. */
    ChallengeStatus statusAt(Instant now) {
        return status == ChallengeStatus.PUBLISHED && !BiddingPolicy.isOpen(deadline, now)
                ? ChallengeStatus.CLOSED
                : status;
    }

    /** Records the close that happened at the deadline, if it has not been recorded yet. */
    void closeIfDue(Instant now) {
        if (statusAt(now) == ChallengeStatus.CLOSED && status == ChallengeStatus.PUBLISHED) {
            become(ChallengeStatus.LIFECYCLE.apply("close", status), now);
            closedAt = deadline;
        }
    }

    /** Whether a new bid may be submitted now; the reason as a problem if not. */
    void requireAcceptsBids(Instant now) {
        BiddingPolicy.requireBidInTime(deadline, now);
        if (status != ChallengeStatus.PUBLISHED) {
            throw ProblemException.conflict("CHALLENGE_NOT_OPEN", status.name());
        }
    }

    /** Whether a new bid may be submitted now (what {@link #requireAcceptsBids} accepts). */
    boolean acceptsBids(Instant now) {
        return status == ChallengeStatus.PUBLISHED && BiddingPolicy.isOpen(deadline, now);
    }

    /** Whether {@code actor} may publish this challenge now (what {@code publish} accepts from them). */
    boolean publishableBy(Actor actor, Instant now) {
        return operatedBy(actor) && !isProposed() && callId == null
                && ChallengeStatus.LIFECYCLE.allows("publish", status)
                && BiddingPolicy.isOpen(deadline, now);
    }

    boolean operatedBy(Actor actor) {
        return actor.has(Role.ADMIN) && actor.operates(regionCode);
    }

    /** Whether {@code actor} speaks for the proposer of this challenge (an enterprise user of its organisation). */
    boolean proposedBy(Actor actor) {
        return isProposed() && (actor.has(Role.ENTERPRISE) || actor.has(Role.UNIVERSITY))
                && proposerUscc.equals(actor.orgId());
    }

    boolean isProposed() {
        return proposerUscc != null;
    }

    /** The moves of the proposal and review {@code actor} may make now, and cancellation. */
    private void reviewActions(Actor actor, Instant now, List<String> actions) {
        ChallengeStatus current = statusAt(now);
        if (proposedBy(actor) && current == ChallengeStatus.DRAFT) {
            actions.add("edit");
            if (BiddingPolicy.isOpen(deadline, now)) {
                actions.add("submit");
            }
        }
        if (operatedBy(actor)) {
            if (ChallengeStatus.LIFECYCLE.allows("review", current)) {
                actions.add("review");
            }
            if (ChallengeStatus.LIFECYCLE.allows("approve", current)) {
                if (BiddingPolicy.isOpen(deadline, now)) {
                    actions.add("approve");
                }
                actions.add("reject");
            }
            if (current == ChallengeStatus.PUBLISHED) {
                actions.add("revise");
            }
            if (cancellable(current)) {
                actions.add("cancel");
            }
        }
    }

    /**
     * Whether {@code actor}'s organisation may bid now, unless it has already: a bidder's role, bids open, and no
     * conflict of interest with the demander. {@code actorsRelationTo} tells what the actor's organisation is to an
     * organisation (by USCC) in the directory's group tree; it is asked only when role and time allow a bid.
     */
    boolean biddableBy(Actor actor, Function<String, Relation> actorsRelationTo, Instant now) {
        return (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE)) && acceptsBids(now)
                && !BiddingPolicy.isConflictOfInterest(actorsRelationTo.apply(counterpartyUscc()))
                && BiddingPolicy.mayBidOn(kind, actor.organisation());
    }

    /** Whether {@code actor} may award now, given a bid to select: the demander (an enterprise) after the deadline. */
    boolean awardableBy(Actor actor, Instant now) {
        return actor.has(Role.ENTERPRISE) && isDemandedBy(actor.orgId())
                && ChallengeStatus.LIFECYCLE.allows("award", statusAt(now));
    }

    /**
     * The actions {@code actor} may take on this challenge now (see {@link ChallengeView#actions}), given what its
     * bids say: whether the actor's organisation has bid, and whether a bid is still in competition; and what the
     * actor's organisation is to others in the group tree (see {@link #biddableBy}).
     */
    List<String> actionsFor(Actor actor, Function<String, Relation> actorsRelationTo, Instant now,
            boolean bidByActorsOrg, boolean contested) {
        List<String> actions = new ArrayList<>(4);
        if (publishableBy(actor, now)) {
            actions.add("publish");
        }
        reviewActions(actor, now, actions);
        if (biddableBy(actor, actorsRelationTo, now) && !bidByActorsOrg) {
            actions.add("bid");
        }
        if (awardableBy(actor, now) && contested) {
            actions.add("award");
        }
        return actions;
    }

    /** The actions {@code actor} may take on {@code bid} of this challenge now: select it, for the demander. */
    List<String> actionsOn(Actor actor, Bid bid, Instant now) {
        return awardableBy(actor, now) && bid.isInCompetition() ? List.of("award") : List.of();
    }

    /** Whether {@code viewer} sees every bid of this challenge, not only its organisation's: see {@link BiddingPolicy}. */
    boolean showsAllBids(Actor viewer, Instant now) {
        return BiddingPolicy.maySeeAllBids(viewer, counterpartyUscc(), regionCode, deadline, now);
    }

    /** Sealed bids: see {@link BiddingPolicy#maySeeBid}. */
    boolean showsBid(Actor viewer, Bid bid, Instant now) {
        return BiddingPolicy.maySeeBid(viewer, bid.bidder.uscc(), counterpartyUscc(), regionCode, deadline, now);
    }

    // --- The face the evaluation and agreement packages use (issue 17): read the challenge, make a lifecycle move.

    public ChallengeKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The sub-market the challenge belongs to (the demander's region): its operator acts on it. */
    public String regionCode() {
        return regionCode;
    }

    /** 需求方 of a 技术攻关类 challenge (as copied from the demand when it was made). */
    public Party demanderParty() {
        return demanderOrNull();
    }

    public Instant deadline() {
        return deadline;
    }

    /** The recorded status; {@link #currentStatus} applies the clock's close at the deadline. */
    public ChallengeStatus status() {
        return status;
    }

    /** The status as of {@code now} (a published challenge reads as closed from its deadline on). */
    public ChallengeStatus currentStatus(Instant now) {
        return statusAt(now);
    }

    public UUID awardedBidId() {
        return awardedBidId;
    }

    public UUID demandId() {
        return demandId;
    }

    /** The content's version number (1 as published; each edit after publication adds one). */
    public int revision() {
        return revision;
    }

    /** 领域: the industry code of the challenge's subject (the demand's industry); experts are drawn in it. */
    public String field() {
        return field;
    }

    /**
     * The organisation on the other side from the bidders: 需求方 of a 技术攻关类 challenge, 成果持有方 of a 成果转化类
     * one. No bidder may be it or lineally related to it; it confirms the winner and signs the 揭榜协议.
     */
    public Party counterparty() {
        return demander != null ? demander.toParty() : holder.toParty();
    }

    /** The result a 成果转化类 challenge offers, {@code null} for 技术攻关类. */
    public UUID resultId() {
        return resultId;
    }

    String counterpartyUscc() {
        return demander != null ? demander.uscc() : holder.uscc();
    }

    Party demanderOrNull() {
        return demander == null ? null : demander.toParty();
    }

    Party holderOrNull() {
        return holder == null ? null : holder.toParty();
    }

    /** 流标 below this many qualified bids: the call's minimum (1 when the challenge belongs to no call). */
    public int minimumQualifiedBids() {
        return minimumQualifiedBids;
    }

    /** The call (榜单批次) the challenge belongs to, {@code null} when none. */
    public UUID callId() {
        return callId;
    }

    /**
     * The province's support as a share of the total R&D investment (自治区财政资金按项目研发投入总额给予一定比例的资金支持):
     * the call's share. Without a call, {@link BiddingPolicy#DEFAULT_SUPPORT_SHARE}.
     */
    public BigDecimal supportShare() {
        return supportShare;
    }

    /** 质疑期: days after a qualification or ranking is made known within which a bidder may complain (the call's). */
    public int complaintPeriodDays() {
        return complaintPeriodDays;
    }

    /**
     * 定榜 of {@code winner} (already checked by the evaluation's rules): the move {@code award}, the winner
     * recorded, and the event to publish. The caller moves the bids.
     */
    public ChallengeAwarded awardTo(Bid winner, Instant now) {
        advance("award", now);
        awardedBidId = winner.id();
        awardedAt = now;
        return new ChallengeAwarded(id, kind, demandId, resultId, demanderOrNull(), holderOrNull(),
                winner.bidder.toParty(),
                winner.id(), winner.price, winner.durationMonths, awardedAt);
    }

    /**
     * Makes the move {@code action} of {@link ChallengeStatus#LIFECYCLE} (409 {@code ILLEGAL_STATE_TRANSITION}
     * if it does not lead from the current status, refused if still reserved), recording a due close first. For the
     * use cases after the deadline that live outside this package (qualification, evaluation, agreement,
     * milestones); their own rules are checked by their callers before.
     */
    public void advance(String action, Instant now) {
        closeIfDue(now);
        become(ChallengeStatus.LIFECYCLE.apply(action, status), now);
    }

    private void become(ChallengeStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Published once (later moves, cancellation included, keep it public). */
    boolean isPublic() {
        return publishedAt != null;
    }

    boolean isDemandedBy(String uscc) {
        return counterpartyUscc().equals(uscc);
    }
}
