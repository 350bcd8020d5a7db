package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ChallengeRevised;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.bidding.demand.KnownDemands;
import gx.techmarket.bidding.result.KnownResult;
import gx.techmarket.bidding.result.KnownResults;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private final Instance<PublicationCheck> publicationChecks;
    private final KnownResults results;
    private final ChallengeVersionRepository versions;
    private final BidService bidding;

    ChallengeService(ChallengeRepository challenges, BidRepository bids, KnownDemands demands, KnownResults results,
            ChallengeVersionRepository versions, Directory directory, Outbox outbox, Clock clock,
            @Any Instance<PublicationCheck> publicationChecks, BidService bidding) {
        this.bidding = bidding;
        this.versions = versions;
        this.results = results;
        this.publicationChecks = publicationChecks;
        this.challenges = challenges;
        this.bids = bids;
        this.demands = demands;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ChallengeView create(Actor actor, ChallengeRequest request) {
        requireOneSubject(request.demandId(), request.resultId());
        if (request.resultId() != null) {
            return createFromResult(actor, request);
        }
        if (request.regionCode() != null) {
            // a 技术攻关类 challenge belongs to its demand's sub-market
            throw ProblemException.badRequest("REGION_ONLY_FOR_RESULTS").withField("regionCode",
                    "REGION_ONLY_FOR_RESULTS");
        }
        KnownDemand demand = demands.find(request.demandId())
                .orElseThrow(() -> ProblemException.notFound("DEMAND_NOT_FOUND")
                        .withField("demandId", "DEMAND_NOT_FOUND"));
        requireOperates(actor, demand.regionCode());
        requireOpen(demand);
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

    /**
     * 成果转化类 by the operator: a result still offered, in the sub-market the operator names (its own by default;
     * one it operates), whoever holds the result and wherever.
     */
    private ChallengeView createFromResult(Actor actor, ChallengeRequest request) {
        KnownResult result = offeredResult(request.resultId());
        String region = request.regionCode() != null ? request.regionCode() : actor.subMarket().region();
        requireOperates(actor, region);
        Instant now = now();
        String title = request.title() == null || request.title().isBlank() ? result.title() : request.title().strip();
        Challenge challenge = Challenge.resultTransformation(UUID.randomUUID(), result, region, title,
                request.deadline().truncatedTo(ChronoUnit.MICROS), actor.username(), now);
        persistResultChallenge(result, challenge);
        return view(actor, challenge, now);
    }

    private KnownResult offeredResult(UUID id) {
        return results.findOffered(id).orElseThrow(() -> ProblemException.notFound("RESULT_NOT_FOUND")
                .withField("resultId", "RESULT_NOT_FOUND"));
    }

    private void persistResultChallenge(KnownResult result, Challenge challenge) {
        Supplier<ProblemException> challenged = () -> ProblemException.conflict("RESULT_ALREADY_CHALLENGED",
                result.title()).withField("resultId", "RESULT_ALREADY_CHALLENGED");
        if (challenges.resultIsChallenged(result.id())) {
            throw challenged.get();
        }
        persistOnce(() -> challenges.persistAndFlush(challenge), "challenge_result_live", challenged);
    }

    /**
     * A challenge is made or proposed only from a demand still on the market: not closed by its demander, not expired,
     * not matched by a contract drafted for it (409 {@code DEMAND_NOT_OPEN}); a live challenge of its own is
     * {@code DEMAND_ALREADY_CHALLENGED}.
     */
    private void requireOpen(KnownDemand demand) {
        if (!demand.isOpen()) {
            throw ProblemException.conflict("DEMAND_NOT_OPEN", demand.title())
                    .withField("demandId", "DEMAND_NOT_OPEN");
        }
    }

    /** A challenge states a demand (技术攻关类) or a result (成果转化类): exactly one of them. */
    private static void requireOneSubject(UUID demandId, UUID resultId) {
        if ((demandId == null) == (resultId == null)) {
            throw ProblemException.badRequest("CHALLENGE_SUBJECT_REQUIRED").withField("demandId",
                    "CHALLENGE_SUBJECT_REQUIRED");
        }
    }

    /**
     * An enterprise proposes a 技术攻关类 challenge from its own published demand (another organisation's demand is
     * 404, as if unknown); a draft of its organisation until it submits it.
     */
    @Transactional
    ChallengeView propose(Actor actor, ProposalRequest request) {
        requireOneSubject(request.demandId(), request.resultId());
        if (request.resultId() != null) {
            // 成果转化类: the holder of a result still offered (another's result: not found)
            KnownResult result = results.findOffered(request.resultId())
                    .filter(r -> actor.belongsTo(r.holder().uscc()))
                    .orElseThrow(() -> ProblemException.notFound("RESULT_NOT_FOUND")
                            .withField("resultId", "RESULT_NOT_FOUND"));
            Instant now = now();
            Challenge challenge = Challenge.resultProposal(UUID.randomUUID(), result,
                    request.content(result.title()), actor.username(), now);
            persistResultChallenge(result, challenge);
            return view(actor, challenge, now);
        }
        if (!actor.has(Role.ENTERPRISE)) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND").withField("demandId", "DEMAND_NOT_FOUND");
        }
        KnownDemand demand = demands.find(request.demandId())
                .filter(d -> actor.belongsTo(d.demander().uscc()))
                .orElseThrow(() -> ProblemException.notFound("DEMAND_NOT_FOUND")
                        .withField("demandId", "DEMAND_NOT_FOUND"));
        requireOpen(demand);
        Instant now = now();
        Challenge challenge = Challenge.proposal(UUID.randomUUID(), demand, request.content(demand.title()),
                actor.username(), now);
        Supplier<ProblemException> challenged = () -> ProblemException.conflict("DEMAND_ALREADY_CHALLENGED",
                demand.title()).withField("demandId", "DEMAND_ALREADY_CHALLENGED");
        if (challenges.demandIsChallenged(demand.id())) {
            throw challenged.get();
        }
        persistOnce(() -> challenges.persistAndFlush(challenge), "challenge_demand_live", challenged);
        return view(actor, challenge, now);
    }

    /** The proposer rewrites its draft (a new one, or one the operator returned). */
    @Transactional
    ChallengeView editProposal(Actor actor, UUID id, ChallengeContent content) {
        Challenge challenge = proposed(actor, id);
        Instant now = now();
        challenge.edit(content.normalised(), now);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView submit(Actor actor, UUID id) {
        Challenge challenge = proposed(actor, id);
        Instant now = now();
        challenge.submit(now);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView review(Actor actor, UUID id) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        challenge.review(actor.username(), now);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView approve(Actor actor, UUID id) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        // the challenge's own rules first (state, deadline), then the other parts' checks; a refusal rolls it all back
        ChallengePublished published = challenge.approve(actor.username(), now);
        requireReadyToPublish(challenge);
        outbox.publish(published);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView reject(Actor actor, UUID id, String reason) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        challenge.reject(actor.username(), reason.strip(), now);
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView cancel(Actor actor, UUID id, String reason) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        challenge.cancel(actor.username(), reason.strip(), now);
        List<Party> bidders = bids.ofChallenge(challenge.id()).stream().filter(b -> b.status() != BidStatus.WITHDRAWN)
                .map(Bid::bidderParty).distinct().toList();
        outbox.publish(new ChallengeCancelled(challenge.id(), challenge.kind(), challenge.title(),
                challenge.regionCode(), challenge.counterparty(), reason.strip(), bidders, now));
        return view(actor, challenge, now);
    }

    @Transactional
    ChallengeView publish(Actor actor, UUID id) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        ChallengePublished published = challenge.publish(now); // its own rules first, as in approve
        requireReadyToPublish(challenge);
        outbox.publish(published);
        return view(actor, challenge, now);
    }

    /**
     * The operator edits a published challenge while bids are open: a new version is kept (version 1, the content as
     * published, is written at the first edit), and every bid still in competition is invalidated (its bidder must
     * reconfirm it).
     */
    @Transactional
    ChallengeView revise(Actor actor, UUID id, RevisionRequest request) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        Challenge.Revision revision = challenge.revise(request.content(), now);
        if (revision.number() == 2) {
            versions.persist(new ChallengeVersion(challenge.id(), 1, revision.before(), List.of(), null,
                    challenge.createdBy, challenge.publishedAt, false));
        }
        versions.persist(new ChallengeVersion(challenge.id(), revision.number(), revision.after(),
                revision.changes().stream().map(ChallengeSnapshot.FieldChange::field).toList(),
                request.reason().strip(), actor.username(), now, revision.deadlineMoved()));
        List<Party> invalidated = new ArrayList<>();
        for (Bid bid : bids.ofChallenge(challenge.id())) {
            if (BidStatus.LIFECYCLE.allows("invalidate", bid.status())) {
                bid.advance("invalidate", now);
                invalidated.add(bid.bidderParty());
            }
        }
        // the invalidated bidders are told (notification) to reconfirm on this version before its deadline
        outbox.publish(new ChallengeRevised(challenge.id(), challenge.kind(), challenge.title(), challenge.regionCode(),
                revision.number(), challenge.deadline(), revision.deadlineMoved(), request.reason().strip(),
                invalidated.stream().distinct().toList(), now));
        return view(actor, challenge, now);
    }

    /** The versions of a published challenge, oldest first (one, the current content, if it was never edited). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<VersionView> versions(UUID id) {
        Challenge challenge = publicChallenge(id);
        List<ChallengeVersion> kept = versions.of(challenge.id());
        if (kept.isEmpty()) {
            return List.of(VersionView.of(new ChallengeVersion(challenge.id(), 1, challenge.snapshot(), List.of(), null,
                    challenge.createdBy, challenge.publishedAt, false)));
        }
        return kept.stream().map(VersionView::of).toList();
    }

    /** Field by field, what differs between versions {@code from} and {@code to} of a published challenge. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ChallengeSnapshot.FieldChange> differences(UUID id, int from, int to) {
        List<VersionView> all = versions(id);
        return version(all, from, "from").content().changesTo(version(all, to, "to").content());
    }

    private static VersionView version(List<VersionView> all, int number, String param) {
        return all.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> ProblemException.notFound("VERSION_NOT_FOUND", number)
                        .withField(param, "VERSION_NOT_FOUND"));
    }

    private Challenge publicChallenge(UUID id) {
        Challenge challenge = challenges.findById(id);
        if (challenge == null || !challenge.isPublic()) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND");
        }
        return challenge;
    }

    /** A draft the operator made joins a call of its sub-market (the call checked the caller operates it). */
    @Transactional(Transactional.TxType.MANDATORY)
    ChallengeView joinCall(Actor actor, UUID id, CallTerms call) {
        Challenge challenge = operated(actor, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        challenge.join(call, now);
        return view(actor, challenge, now);
    }

    /** The call is published: every draft of it is published (each asked of the publication checks). */
    @Transactional(Transactional.TxType.MANDATORY)
    int publishCall(UUID callId) {
        Instant now = now();
        List<Challenge> drafts = challenges.ofCall(callId, ChallengeStatus.DRAFT);
        for (Challenge challenge : drafts) {
            ChallengePublished published = challenge.publishWithCall(now);
            requireReadyToPublish(challenge);
            outbox.publish(published);
        }
        return drafts.size();
    }

    /** The challenges of a call as anyone sees them (published ones), or with the caller's actions. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> ofCall(Actor actorOrNull, UUID callId, ChallengeOrder order, Paging paging) {
        Instant now = now();
        if (actorOrNull == null) {
            return challenges.ofCall(callId, true, order, paging).map(c -> ChallengeView.of(c, now, List.of()));
        }
        return views(actorOrNull, challenges.ofCall(callId, false, order, paging), now);
    }

    /** What the other parts of the service require before publication (e.g. a complete evaluation method). */
    private void requireReadyToPublish(Challenge challenge) {
        for (PublicationCheck check : publicationChecks) {
            check.requireReadyToPublish(challenge);
        }
    }

    /** The proposals of the caller's organisation, whatever their state (the proposer's workbench). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> proposed(Actor actor, ChallengeOrder order, Paging paging) {
        return views(actor, challenges.proposedBy(actor.orgId(), order, paging), now());
    }

    /** The operator's review queue: proposals submitted or under review in the caller's sub-market, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> submitted(Actor actor, ChallengeOrder order, Paging paging) {
        return views(actor, challenges.submitted(actor.subMarket(), order, paging), now());
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
        Instant now = now();
        challenge.requireAcceptsBids(now);
        BiddingPolicy.requireMayBidOn(challenge.kind, actor.organisation()); // the lead's kind, by the challenge's kind
        return bidding.submit(actor, challenge, request, now); // consortium, team, sealing: BidService
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

    /**
     * A challenge the caller may see: published ones to every signed-in user, the others to their region's operator
     * and to the organisation that proposed them.
     */
    private Challenge visible(Actor actor, UUID id, LockModeType lock) {
        Challenge challenge = challenges.findById(id, lock);
        if (challenge == null || !(challenge.isPublic() || actor.operates(challenge.regionCode)
                || challenge.isProposed() && actor.belongsTo(challenge.proposerUscc))) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND");
        }
        return challenge;
    }

    /** A challenge the caller's organisation proposed (another's, or one the operator made, is not found). */
    private Challenge proposed(Actor actor, UUID id) {
        Challenge challenge = challenges.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !challenge.proposedBy(actor)) {
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
