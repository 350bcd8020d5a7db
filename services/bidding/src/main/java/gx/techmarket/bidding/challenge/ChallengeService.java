package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.bidding.demand.KnownDemands;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;
    private final BidService bidding;

    ChallengeService(ChallengeRepository challenges, BidRepository bids, KnownDemands demands, Directory directory,
            Outbox outbox, Clock clock, BidService bidding) {
        this.bidding = bidding;
        this.challenges = challenges;
        this.bids = bids;
        this.demands = demands;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ChallengeView create(Actor actor, ChallengeRequest request) {
        KnownDemand demand = demands.find(request.demandId())
                .orElseThrow(() -> ProblemException.notFound("DEMAND_NOT_FOUND")
                        .withField("demandId", "DEMAND_NOT_FOUND"));
        requireOperates(actor, demand.regionCode());
        Instant now = now();
        String title = request.title() == null || request.title().isBlank() ? demand.title() : request.title().strip();
        Challenge challenge = Challenge.technologyBreakthrough(UUID.randomUUID(), demand, title,
                request.deadline().truncatedTo(ChronoUnit.MICROS), actor.username(), now);
        Supplier<ProblemException> challenged = () -> ProblemException.conflict("DEMAND_ALREADY_CHALLENGED",
                demand.title()).withField("demandId", "DEMAND_ALREADY_CHALLENGED");
        if (challenges.demandIsChallenged(demand.id())) {
            throw challenged.get();
        }
        persistOnce(() -> challenges.persistAndFlush(challenge), "challenge_demand_live", challenged);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView publish(Actor actor, UUID id) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        outbox.publish(challenge.publish(now));
        return view(actor, challenge, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ChallengeView get(Actor actor, UUID id) {
        return view(actor, visible(actor, id, LockModeType.NONE), now());
    }

    /** 榜单 as a signed-in user sees it: with the actions the caller may take on each challenge. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> listed(Actor actor, String region, Boolean open, ChallengeOrder order, Paging paging) {
        Instant now = now();
        return views(actor, challenges.listed(region, open, order, now, paging), now);
    }

    /** 榜单 as anyone sees it, signed in or not: published challenges (and later), no actions. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> publicListed(String region, Boolean open, ChallengeOrder order, Paging paging) {
        Instant now = now();
        return challenges.listed(region, open, order, now, paging).map(c -> ChallengeView.of(c, now, List.of()));
    }

    /** A published challenge (or a later one) as anyone sees it; a draft is not found. Bids are never shown here. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ChallengeView publicGet(UUID id) {
        Challenge challenge = challenges.findById(id);
        if (challenge == null || !challenge.isPublic()) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND");
        }
        return ChallengeView.of(challenge, now(), List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> demanded(Actor actor, ChallengeOrder order, Paging paging) {
        return views(actor, challenges.demandedBy(actor.orgId(), order, paging), now());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> drafts(Actor actor, ChallengeOrder order, Paging paging) {
        return views(actor, challenges.drafts(actor.subMarket(), order, paging), now());
    }

    @Transactional
    BidView submitBid(Actor actor, UUID challengeId, BidRequest request) {
        // a shared lock: bids may arrive together, but not while the challenge is being awarded or changed
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_READ);
        return bidding.submit(actor, challenge, request, now()); // consortium, team, sealing: BidService
    }

    /**
     * Sealed: before the deadline the caller's organisation's own bid only; after it, all to demander and operator
     * (what {@link Challenge#showsBid} lets each caller see, asked of the database so that the total counts it).
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<BidView> bidsOf(Actor actor, UUID challengeId, BidOrder order, Paging paging) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        Instant now = now();
        String onlyOf = challenge.showsAllBids(actor, now) ? null : actor.orgId();
        return bids.ofChallenge(challengeId, onlyOf, order, paging).map(b -> bidView(actor, challenge, b, now));
    }

    @Transactional
    ChallengeView award(Actor actor, UUID challengeId, UUID bidId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!challenge.isDemandedBy(actor.orgId())) {
            throw ProblemException.forbidden("NOT_CHALLENGE_DEMANDER");
        }
        Instant now = now();
        outbox.publish(challenge.award(bidId, bids.ofChallenge(challengeId), now));
        return view(actor, challenge, now);
    }

    private ChallengeView view(Actor actor, Challenge challenge, Instant now) {
        return views(actor, List.of(challenge), now).get(0);
    }

    private Page<ChallengeView> views(Actor actor, Page<Challenge> page, Instant now) {
        return new Page<>(views(actor, page.items(), now), page.total(), page.page(), page.size());
    }

    /**
     * The views with the caller's actions. What the bids add to the rules (has the caller's organisation bid? is a
     * bid still in competition?) is asked once for the whole page, and only about the challenges where it matters.
     */
    private List<ChallengeView> views(Actor actor, List<Challenge> page, Instant now) {
        Function<String, Relation> relationTo = relationsOf(actor);
        Set<UUID> bidOn = bids.bidOnBy(actor.orgId(), ids(page, c -> c.biddableBy(actor, relationTo, now)));
        Set<UUID> contested = bids.contested(ids(page, c -> c.awardableBy(actor, now)));
        return page.stream().map(c -> ChallengeView.of(c, now, c.actionsFor(actor, relationTo, now,
                bidOn.contains(c.id()), contested.contains(c.id())))).toList();
    }

    /**
     * What the caller's organisation is to another in the directory's group tree, asked once per demander of a page
     * (a page's challenges often share demanders, and each question walks the tree in the read model).
     */
    private Function<String, Relation> relationsOf(Actor actor) {
        Map<String, Relation> known = new HashMap<>();
        return other -> known.computeIfAbsent(other, o -> directory.relation(actor.orgId(), o));
    }

    private static List<UUID> ids(List<Challenge> page, Predicate<Challenge> which) {
        return page.stream().filter(which).map(c -> c.id()).toList();
    }

    private static BidView bidView(Actor actor, Challenge challenge, Bid bid, Instant now) {
        return BidView.of(bid, BidService.actionsOn(actor, challenge, bid, now));
    }

    /** A challenge the caller may see: published ones to every signed-in user, drafts to their region's operator. */
    private Challenge visible(Actor actor, UUID id, LockModeType lock) {
        Challenge challenge = challenges.findById(id, lock);
        if (challenge == null || !(challenge.isPublic() || actor.operates(challenge.regionCode))) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND");
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
            Supplier<ProblemException> lost) {
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

    private Instant now() {
        return MarketClock.now(clock);
    }
}
