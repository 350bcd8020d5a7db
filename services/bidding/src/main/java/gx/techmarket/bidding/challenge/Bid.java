package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.domain.Relation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A bid (揭榜方案) of one organisation on one challenge. The bidder organisation is recorded as the directory knew
 * the caller's organisation when the bid was submitted; it is the winner of the award event if the bid is selected.
 * A consortium bid (联合体) lists its members besides: the lead and every member are its {@link #participants}.
 */
@Entity
@Table(name = "bid")
public class Bid extends ChangingAggregate {

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Embedded
    @EmbeddedColumnNaming("bidder_%s")
    OrgSnapshot bidder;

    @Column(name = "submitted_by", nullable = false, length = 200)
    String submittedBy;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal price;

    @Column(name = "plan_summary", nullable = false, length = 5000)
    String planSummary;

    @Column(name = "duration_months", nullable = false)
    int durationMonths;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    BidStatus status;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    /** The lead (position 0) and the consortium's members, in the order the bidder listed them. */
    @ElementCollection
    @CollectionTable(name = "bid_participant", joinColumns = @JoinColumn(name = "bid_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    List<BidParticipant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bid_team_member", joinColumns = @JoinColumn(name = "bid_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    List<TeamMember> team = new ArrayList<>();

    /** The challenge's version the bid was made or last reconfirmed on ({@code null} for bids older than issue 17). */
    @Column(name = "challenge_version")
    Long challengeVersion;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "reconfirmed_at")
    Instant reconfirmedAt;

    protected Bid() {
        // for Hibernate
    }

    /**
     * 揭榜: a sealed bid, submitted at once, of {@code lead} (with the consortium {@code members}, none for a bid of one
     * organisation) on an open challenge. Neither the lead nor any member may be the challenge's counterparty or
     * lineally related to it in the directory's group tree ({@code relationToCounterparty} tells what an organisation,
     * by USCC, is to it).
     */
    static Bid submit(UUID id, Challenge challenge, Party lead, List<Party> members,
            Function<String, Relation> relationToCounterparty, String submittedBy, BigDecimal price, String planSummary,
            int durationMonths, List<TeamMember> team, Instant now) {
        challenge.requireAcceptsBids(now);
        Party counterparty = challenge.counterparty();
        BiddingPolicy.requireEligibleBidder(lead, counterparty, relationToCounterparty.apply(lead.uscc()));
        BiddingPolicy.requireConsortium(lead, members);
        for (Party member : members) {
            BiddingPolicy.requireEligibleMember(member, counterparty, relationToCounterparty.apply(member.uscc()));
        }
        Bid b = new Bid();
        b.id = id;
        b.challengeId = challenge.id();
        b.bidder = OrgSnapshot.of(lead);
        b.participants.add(BidParticipant.of(challenge.id(), BidParticipant.Role.LEAD, lead));
        for (Party member : members) {
            b.participants.add(BidParticipant.of(challenge.id(), BidParticipant.Role.MEMBER, member));
        }
        b.team.addAll(team);
        b.submittedBy = submittedBy;
        b.price = fen(price);
        b.planSummary = planSummary;
        b.durationMonths = durationMonths;
        b.status = BidStatus.SUBMITTED;
        b.challengeVersion = challenge.version();
        b.createdAt = now;
        b.updatedAt = now;
        b.submittedAt = now;
        return b;
    }

    /**
     * A bid of one organisation, {@code bidder}, with no team listed (as bids made before issue 17 are): what unit
     * tests of the later stages need; the API always lists a team ({@link BidRequest}).
     */
    static Bid submit(UUID id, Challenge challenge, Party bidder, Relation bidderToCounterparty, String submittedBy,
            BigDecimal price, String planSummary, int durationMonths, Instant now) {
        return submit(id, challenge, bidder, List.of(), uscc -> bidderToCounterparty, submittedBy, price,
                planSummary, durationMonths, List.of(), now);
    }

    /** 撤回: the lead withdraws the bid before the deadline, for good (its organisations cannot bid again on it). */
    void withdraw(Challenge challenge, Instant now) {
        BiddingPolicy.requireWithdrawalInTime(challenge.deadline(), now);
        challenge.requireAcceptsBids(now);
        decide("withdraw", now);
        withdrawnAt = now;
    }

    /**
     * 重新确认: after an edit of the challenge invalidated it, the lead confirms the bid on the challenge's current
     * version before the deadline, with a revised price, plan or duration where given (the others stay).
     */
    void reconfirm(Challenge challenge, BigDecimal newPrice, String newPlan, Integer newDuration, Instant now) {
        challenge.requireAcceptsBids(now);
        decide("reconfirm", now);
        if (newPrice != null) {
            price = fen(newPrice);
        }
        if (newPlan != null) {
            planSummary = newPlan;
        }
        if (newDuration != null) {
            durationMonths = newDuration;
        }
        challengeVersion = challenge.version();
        reconfirmedAt = now;
    }

    /** 元 with fen: "3500000.5" is kept (and shown) as 3500000.50; validation already refused finer amounts. */
    private static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether organisation {@code uscc} takes part in this bid, as its lead or a member of its consortium. */
    boolean involves(String uscc) {
        return participants.stream().anyMatch(p -> p.is(uscc)) || bidder.is(uscc);
    }

    /** Whether organisation {@code uscc} leads this bid (only the lead changes it). */
    boolean isLedBy(String uscc) {
        return bidder.is(uscc);
    }

    /** Still competing for the award (not withdrawn from it by a decision). */
    boolean isInCompetition() {
        return status.isInCompetition();
    }

    // --- The face the evaluation and agreement packages use (issue 17).

    public UUID challengeId() {
        return challengeId;
    }

    /** 揭榜方 as the directory knew the caller's organisation at submission (the lead, for a consortium). */
    public Party bidderParty() {
        return bidder.toParty();
    }

    public BigDecimal price() {
        return price;
    }

    public int durationMonths() {
        return durationMonths;
    }

    public BidStatus status() {
        return status;
    }

    /** The consortium's members besides the lead, in the bidder's order; empty for a bid of one organisation. */
    public List<Party> members() {
        return participants.stream().filter(p -> p.role() == BidParticipant.Role.MEMBER)
                .map(BidParticipant::party).toList();
    }

    /** Every organisation of the bid: the lead first, then the consortium's members. */
    public List<Party> parties() {
        List<Party> all = new ArrayList<>();
        all.add(bidderParty());
        all.addAll(members());
        return all;
    }

    /** The team, in the bidder's order. */
    public List<BidRequest.Person> team() {
        return team.stream().map(TeamMember::toPerson).toList();
    }

    /** Makes the move {@code action} of {@link BidStatus#LIFECYCLE} (409 if it does not lead from the status). */
    public void advance(String action, Instant now) {
        decide(action, now);
    }

    private void decide(String action, Instant now) {
        status = BidStatus.LIFECYCLE.apply(action, status);
        updatedAt = now;
        decidedAt = now;
    }
}
