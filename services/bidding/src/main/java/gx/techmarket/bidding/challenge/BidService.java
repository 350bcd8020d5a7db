package gx.techmarket.bidding.challenge;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The bidder's use cases (揭榜方案): a bid of one organisation or of a consortium, its withdrawal and its
 * reconfirmation, and the sealed reads of single bids and of the caller's own.
 *
 * <p>Sealed: before the deadline a bid is seen only by the organisations taking part in it (its lead and the members
 * of its consortium), not by the counterparty, not by any operator; from the deadline the counterparty and the
 * operator of the challenge's sub-market see every bid. A bid the caller may not see is 404 {@code BID_NOT_FOUND}.
 * Only the lead's users change a bid (withdraw, reconfirm); a member's are refused with 403 {@code NOT_BID_LEAD}.
 *
 * <p>A write on a bid first takes the challenge's row in shared mode (as a new bid does), then the bid's row: the
 * award, which takes the challenge exclusively, sees a withdrawal either done or not begun.
 */
@ApplicationScoped
class BidService {

    private final ChallengeRepository challenges;
    private final BidRepository bids;
    private final Directory directory;
    private final Clock clock;

    BidService(ChallengeRepository challenges, BidRepository bids, Directory directory, Clock clock) {
        this.challenges = challenges;
        this.bids = bids;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * 揭榜 on {@code challenge} (visible to the caller and locked in shared mode by the caller's transaction): the
     * caller's organisation leads; the consortium's members are read from the directory by USCC.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    BidView submit(Actor actor, Challenge challenge, BidRequest request, Instant now) {
        BiddingPolicy.requireCurrentVersion(request.challengeVersion(), challenge.version());
        List<String> memberUsccs = request.membersOrNone();
        BiddingPolicy.requireMemberList(actor.orgId(), memberUsccs);
        List<Party> members = new ArrayList<>(memberUsccs.size());
        for (int i = 0; i < memberUsccs.size(); i++) {
            String uscc = memberUsccs.get(i);
            String field = "members[" + i + "]";
            members.add(directory.verifiedParty(uscc).orElseThrow(() -> ProblemException
                    .badRequest("CONSORTIUM_MEMBER_UNKNOWN", uscc)
                    .withField(field, "CONSORTIUM_MEMBER_UNKNOWN")));
        }
        String counterparty = challenge.counterparty().uscc();
        Function<String, Relation> toCounterparty = uscc -> directory.relation(uscc, counterparty);
        Bid bid = Bid.submit(UUID.randomUUID(), challenge, actor.organisation(), members, toCounterparty,
                actor.username(), request.price(), request.planSummary().strip(), request.durationMonths(),
                request.team().stream().map(TeamMember::of).toList(), now);
        requireNotTakingPart(challenge, bid.parties());
        persistOnce(() -> bids.persistAndFlush(bid), () -> ProblemException.conflict("BID_ALREADY_SUBMITTED",
                challenge.title()));
        return BidView.of(bid, actionsOn(actor, challenge, bid, now));
    }

    /** 撤回 before the deadline, by the lead's users. */
    @Transactional
    BidView withdraw(Actor actor, UUID bidId) {
        Instant now = now();
        Led led = led(actor, bidId, now);
        led.bid.withdraw(led.challenge, now);
        return BidView.of(led.bid, actionsOn(actor, led.challenge, led.bid, now));
    }

    /** 重新确认 of an invalidated bid on the challenge's current version, before the deadline, by the lead's users. */
    @Transactional
    BidView reconfirm(Actor actor, UUID bidId, ReconfirmRequest request) {
        Instant now = now();
        Led led = led(actor, bidId, now);
        BiddingPolicy.requireBidInTime(led.challenge.deadline(), now);
        BiddingPolicy.requireCurrentVersion(request.challengeVersion(), led.challenge.version());
        led.bid.reconfirm(led.challenge, request.price(),
                request.planSummary() == null ? null : request.planSummary().strip(), request.durationMonths(), now);
        return BidView.of(led.bid, actionsOn(actor, led.challenge, led.bid, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    BidView bid(Actor actor, UUID bidId) {
        Instant now = now();
        Led seen = visible(actor, bidId, now);
        return BidView.of(seen.bid(), actionsOn(actor, seen.challenge(), seen.bid(), now));
    }

    /** 我的揭榜: the bids the caller's organisation takes part in (as lead or consortium member), of one status or all. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<BidView> mine(Actor actor, BidStatus status, BidOrder order, Paging paging) {
        Instant now = now();
        Page<Bid> page = bids.by(actor.orgId(), status, order, paging);
        List<UUID> ids = page.items().stream().map(Bid::challengeId).distinct().toList();
        Map<UUID, Challenge> byId = ids.isEmpty() ? Map.of() : challenges.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Challenge::id, c -> c));
        return page.map(b -> BidView.of(b, actionsOn(actor, byId.get(b.challengeId()), b, now)));
    }

    /**
     * What {@code actor} may do to {@code bid} now: the challenge's own (the demander's {@code award}), and for the
     * lead's users while bids are open {@code withdraw}, {@code upload} (a document) and, for an invalidated bid,
     * {@code reconfirm}.
     */
    static List<String> actionsOn(Actor actor, Challenge challenge, Bid bid, Instant now) {
        List<String> actions = new ArrayList<>(challenge.actionsOn(actor, bid, now));
        if ((actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE)) && bid.isLedBy(actor.orgId())
                && challenge.acceptsBids(now)) {
            if (BidStatus.LIFECYCLE.allows("withdraw", bid.status())) {
                actions.add("withdraw");
            }
            if (BidStatus.LIFECYCLE.allows("reconfirm", bid.status())) {
                actions.add("reconfirm");
            }
            if (BidStatus.LIFECYCLE.allows("withdraw", bid.status())) {
                actions.add("upload");
            }
        }
        return actions;
    }

    /** Sealed: the bid's organisations always; the counterparty and the operator from the deadline on. */
    static boolean shows(Actor actor, Challenge challenge, Bid bid, Instant now) {
        return bid.involves(actor.orgId()) || challenge.showsAllBids(actor, now);
    }

    /**
     * A bid the caller's organisation leads, with its challenge, both locked for a change (in a transaction): 404
     * {@code BID_NOT_FOUND} when the caller may not see it, 403 {@code NOT_BID_LEAD} for a consortium member's users.
     */
    Led led(Actor actor, UUID bidId, Instant now) {
        Bid bid = bids.findById(bidId);
        if (bid == null) {
            throw ProblemException.notFound("BID_NOT_FOUND");
        }
        Challenge challenge = challenges.findById(bid.challengeId(), LockModeType.PESSIMISTIC_READ);
        if (!shows(actor, challenge, bid, now)) {
            throw ProblemException.notFound("BID_NOT_FOUND");
        }
        if (!bid.isLedBy(actor.orgId())) {
            throw ProblemException.forbidden("NOT_BID_LEAD", bid.bidderParty().name());
        }
        bids.getEntityManager().refresh(bid, LockModeType.PESSIMISTIC_WRITE);
        return new Led(challenge, bid);
    }

    record Led(Challenge challenge, Bid bid) {

        /** Whether the bid's content (its documents) may change now: bids open, the bid not withdrawn or decided. */
        boolean changeable(Instant now) {
            return challenge.acceptsBids(now) && BidStatus.LIFECYCLE.allows("withdraw", bid.status());
        }
    }

    /** A bid the caller may see, with its challenge (no lock): 404 {@code BID_NOT_FOUND} else. */
    Led visible(Actor actor, UUID bidId, Instant now) {
        Bid bid = bids.findById(bidId);
        Challenge challenge = bid == null ? null : challenges.findById(bid.challengeId());
        if (bid == null || !shows(actor, challenge, bid, now)) {
            throw ProblemException.notFound("BID_NOT_FOUND");
        }
        return new Led(challenge, bid);
    }

    /** Whether {@code actor} may change the content of {@code bid} now: the lead's users while it is changeable. */
    static boolean changeableBy(Actor actor, Challenge challenge, Bid bid, Instant now) {
        return (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE)) && bid.isLedBy(actor.orgId())
                && new Led(challenge, bid).changeable(now);
    }

    /**
     * An organisation takes part in at most one bid per challenge, withdrawn ones included: the caller's
     * organisation leading one already is 409 {@code BID_ALREADY_SUBMITTED}; any of them in another bid (as lead or
     * member) is 409 {@code CONSORTIUM_MEMBER_IN_OTHER_BID} naming it.
     */
    private void requireNotTakingPart(Challenge challenge, List<Party> parties) {
        Map<String, Party> byUscc = new HashMap<>();
        parties.forEach(p -> byUscc.put(p.uscc(), p));
        Map<String, BidParticipant.Role> taking = bids.takingPart(challenge.id(), List.copyOf(byUscc.keySet()));
        Party lead = parties.get(0);
        if (taking.get(lead.uscc()) == BidParticipant.Role.LEAD) {
            throw ProblemException.conflict("BID_ALREADY_SUBMITTED", challenge.title());
        }
        for (Party p : parties) {
            if (taking.containsKey(p.uscc())) {
                throw ProblemException.conflict("CONSORTIUM_MEMBER_IN_OTHER_BID", p.name(), p.uscc(),
                        challenge.title());
            }
        }
    }

    /**
     * Flushes an insert; a unique index a concurrent request won first ({@code bid_one_per_bidder},
     * {@code bid_participant_once}) becomes the given problem instead of a 500. The transaction is rolled back.
     */
    private static void persistOnce(Runnable insert, Supplier<ProblemException> lost) {
        try {
            insert.run();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null
                        && (cve.getConstraintName().contains("bid_one_per_bidder")
                                || cve.getConstraintName().contains("bid_participant_once"))) {
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
