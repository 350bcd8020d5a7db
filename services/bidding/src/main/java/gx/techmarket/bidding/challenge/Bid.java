package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.contracts.events.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A bid (揭榜方案) of one organisation on one challenge. The bidder organisation is recorded as the caller's token
 * named it when the bid was submitted; it is the winner of the award event if the bid is selected.
 */
@Entity
@Table(name = "bid")
public class Bid {

    private static final Set<BidStatus> IN_COMPETITION =
            EnumSet.of(BidStatus.SUBMITTED, BidStatus.RECONFIRMED, BidStatus.SCORED);

    @Id
    UUID id;

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(name = "bidder_uscc", nullable = false, length = 18)
    String bidderUscc;

    @Column(name = "bidder_name", nullable = false, length = 200)
    String bidderName;

    @Column(name = "bidder_kind", nullable = false, length = 20)
    String bidderKind;

    @Column(name = "bidder_region", nullable = false, length = 6)
    String bidderRegion;

    @Column(name = "bidder_parent_uscc", length = 18)
    String bidderParentUscc;

    @Column(name = "submitted_by", nullable = false, length = 200)
    String submittedBy;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal price;

    @Column(name = "plan_summary", nullable = false, length = 2000)
    String planSummary;

    @Column(name = "duration_months", nullable = false)
    int durationMonths;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    BidStatus status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected Bid() {
        // for Hibernate
    }

    /** 揭榜: a sealed bid, submitted at once, of {@code bidder} on an open challenge it is eligible for. */
    static Bid submit(UUID id, Challenge challenge, Party bidder, String submittedBy, BigDecimal price,
            String planSummary, int durationMonths, Instant now) {
        challenge.requireAcceptsBids(now);
        BiddingPolicy.requireEligibleBidder(bidder, challenge.demanderUscc, challenge.demanderParentUscc);
        Bid b = new Bid();
        b.id = id;
        b.challengeId = challenge.id;
        b.bidderUscc = bidder.uscc();
        b.bidderName = bidder.name();
        b.bidderKind = bidder.kind().name();
        b.bidderRegion = bidder.region();
        b.bidderParentUscc = bidder.parentUscc();
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
        move(BidStatus.SELECTED, now);
        decidedAt = now;
    }

    void notSelect(Instant now) {
        move(BidStatus.NOT_SELECTED, now);
        decidedAt = now;
    }

    /** Still competing for the award (not withdrawn from it by a decision). */
    boolean isInCompetition() {
        return IN_COMPETITION.contains(status);
    }

    private void move(BidStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw ProblemException.illegalTransition("Bid", status, next);
        }
        status = next;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public BidStatus status() {
        return status;
    }
}
