package gx.techmarket.bidding.agreement;

import gx.techmarket.bidding.challenge.Bid;
import gx.techmarket.bidding.challenge.Challenge;
import gx.techmarket.bidding.challenge.ChallengeStatus;
import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The 揭榜协议 use cases, each one transaction. Only the two parties of an awarded challenge (users of the
 * counterparty's and of the winner's organisation, by the token's {@code org_id}) write and confirm; the operator of
 * the challenge's sub-market reads. Anyone else, and any challenge not awarded yet, is 404
 * {@code AGREEMENT_NOT_FOUND}.
 *
 * <p>Every write locks the challenge row first (as the challenge's own use cases do), so two first drafts or two
 * last confirmations cannot interleave. The second confirmation signs: the challenge makes the moves {@code sign}
 * ({@code AGREEMENT_SIGNED}) and {@code start} ({@code IN_PROGRESS}: the project runs from the signature, milestone
 * by milestone), and {@code AgreementSigned} goes to the outbox in the same transaction.
 */
@ApplicationScoped
class AgreementService {

    /** The statuses in which a challenge has a winner and so an agreement (drafted or not). */
    static final Set<ChallengeStatus> AFTER_AWARD = EnumSet.of(ChallengeStatus.AWARDED,
            ChallengeStatus.AGREEMENT_SIGNED, ChallengeStatus.IN_PROGRESS, ChallengeStatus.MILESTONE_CHECK,
            ChallengeStatus.ACCEPTED, ChallengeStatus.COMPLETED, ChallengeStatus.TERMINATED);

    private final AgreementRepository agreements;
    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, EntityManager em, Outbox outbox, Clock clock) {
        this.agreements = agreements;
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own
    AgreementView get(Actor actor, UUID challengeId) {
        Awarded awarded = awarded(actor, challengeId, LockModeType.NONE);
        return view(actor, awarded, agreements.ofChallenge(challengeId));
    }

    /** The first terms or new ones: a party of the award, before the signature. */
    @Transactional
    AgreementView write(Actor actor, UUID challengeId, AgreementRequest request) {
        Awarded awarded = awarded(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        requireParty(actor, awarded);
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, MarketClock.CHINA);
        Challenge c = awarded.challenge;
        AgreementTerms terms = AgreementTerms.of(c.kind(), c.supportShare(), request, today);
        Optional<Agreement> existing = agreements.ofChallenge(challengeId);
        Agreement agreement;
        if (existing.isPresent()) {
            agreement = existing.get();
            int before = agreement.revision();
            agreement.edit(terms, actor.username(), now);
            if (agreement.revision() != before) { // the same terms again change nothing and tell nobody
                outbox.publish(agreement.termsWritten(actor.orgId(), now));
            }
        } else {
            if (c.status() != ChallengeStatus.AWARDED) {
                throw ProblemException.conflict("AGREEMENT_ALREADY_SIGNED", c.title());
            }
            agreement = Agreement.draft(UUID.randomUUID(), c.id(), c.kind(), awarded.winningBid.id(), c.title(),
                    c.regionCode(), awarded.counterparty(), awarded.winner(), terms, actor.username(), now);
            agreements.persist(agreement);
            outbox.publish(agreement.termsWritten(actor.orgId(), now));
        }
        agreements.flush();
        return view(actor, awarded, Optional.of(agreement));
    }

    /** A party confirms the revision it read; the second confirmation signs the agreement. */
    @Transactional
    AgreementView confirm(Actor actor, UUID challengeId, int revision) {
        Awarded awarded = awarded(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        requireParty(actor, awarded);
        Agreement agreement = agreements.ofChallenge(challengeId)
                .orElseThrow(() -> ProblemException.conflict("AGREEMENT_NOT_DRAFTED"));
        Instant now = now();
        Optional<AgreementSigned> signed = agreement.confirm(actor.orgId(), revision, actor.username(), now);
        if (signed.isPresent()) {
            awarded.challenge.advance("sign", now);
            awarded.challenge.advance("start", now);
            outbox.publish(signed.get());
        }
        agreements.flush();
        return view(actor, awarded, Optional.of(agreement));
    }

    /** The winner reports the current milestone: the challenge goes to the experts' check. */
    @Transactional
    AgreementView report(Actor actor, UUID challengeId, int number, String summary) {
        Awarded awarded = awarded(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        Agreement agreement = running(awarded);
        if (!agreement.isWonBy(actor.orgId())) {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
        Milestone m = agreement.current(number);
        Instant now = now();
        awarded.challenge.advance("check-milestone", now);
        agreement.report(m, summary, actor.username(), now);
        return flushed(actor, awarded, agreement);
    }

    /** The operator records the experts' check opinion on the reported milestone. */
    @Transactional
    AgreementView check(Actor actor, UUID challengeId, int number, String opinion) {
        Awarded awarded = operated(actor, challengeId);
        Agreement agreement = running(awarded);
        Milestone m = agreement.current(number);
        Instant now = now();
        agreement.check(m, opinion, actor.username(), now);
        return flushed(actor, awarded, agreement);
    }

    /**
     * 验收: the operator accepts the checked milestone; {@code MilestoneAccepted} releases its support. The last one
     * completes the project ({@code accept}, {@code complete}); before it the project goes on ({@code resume}).
     */
    @Transactional
    AgreementView accept(Actor actor, UUID challengeId, int number) {
        Awarded awarded = operated(actor, challengeId);
        Agreement agreement = running(awarded);
        Milestone m = agreement.current(number);
        Instant now = now();
        outbox.publish(agreement.accept(m, actor.username(), now));
        if (agreement.next().isEmpty()) {
            awarded.challenge.advance("accept", now);
            awarded.challenge.advance("complete", now);
        } else {
            awarded.challenge.advance("resume", now);
        }
        return flushed(actor, awarded, agreement);
    }

    /** The operator sends the reported milestone back with a reason: the project goes on, the winner reports again. */
    @Transactional
    AgreementView sendBack(Actor actor, UUID challengeId, int number, String reason) {
        Awarded awarded = operated(actor, challengeId);
        Agreement agreement = running(awarded);
        Milestone m = agreement.current(number);
        Instant now = now();
        outbox.publish(agreement.sendBack(m, reason, now));
        awarded.challenge.advance("resume", now);
        return flushed(actor, awarded, agreement);
    }

    /** 终止: the operator ends a failed project with its reason; the support not yet released is not paid. */
    @Transactional
    AgreementView terminate(Actor actor, UUID challengeId, String reason) {
        Awarded awarded = operated(actor, challengeId);
        Agreement agreement = signed(awarded);
        Instant now = now();
        awarded.challenge.advance("terminate", now);
        agreement.terminate(reason, actor.username(), now);
        return flushed(actor, awarded, agreement);
    }

    private AgreementView flushed(Actor actor, Awarded awarded, Agreement agreement) {
        agreements.flush();
        return view(actor, awarded, Optional.of(agreement));
    }

    /** An awarded challenge of the caller's sub-market, for its operator (anyone else: 404 or 403 by role). */
    private Awarded operated(Actor actor, UUID challengeId) {
        Awarded awarded = awarded(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!actor.has(Role.ADMIN) || !actor.operates(awarded.challenge.regionCode())) {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
        return awarded;
    }

    /** The signed agreement of the challenge: milestones move only after the signature (409 before). */
    private Agreement signed(Awarded awarded) {
        return agreements.ofChallenge(awarded.challenge.id()).filter(a -> a.status() == AgreementStatus.SIGNED)
                .orElseThrow(() -> ProblemException.conflict("AGREEMENT_NOT_SIGNED"));
    }

    /** The signed agreement of a project still running: milestones do not move once it is completed or terminated. */
    private Agreement running(Awarded awarded) {
        Agreement agreement = signed(awarded);
        ChallengeStatus status = awarded.challenge.status();
        if (status != ChallengeStatus.IN_PROGRESS && status != ChallengeStatus.MILESTONE_CHECK) {
            throw ProblemException.conflict("PROJECT_NOT_RUNNING", status.name());
        }
        return agreement;
    }

    private AgreementView view(Actor actor, Awarded awarded, Optional<Agreement> agreement) {
        Challenge c = awarded.challenge;
        List<ContractType> types = AgreementTerms.contractTypes(c.kind());
        boolean party = awarded.isParty(actor);
        if (agreement.isEmpty()) {
            List<String> actions = party && c.status() == ChallengeStatus.AWARDED ? List.of("draft") : List.of();
            return AgreementView.notDrafted(c.id(), c.kind(), c.title(), awarded.counterparty(), awarded.winner(),
                    awarded.winningBid.id(), c.supportShare(), types, actions);
        }
        Agreement a = agreement.get();
        List<String> actions = new ArrayList<>(2);
        if (party && a.status() == AgreementStatus.DRAFT) {
            actions.add("edit");
            if (a.awaitsConfirmationOf(actor.orgId())) {
                actions.add("confirm");
            }
        }
        ChallengeStatus status = c.status();
        boolean operator = actor.has(Role.ADMIN) && actor.operates(c.regionCode());
        if (operator && ChallengeStatus.LIFECYCLE.allows("terminate", status)) {
            actions.add("terminate");
        }
        Optional<Milestone> next = a.status() == AgreementStatus.SIGNED ? a.next() : Optional.empty();
        return AgreementView.of(a, types, actions, m -> next.filter(n -> n == m)
                .map(n -> milestoneActions(n, status, operator, a.isWonBy(actor.orgId()))).orElse(List.of()));
    }

    /**
     * What the caller may do to the current milestone: {@code report} (the winner, while the project runs),
     * {@code check} (the operator, on a report), {@code accept} (the operator, once checked), {@code send-back}
     * (the operator, on a report, checked or not).
     */
    private static List<String> milestoneActions(Milestone m, ChallengeStatus status, boolean operator,
            boolean winner) {
        List<String> actions = new ArrayList<>(2);
        if (winner && status == ChallengeStatus.IN_PROGRESS && MilestoneStatus.LIFECYCLE.allows("report", m.status())) {
            actions.add("report");
        }
        if (operator && status == ChallengeStatus.MILESTONE_CHECK) {
            for (String action : List.of("check", "accept", "send-back")) {
                if (MilestoneStatus.LIFECYCLE.allows(action, m.status())) {
                    actions.add(action);
                }
            }
        }
        return actions;
    }

    /**
     * An awarded challenge (or a later one) the caller takes part in: a user of its counterparty or of its winner,
     * or an admin operating its sub-market; else 404.
     */
    private Awarded awarded(Actor actor, UUID challengeId, LockModeType lock) {
        Challenge challenge = em.find(Challenge.class, challengeId, lock);
        if (challenge == null || challenge.awardedBidId() == null
                || !AFTER_AWARD.contains(challenge.currentStatus(now()))) {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
        Awarded awarded = new Awarded(challenge, em.find(Bid.class, challenge.awardedBidId()));
        boolean operator = actor.has(Role.ADMIN) && actor.operates(challenge.regionCode());
        if (!awarded.isParty(actor) && !operator) {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
        return awarded;
    }

    /** Only the parties write: the operator reads (404 for a write, as for anyone else who may not). */
    private static void requireParty(Actor actor, Awarded awarded) {
        if (!awarded.isParty(actor)) {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
    }

    private Instant now() {
        return MarketClock.now(clock);
    }

    /** An awarded challenge and its selected bid. */
    private record Awarded(Challenge challenge, Bid winningBid) {

        Party counterparty() {
            return challenge.counterparty();
        }

        Party winner() {
            return winningBid.bidderParty();
        }

        boolean isParty(Actor actor) {
            return counterparty().uscc().equals(actor.orgId())
                    || winner().uscc().equals(actor.orgId());
        }
    }
}
