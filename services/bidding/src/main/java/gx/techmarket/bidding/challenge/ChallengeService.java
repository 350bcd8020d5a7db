package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.bidding.demand.KnownDemands;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The 揭榜挂帅 use cases, each one transaction, each checking who may do it to which challenge or bid.
 *
 * <p>Every write on a challenge or its bids first locks the challenge row: a bid and the award (or a bid and the
 * deadline check) can then not interleave, so the award always sees every bid accepted before the deadline.
 */
@ApplicationScoped
class ChallengeService {

    private final ChallengeRepository challenges;
    private final BidRepository bids;
    private final KnownDemands demands;
    private final Outbox outbox;
    private final Clock clock;

    ChallengeService(ChallengeRepository challenges, BidRepository bids, KnownDemands demands, Outbox outbox,
            Clock clock) {
        this.challenges = challenges;
        this.bids = bids;
        this.demands = demands;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ChallengeView create(Actor actor, ChallengeRequest request) {
        KnownDemand demand = demands.find(request.demandId())
                .orElseThrow(() -> ProblemException.notFound("DEMAND_NOT_FOUND", request.demandId()));
        requireOperates(actor, demand.regionCode());
        Instant now = now();
        String title = request.title() == null || request.title().isBlank() ? demand.title() : request.title().strip();
        Challenge challenge = Challenge.technologyBreakthrough(UUID.randomUUID(), demand, title,
                request.deadline().truncatedTo(ChronoUnit.MICROS), actor.username(), now);
        if (challenges.demandIsChallenged(demand.id())) {
            throw ProblemException.conflict("DEMAND_ALREADY_CHALLENGED", demand.id());
        }
        persistOnce(() -> challenges.persistAndFlush(challenge), "challenge_demand_live",
                () -> ProblemException.conflict("DEMAND_ALREADY_CHALLENGED", demand.id()));
        return ChallengeView.of(challenge, now);
    }

    @Transactional
    ChallengeView publish(Actor actor, UUID id) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        challenge.publish(now);
        outbox.publish(ChallengePublished.technologyBreakthrough(challenge.id, challenge.demandId, challenge.title,
                demander(challenge), challenge.regionCode, challenge.deadline, challenge.publishedAt));
        return ChallengeView.of(challenge, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ChallengeView get(Actor actor, UUID id) {
        return ChallengeView.of(visible(actor, id, LockModeType.NONE), now());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ChallengeView> listed(String region, int page, int size) {
        Instant now = now();
        return challenges.listed(region, page, size).stream().map(c -> ChallengeView.of(c, now)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ChallengeView> demanded(Actor actor, int page, int size) {
        Instant now = now();
        return challenges.demandedBy(actor.organisation().uscc(), page, size).stream()
                .map(c -> ChallengeView.of(c, now)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ChallengeView> drafts(Actor actor) {
        Instant now = now();
        List<String> regions = actor.isProvinceAdmin() ? null : List.of(actor.organisation().region());
        return challenges.drafts(regions).stream().map(c -> ChallengeView.of(c, now)).toList();
    }

    @Transactional
    BidView submitBid(Actor actor, UUID challengeId, BidRequest request) {
        // a shared lock: bids may arrive together, but not while the challenge is being awarded or changed
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_READ);
        Instant now = now();
        Bid bid = Bid.submit(UUID.randomUUID(), challenge, actor.organisation(), actor.username(), request.price(),
                request.planSummary().strip(), request.durationMonths(), now);
        if (bids.exists(challengeId, actor.orgId())) {
            throw ProblemException.conflict("BID_ALREADY_SUBMITTED", challengeId);
        }
        persistOnce(() -> bids.persistAndFlush(bid), "bid_one_per_bidder",
                () -> ProblemException.conflict("BID_ALREADY_SUBMITTED", challengeId));
        return BidView.of(bid);
    }

    /** Sealed: before the deadline the caller's organisation's own bid only; after it, all to demander and operator. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<BidView> bidsOf(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        Instant now = now();
        return bids.ofChallenge(challengeId).stream()
                .filter(b -> BiddingPolicy.maySeeBid(actor, b.bidderUscc, challenge.demanderUscc,
                        challenge.regionCode, challenge.deadline, now))
                .map(BidView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    BidView bid(Actor actor, UUID bidId) {
        Bid bid = bids.findById(bidId);
        if (bid == null) {
            throw ProblemException.notFound("BID_NOT_FOUND", bidId);
        }
        Challenge challenge = challenges.findById(bid.challengeId);
        if (!BiddingPolicy.maySeeBid(actor, bid.bidderUscc, challenge.demanderUscc, challenge.regionCode,
                challenge.deadline, now())) {
            throw ProblemException.notFound("BID_NOT_FOUND", bidId);
        }
        return BidView.of(bid);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<BidView> mine(Actor actor) {
        return bids.by(actor.orgId()).stream().map(BidView::of).toList();
    }

    @Transactional
    ChallengeView award(Actor actor, UUID challengeId, UUID bidId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!challenge.isDemandedBy(actor.orgId())) {
            throw ProblemException.forbidden("NOT_CHALLENGE_DEMANDER");
        }
        Instant now = now();
        BiddingPolicy.requireAwardAfterDeadline(challenge.deadline, now);
        List<Bid> all = bids.ofChallenge(challengeId);
        Bid winner = all.stream().filter(b -> b.id.equals(bidId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("BID_NOT_FOUND", bidId));
        challenge.award(winner, all, now);
        outbox.publish(new ChallengeAwarded(challenge.id, challenge.kind, challenge.demandId, null,
                demander(challenge), null, bidder(winner), winner.id, winner.price, winner.durationMonths,
                challenge.awardedAt));
        return ChallengeView.of(challenge, now);
    }

    /** A challenge the caller may see: published ones to every signed-in user, drafts to their region's operator. */
    private Challenge visible(Actor actor, UUID id, LockModeType lock) {
        Challenge challenge = challenges.findById(id, lock);
        if (challenge == null || !(challenge.isPublic() || actor.operates(challenge.regionCode))) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND", id);
        }
        return challenge;
    }

    private Challenge operated(Actor actor, UUID id, LockModeType lock) {
        Challenge challenge = visible(actor, id, lock);
        requireOperates(actor, challenge.regionCode);
        return challenge;
    }

    private static void requireOperates(Actor actor, String region) {
        if (!actor.has(Role.ADMIN) || !actor.operates(region)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", GuangxiRegions.nameOf(region).orElse(region));
        }
    }

    /**
     * Flushes an insert; a unique index that a concurrent request won first becomes the given problem instead of a
     * 500. The transaction is rolled back either way.
     */
    private static void persistOnce(Runnable insert, String constraint,
            java.util.function.Supplier<ProblemException> lost) {
        try {
            insert.run();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null
                        && cve.getConstraintName().contains(constraint)) {
                    throw lost.get();
                }
            }
            throw e;
        }
    }

    private static Party demander(Challenge c) {
        return new Party(c.demanderUscc, c.demanderName, OrgKind.valueOf(c.demanderKind), c.demanderRegion,
                c.demanderParentUscc);
    }

    private static Party bidder(Bid b) {
        return new Party(b.bidderUscc, b.bidderName, OrgKind.valueOf(b.bidderKind), b.bidderRegion,
                b.bidderParentUscc);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
