package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.domain.Relation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A bid (揭榜方案) of one organisation on one challenge. The bidder organisation is recorded as the directory knew
 * the caller's organisation when the bid was submitted; it is the winner of the award event if the bid is selected.
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

    protected Bid() {
        // for Hibernate
    }

    /**
     * 揭榜: a sealed bid, submitted at once, of {@code bidder} on an open challenge it is eligible for, given what the
     * bidder is to the challenge's demander in the directory's group tree.
     */
    static Bid submit(UUID id, Challenge challenge, Party bidder, Relation bidderToDemander, String submittedBy,
            BigDecimal price, String planSummary, int durationMonths, Instant now) {
        challenge.requireAcceptsBids(now);
        BiddingPolicy.requireEligibleBidder(bidder, challenge.counterparty(), bidderToDemander);
        Bid b = new Bid();
        b.id = id;
        b.challengeId = challenge.id();
        b.bidder = OrgSnapshot.of(bidder);
        b.submittedBy = submittedBy;
        // 元 with fen: "3500000.5" is kept (and shown) as 3500000.50; validation already refused finer amounts
        b.price = price.setScale(2, RoundingMode.UNNECESSARY);
        b.planSummary = planSummary;
        b.durationMonths = durationMonths;
        b.status = BidStatus.SUBMITTED;
        b.createdAt = now;
        b.updatedAt = now;
        b.submittedAt = now;
        return b;
    }

    void select(Instant now) {
        decide("select", now);
    }

    void notSelect(Instant now) {
        decide("not-select", now);
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
