package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 揭榜挂帅 challenge and its lifecycle. State changes go through the methods, which enforce {@link ChallengeStatus}
 * and the time rules of {@link BiddingPolicy}.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    UUID id;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ChallengeKind kind;

    @Column(name = "demand_id", nullable = false)
    UUID demandId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Column(name = "demander_uscc", nullable = false, length = 18)
    String demanderUscc;

    @Column(name = "demander_name", nullable = false, length = 200)
    String demanderName;

    @Column(name = "demander_kind", nullable = false, length = 20)
    String demanderKind;

    @Column(name = "demander_region", nullable = false, length = 6)
    String demanderRegion;

    @Column(name = "demander_parent_uscc", length = 18)
    String demanderParentUscc;

    @Column(nullable = false)
    Instant deadline;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ChallengeStatus status;

    @Column(name = "awarded_bid_id")
    UUID awardedBidId;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "awarded_at")
    Instant awardedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected Challenge() {
        // for Hibernate
    }

    /** A 技术攻关类 draft stating a published demand, in the demand's sub-market. */
    static Challenge technologyBreakthrough(UUID id, KnownDemand demand, String title, Instant deadline,
            String createdBy, Instant now) {
        BiddingPolicy.requireDeadlineAhead(deadline, now);
        Challenge c = new Challenge();
        c.id = id;
        c.kind = ChallengeKind.TECHNOLOGY_BREAKTHROUGH;
        c.demandId = demand.id();
        c.title = title;
        c.regionCode = demand.regionCode();
        c.demanderUscc = demand.demanderUscc();
        c.demanderName = demand.demanderName();
        c.demanderKind = demand.demanderKind();
        c.demanderRegion = demand.demanderRegion();
        c.demanderParentUscc = demand.demanderParentUscc();
        c.deadline = deadline;
        c.status = ChallengeStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** 发榜: the operator publishes the challenge; bids are open until the deadline. */
    void publish(Instant now) {
        if (status.canBecome(ChallengeStatus.PUBLISHED)) {
            BiddingPolicy.requireDeadlineAheadToPublish(deadline, now);
        }
        move(ChallengeStatus.PUBLISHED, now);
        publishedAt = now;
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
            move(ChallengeStatus.CLOSED, now);
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

    /**
     * 定榜: selects {@code winner} among {@code bids} (all bids of this challenge). Only after the deadline; the
     * other bids are not selected.
     */
    void award(Bid winner, List<Bid> bids, Instant now) {
        closeIfDue(now);
        BiddingPolicy.requireAwardAfterDeadline(deadline, now);
        move(ChallengeStatus.AWARDED, now);
        awardedBidId = winner.id;
        awardedAt = now;
        winner.select(now);
        for (Bid other : bids) {
            if (!other.id.equals(winner.id) && other.isInCompetition()) {
                other.notSelect(now);
            }
        }
    }

    private void move(ChallengeStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw ProblemException.illegalTransition("Challenge", status, next);
        }
        status = next;
        updatedAt = now;
    }

    boolean isPublic() {
        return publishedAt != null;
    }

    boolean isDemandedBy(String uscc) {
        return demanderUscc.equals(uscc);
    }

    public UUID id() {
        return id;
    }

    public ChallengeStatus status() {
        return status;
    }

    public Instant deadline() {
        return deadline;
    }
}
