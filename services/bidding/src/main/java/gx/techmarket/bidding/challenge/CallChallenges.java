package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The face the call package ({@code bidding.call}) uses: a challenge joins a call, a call's publication publishes its
 * challenges, a call's challenges are listed. The call package checks who may act on the call; the challenges' own
 * rules are checked here.
 */
@ApplicationScoped
public class CallChallenges {

    private final ChallengeService service;
    private final ChallengeRepository challenges;

    CallChallenges(ChallengeService service, ChallengeRepository challenges) {
        this.service = service;
        this.challenges = challenges;
    }

    /** Inside the call's transaction: challenge {@code challengeId} (the operator's draft) joins the call. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChallengeView join(Actor actor, UUID challengeId, CallTerms call) {
        return service.joinCall(actor, challengeId, call);
    }

    /** Inside the call's transaction: publishes every draft of the call; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishAll(UUID callId) {
        return service.publishCall(callId);
    }

    /** A call's challenges: anyone ({@code actor} null) sees the published ones, an operator all with its actions. */
    public Page<ChallengeView> of(Actor actorOrNull, UUID callId, Paging paging) {
        return service.ofCall(actorOrNull, callId, ChallengeOrder.OLDEST, paging);
    }

    /** How many challenges each of the calls holds (a call without any is missing from the map). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Long> counts(List<UUID> callIds) {
        return challenges.countByCall(callIds);
    }
}
