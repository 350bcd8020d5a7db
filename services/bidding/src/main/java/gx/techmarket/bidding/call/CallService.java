package gx.techmarket.bidding.call;

import gx.techmarket.bidding.challenge.CallChallenges;
import gx.techmarket.bidding.challenge.ChallengeView;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 榜单批次 use cases: the operator of a sub-market creates a call, adds its drafts to it and publishes it (which
 * publishes the challenges); anyone reads the published calls and their challenges. A call of another sub-market, or
 * a draft call to anyone but its operators, is 404.
 */
@ApplicationScoped
class CallService {

    private final CallRepository calls;
    private final CallChallenges challenges;
    private final Clock clock;

    CallService(CallRepository calls, CallChallenges challenges, Clock clock) {
        this.calls = calls;
        this.challenges = challenges;
        this.clock = clock;
    }

    @Transactional
    CallView create(Actor actor, CallRequest request) {
        if (!actor.has(Role.ADMIN) || !actor.operates(request.regionCode())) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED",
                    GuangxiRegions.nameOf(request.regionCode()).orElse(request.regionCode()));
        }
        Instant now = now();
        CallRequest r = new CallRequest(request.title(), request.regionCode(), request.kinds(),
                request.opensAt().truncatedTo(ChronoUnit.MICROS), request.closesAt().truncatedTo(ChronoUnit.MICROS),
                request.minimumQualifiedBids(), request.supportShare(), request.complaintPeriodDays());
        Call call = Call.create(UUID.randomUUID(), r, actor.username(), now);
        calls.persist(call);
        return view(actor, call, now);
    }

    /** A draft challenge of the call's sub-market joins the call; answers the challenge. */
    @Transactional
    ChallengeView add(Actor actor, UUID callId, UUID challengeId) {
        Call call = operated(actor, callId, LockModeType.PESSIMISTIC_WRITE);
        return challenges.join(actor, challengeId, call.termsForJoining());
    }

    @Transactional
    CallView publish(Actor actor, UUID callId) {
        Call call = operated(actor, callId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        call.publish(count(call), now);
        challenges.publishAll(call.id());
        return view(actor, call, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    CallView get(Actor actor, UUID id) {
        return view(actor, visible(actor, id), now());
    }

    /** The operator's calls (its sub-market's, drafts and published). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<CallView> operated(Actor actor, Paging paging) {
        Instant now = now();
        return views(calls.of(actor.subMarket(), paging), c -> actionsFor(actor, c, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> challengesOf(Actor actor, UUID callId, Paging paging) {
        Call call = visible(actor, callId);
        return challenges.of(operates(actor, call) ? actor : null, call.id(), paging);
    }

    // --- for everyone, without signing in: published calls only

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<CallView> publicList(Paging paging) {
        return views(calls.published(paging), c -> List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    CallView publicGet(UUID id) {
        Call call = publicCall(id);
        return CallView.of(call, count(call), List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ChallengeView> publicChallenges(UUID id, Paging paging) {
        return challenges.of(null, publicCall(id).id(), paging);
    }

    private Call publicCall(UUID id) {
        Call call = calls.findById(id);
        if (call == null || !call.isPublished()) {
            throw ProblemException.notFound("CALL_NOT_FOUND");
        }
        return call;
    }

    private CallView view(Actor actor, Call call, Instant now) {
        return CallView.of(call, count(call), actionsFor(actor, call, now));
    }

    private Page<CallView> views(Page<Call> page, java.util.function.Function<Call, List<String>> actions) {
        Map<UUID, Long> counts = challenges.counts(page.items().stream().map(Call::id).toList());
        return page.map(c -> CallView.of(c, counts.getOrDefault(c.id(), 0L), actions.apply(c)));
    }

    private long count(Call call) {
        return challenges.counts(List.of(call.id())).getOrDefault(call.id(), 0L);
    }

    private List<String> actionsFor(Actor actor, Call call, Instant now) {
        List<String> actions = new ArrayList<>(2);
        if (operates(actor, call) && !call.isPublished()) {
            actions.add("add-challenge");
            if (call.publishable(now) && count(call) > 0) {
                actions.add("publish");
            }
        }
        return actions;
    }

    private static boolean operates(Actor actor, Call call) {
        return actor.has(Role.ADMIN) && actor.operates(call.regionCode);
    }

    /** A published call to every signed-in user; a draft only to the operators of its sub-market. */
    private Call visible(Actor actor, UUID id) {
        Call call = calls.findById(id);
        if (call == null || !(call.isPublished() || operates(actor, call))) {
            throw ProblemException.notFound("CALL_NOT_FOUND");
        }
        return call;
    }

    private Call operated(Actor actor, UUID id, LockModeType lock) {
        Call call = calls.findById(id, lock);
        if (call == null || !(call.isPublished() || operates(actor, call))) {
            throw ProblemException.notFound("CALL_NOT_FOUND");
        }
        if (!operates(actor, call)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED",
                    GuangxiRegions.nameOf(call.regionCode).orElse(call.regionCode));
        }
        return call;
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
