package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.challenge.Bid;
import gx.techmarket.bidding.challenge.BidStatus;
import gx.techmarket.bidding.challenge.Challenge;
import gx.techmarket.bidding.challenge.ChallengeStatus;
import gx.techmarket.bidding.evaluation.DirectoryResource.DrawnPanel;
import gx.techmarket.bidding.evaluation.DirectoryResource.ExpertEntry;
import gx.techmarket.bidding.evaluation.DirectoryResource.PanelDraw;
import gx.techmarket.bidding.evaluation.Views.AssignmentView;
import gx.techmarket.bidding.evaluation.Views.AvoidedView;
import gx.techmarket.bidding.evaluation.Views.ComplaintView;
import gx.techmarket.bidding.evaluation.Views.CriterionScoreView;
import gx.techmarket.bidding.evaluation.Views.CriterionView;
import gx.techmarket.bidding.evaluation.Views.DecisionView;
import gx.techmarket.bidding.evaluation.Views.ExpertView;
import gx.techmarket.bidding.evaluation.Views.MethodView;
import gx.techmarket.bidding.evaluation.Views.PanelView;
import gx.techmarket.bidding.evaluation.Views.QualificationView;
import gx.techmarket.bidding.evaluation.Views.QualifiedBidView;
import gx.techmarket.bidding.evaluation.Views.RankedView;
import gx.techmarket.bidding.evaluation.Views.RankingView;
import gx.techmarket.bidding.evaluation.Views.ScoreView;
import gx.techmarket.bidding.evaluation.Views.ScoringView;
import gx.techmarket.bidding.evaluation.Views.SheetView;
import gx.techmarket.bidding.evaluation.Views.ToScoreView;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengeFailureReason;
import gx.techmarket.contracts.events.ComplaintDecided;
import gx.techmarket.contracts.events.ComplaintDecision;
import gx.techmarket.contracts.events.ComplaintFiled;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 评审办法, 资格审查, 抽取专家, 专家评分 and 定榜, each one transaction that first locks the challenge row (so that
 * two decisions on one challenge never interleave), each checking who may do it to which challenge.
 */
@ApplicationScoped
class EvaluationService {

    private static final Set<ChallengeStatus> BEFORE_PUBLICATION =
            Set.of(ChallengeStatus.DRAFT, ChallengeStatus.SUBMITTED, ChallengeStatus.UNDER_REVIEW);

    private static final DateTimeFormatter CHINA_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketClock.CHINA);

    private final EntityManager em;
    private final EvaluationDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    EvaluationService(EntityManager em, EvaluationDirectory directory, Outbox outbox, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    // --- 评审办法

    @Transactional
    MethodView setMethod(Actor actor, UUID challengeId, MethodRequest request) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!mayEditMethod(actor, challenge)) {
            if (!BEFORE_PUBLICATION.contains(challenge.status())) {
                throw ProblemException.conflict("EVALUATION_METHOD_FROZEN", challenge.title());
            }
            throw ProblemException.forbidden("REGION_NOT_OPERATED", regionName(challenge));
        }
        Instant now = now();
        EvaluationMethod method = em.find(EvaluationMethod.class, challengeId);
        boolean created = method == null;
        if (created) {
            method = new EvaluationMethod(challengeId, now);
        }
        method.set(request, actor.username(), now);
        if (created) {
            em.persist(method);
        }
        em.flush();
        return methodView(method, actions(mayEditMethod(actor, challenge), "edit"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MethodView method(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        EvaluationMethod method = em.find(EvaluationMethod.class, challengeId);
        boolean editable = mayEditMethod(actor, challenge);
        if (method == null) {
            if (editable) { // nothing set yet: an empty method that its editor may fill
                return new MethodView(challengeId, null, List.of(), Views.PRICE_FORMULA_ZH, Views.PRICE_FORMULA_EN,
                        Views.TOTAL_FORMULA_ZH, Views.TOTAL_FORMULA_EN, null, 0, List.of("edit"));
            }
            throw ProblemException.notFound("EVALUATION_METHOD_NOT_FOUND");
        }
        return methodView(method, actions(editable, "edit"));
    }

    /** The method of a published challenge, for anyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    MethodView publicMethod(UUID challengeId) {
        Challenge challenge = em.find(Challenge.class, challengeId);
        EvaluationMethod method = em.find(EvaluationMethod.class, challengeId);
        if (challenge == null || !isPublished(challenge) || method == null) {
            throw ProblemException.notFound("EVALUATION_METHOD_NOT_FOUND");
        }
        return methodView(method, List.of());
    }

    /** What {@link MethodCheck} asks before publication. */
    void requireCompleteMethod(Challenge challenge) {
        EvaluationMethod method = em.find(EvaluationMethod.class, challenge.id());
        if (method == null || !method.isComplete()) {
            throw ProblemException.conflict("EVALUATION_METHOD_MISSING", challenge.title());
        }
    }

    private boolean mayEditMethod(Actor actor, Challenge challenge) {
        return BEFORE_PUBLICATION.contains(challenge.status())
                && (operates(actor, challenge) || isCounterparty(actor, challenge));
    }

    // --- 资格审查

    @Transactional
    QualificationView openQualification(Actor actor, UUID challengeId) {
        Challenge challenge = operated(actor, challengeId);
        Instant now = now();
        if (now.isBefore(challenge.deadline())) {
            throw ProblemException.conflict("QUALIFICATION_BEFORE_DEADLINE", inChinaTime(challenge.deadline()));
        }
        List<Bid> bids = competing(challengeId);
        if (bids.isEmpty()) {
            throw ProblemException.conflict("NO_BIDS", challenge.title());
        }
        challenge.advance("qualify", now);
        Evaluation evaluation = new Evaluation(challengeId, actor.username(), now);
        em.persist(evaluation);
        for (Bid bid : bids) {
            if (bid.status() == BidStatus.INVALIDATED) { // not reconfirmed after an edit of the challenge
                bid.advance("disqualify", now);
                em.persist(new QualificationDecision(bid.id(), challengeId, false,
                        DisqualificationReason.NOT_RECONFIRMED, null, "system", now));
            }
        }
        em.flush();
        completeQualificationIfDecided(challenge, evaluation, bids, now);
        return qualificationView(actor, challenge, now);
    }

    @Transactional
    QualificationView decide(Actor actor, UUID challengeId, UUID bidId, DecisionRequest request) {
        Challenge challenge = operated(actor, challengeId);
        Instant now = now();
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        if (evaluation == null || challenge.status() != ChallengeStatus.QUALIFICATION) {
            throw ProblemException.conflict("QUALIFICATION_NOT_OPEN", challenge.title());
        }
        List<Bid> bids = competing(challengeId);
        Bid bid = bids.stream().filter(b -> b.id().equals(bidId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("BID_NOT_FOUND"));
        if (em.find(QualificationDecision.class, bidId) != null) {
            throw ProblemException.conflict("BID_ALREADY_DECIDED", bid.bidderParty().name());
        }
        boolean qualified = request.qualified();
        DisqualificationReason reason = qualified ? null : request.reason();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (!qualified && reason == null) {
            throw ProblemException.badRequest("DISQUALIFICATION_REASON_REQUIRED").withField("reason",
                    "DISQUALIFICATION_REASON_REQUIRED");
        }
        if (reason == DisqualificationReason.NOT_RECONFIRMED) {
            throw ProblemException.badRequest("DISQUALIFICATION_REASON_RESERVED").withField("reason",
                    "DISQUALIFICATION_REASON_RESERVED");
        }
        if (reason == DisqualificationReason.OTHER && note == null) {
            throw ProblemException.badRequest("DISQUALIFICATION_NOTE_REQUIRED").withField("note",
                    "DISQUALIFICATION_NOTE_REQUIRED");
        }
        bid.advance(qualified ? "qualify" : "disqualify", now);
        em.persist(new QualificationDecision(bidId, challengeId, qualified, reason, note, actor.username(), now));
        em.flush();
        completeQualificationIfDecided(challenge, evaluation, bids, now);
        return qualificationView(actor, challenge, now);
    }

    /**
     * When every bid is decided the results are made known (the complaint period starts). With fewer qualified bids
     * than the challenge's minimum the operator records 流标 ({@link #fail}), unless a complaint is open.
     */
    private void completeQualificationIfDecided(Challenge challenge, Evaluation evaluation, List<Bid> bids,
            Instant now) {
        Map<UUID, QualificationDecision> decisions = decisionsOf(challenge.id());
        if (!bids.stream().allMatch(b -> decisions.containsKey(b.id()))) {
            return;
        }
        evaluation.qualifiedAt = now;
        evaluation.changed(now);
    }

    /**
     * 流标, recorded by the operator: after the deadline when nobody bid, or when the qualification is complete with
     * fewer qualified bids than the challenge's minimum and no complaint is open.
     */
    @Transactional
    QualificationView fail(Actor actor, UUID challengeId) {
        Challenge challenge = operated(actor, challengeId);
        Instant now = now();
        if (now.isBefore(challenge.deadline())) {
            throw ProblemException.conflict("QUALIFICATION_BEFORE_DEADLINE", inChinaTime(challenge.deadline()));
        }
        ChallengeFailureReason reason;
        if (challenge.currentStatus(now) == ChallengeStatus.QUALIFICATION) {
            Evaluation evaluation = em.find(Evaluation.class, challengeId);
            if (evaluation.qualifiedAt == null) {
                throw ProblemException.conflict("QUALIFICATION_NOT_COMPLETE", challenge.title());
            }
            if (qualified(challengeId).size() >= challenge.minimumQualifiedBids()) {
                throw ProblemException.conflict("ENOUGH_QUALIFIED_BIDS", challenge.title());
            }
            requireNoOpenComplaint(challengeId, null, "SUSPENDED_BY_COMPLAINT");
            reason = ChallengeFailureReason.TOO_FEW_QUALIFIED_BIDS;
        } else if (!competing(challengeId).isEmpty()) {
            throw ProblemException.conflict("CHALLENGE_HAS_BIDS", challenge.title());
        } else {
            reason = ChallengeFailureReason.NO_BIDS;
        }
        challenge.advance("fail", now);
        // the bidders still in competition (disqualified ones included) and the counterparty are told
        outbox.publish(failed(challenge, reason, now,
                competing(challengeId).stream().map(Bid::bidderParty).distinct().toList()));
        return qualificationView(actor, challenge, now);
    }

    private static ChallengeFailed failed(Challenge challenge, ChallengeFailureReason reason, Instant now,
            List<Party> bidders) {
        return new ChallengeFailed(challenge.id(), challenge.kind(), challenge.title(), challenge.regionCode(),
                challenge.counterparty(), reason, now, bidders);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    QualificationView qualification(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        return qualificationView(actor, challenge, now());
    }

    private QualificationView qualificationView(Actor actor, Challenge challenge, Instant now) {
        Evaluation evaluation = em.find(Evaluation.class, challenge.id());
        boolean operator = operates(actor, challenge);
        boolean resultsKnown = evaluation != null && evaluation.qualifiedAt != null;
        boolean seesAll = operator && !now.isBefore(challenge.deadline())
                || isCounterparty(actor, challenge) && resultsKnown;
        ChallengeStatus status = challenge.currentStatus(now);
        Map<UUID, QualificationDecision> decisions = decisionsOf(challenge.id());
        List<QualifiedBidView> rows = new ArrayList<>();
        List<Bid> bids = competing(challenge.id());
        for (Bid bid : bids) {
            if (!seesAll && !bid.bidderParty().uscc().equals(actor.orgId())) {
                continue;
            }
            if (!seesAll && now.isBefore(challenge.deadline())) {
                continue; // the qualification of a sealed bid is not a matter yet
            }
            QualificationDecision d = decisions.get(bid.id());
            DecisionView decision = d == null ? null
                    : new DecisionView(d.qualified, d.reason, d.note, d.decidedBy, d.createdAt());
            boolean decidable = operator && d == null && status == ChallengeStatus.QUALIFICATION;
            boolean complainable = status == ChallengeStatus.QUALIFICATION && resultsKnown
                    && mayComplain(actor, challenge, bid, ComplaintSubject.QUALIFICATION, evaluation.qualifiedAt, now);
            rows.add(new QualifiedBidView(bid.id(), bid.bidderParty(), bid.price(), bid.durationMonths(),
                    bid.status(), bid.createdAt(), decision,
                    decidable ? List.of("qualify", "disqualify") : actions(complainable, "complain")));
        }
        List<String> actions = new ArrayList<>();
        if (operator && status == ChallengeStatus.CLOSED) {
            actions.add(bids.isEmpty() ? "fail" : "open");
        }
        if (operator && status == ChallengeStatus.QUALIFICATION && resultsKnown
                && openComplaints(challenge.id()).isEmpty()) {
            long qualified = decisions.values().stream().filter(d -> d.qualified).count();
            actions.add(qualified < challenge.minimumQualifiedBids() ? "fail" : "panel");
        }
        return new QualificationView(challenge.id(), challenge.title(), status,
                evaluation == null ? null : evaluation.qualificationOpenedAt,
                evaluation == null ? null : evaluation.qualifiedAt, challenge.minimumQualifiedBids(), rows, actions);
    }

    // --- 抽取专家

    @Transactional
    PanelView drawPanel(Actor actor, String bearer, UUID challengeId, PanelRequest request) {
        Challenge challenge = operated(actor, challengeId);
        if (request.size() % 2 == 0) {
            throw ProblemException.badRequest("PANEL_SIZE_NOT_ODD", request.size()).withField("size",
                    "PANEL_SIZE_NOT_ODD");
        }
        Instant now = now();
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        if (evaluation == null || evaluation.qualifiedAt == null
                || challenge.status() != ChallengeStatus.QUALIFICATION) {
            throw ProblemException.conflict("QUALIFICATION_NOT_COMPLETE", challenge.title());
        }
        if (qualified(challengeId).size() < challenge.minimumQualifiedBids()) {
            throw ProblemException.conflict("TOO_FEW_QUALIFIED_BIDS", challenge.title());
        }
        requireNoOpenComplaint(challengeId, ComplaintSubject.QUALIFICATION, "SUSPENDED_BY_COMPLAINT");
        Set<String> parties = new LinkedHashSet<>();
        parties.add(challenge.counterparty().uscc());
        for (Bid b : qualified(challengeId)) { // each qualified bid's lead and every consortium member
            parties.add(b.bidderParty().uscc());
            b.members().forEach(m -> parties.add(m.uscc()));
        }
        DrawnPanel drawn = directory.draw(bearer, new PanelDraw("CHALLENGE_EVALUATION", challengeId.toString(),
                field(challenge), request.size(), List.copyOf(parties), request.seed()));
        challenge.advance("evaluate", now);
        evaluation.panelId = drawn.id();
        evaluation.panelSeed = drawn.seed();
        evaluation.panelDrawnAt = now;
        evaluation.panelDrawnBy = actor.username();
        drawn.drawn().forEach(d -> evaluation.panel.add(new PanelExpert(d.expertId(), d.name(),
                d.organisationUscc(), d.organisationName())));
        if (drawn.avoided() != null) {
            drawn.avoided().forEach(a -> evaluation.avoided.add(new AvoidedExpert(a.expertId(), a.name(),
                    a.organisationUscc(), a.partyUscc(), a.reason(), a.relation(), a.declaredUscc(),
                    a.declaredKind())));
        }
        evaluation.changed(now);
        em.flush();
        return panelView(evaluation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PanelView panel(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        if (!operates(actor, challenge) || evaluation == null || !evaluation.panelDrawn()) {
            throw ProblemException.notFound("PANEL_NOT_FOUND");
        }
        return panelView(evaluation);
    }

    /** The challenge's field, for the draw: the stated demand's industry. */
    /** The panel's field: the challenge's (its demand's or its result's industry). */
    private static String field(Challenge challenge) {
        return challenge.field();
    }

    // --- 专家评分

    @Transactional
    ScoringView score(Actor actor, String bearer, UUID challengeId, UUID bidId, ScoreRequest request) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        ExpertEntry expert = panelExpert(bearer, challenge, evaluation);
        Instant now = now();
        if (challenge.currentStatus(now) != ChallengeStatus.EVALUATION || evaluation.rankedAt != null) {
            throw ProblemException.conflict("EVALUATION_NOT_OPEN", challenge.title());
        }
        List<Bid> qualified = qualified(challengeId);
        Bid bid = qualified.stream().filter(b -> b.id().equals(bidId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("BID_NOT_FOUND"));
        if (sheet(bidId, expert.id()) != null) {
            throw ProblemException.conflict("ALREADY_SCORED", bid.bidderParty().name());
        }
        EvaluationMethod method = em.find(EvaluationMethod.class, challengeId);
        Map<Integer, BigDecimal> scores = new HashMap<>();
        for (ScoreRequest.CriterionScore s : request.scores()) {
            if (scores.put(s.criterion(), s.score().setScale(2)) != null) {
                throw ProblemException.badRequest("CRITERIA_MISMATCH", method.criteria.size())
                        .withField("scores", "CRITERIA_MISMATCH");
            }
        }
        if (!scores.keySet().equals(method.weights().keySet())) {
            throw ProblemException.badRequest("CRITERIA_MISMATCH", method.criteria.size())
                    .withField("scores", "CRITERIA_MISMATCH");
        }
        em.persist(new ScoreSheet(UUID.randomUUID(), challengeId, bidId, expert.id(), expert.name(), scores,
                request.comment().strip(), now));
        em.flush();
        long sheets = sheetsOf(challengeId).size();
        if (sheets == (long) evaluation.panel.size() * qualified.size()) { // every expert scored every bid
            evaluation.rankedAt = now;
            evaluation.changed(now);
            qualified.forEach(b -> b.advance("score", now));
        }
        return scoringView(challenge, evaluation, expert, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ScoringView scoring(Actor actor, String bearer, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        ExpertEntry expert = panelExpert(bearer, challenge, evaluation);
        return scoringView(challenge, evaluation, expert, now());
    }

    /**
     * The challenges whose panel includes the calling expert (the directory's expert entry of the caller's account),
     * the latest drawn first, with how many bids the caller scored and how many are left. An account the directory
     * links to no expert is on no panel.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<AssignmentView> assignments(String bearer, Paging paging) {
        ExpertEntry expert = directory.me(bearer).orElse(null);
        if (expert == null) {
            return Page.of(List.of(), 0, paging);
        }
        long total = em.createQuery("select count(e) from Evaluation e join e.panel p where p.expertId = ?1",
                Long.class).setParameter(1, expert.id()).getSingleResult();
        List<Evaluation> evaluations = em.createQuery("select e from Evaluation e join e.panel p "
                        + "where p.expertId = ?1 order by e.panelDrawnAt desc, e.id", Evaluation.class)
                .setParameter(1, expert.id()).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        Instant now = now();
        List<AssignmentView> items = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            Challenge challenge = em.find(Challenge.class, evaluation.id());
            int bids = qualified(challenge.id()).size();
            int scored = em.createQuery("select count(s) from ScoreSheet s where s.challengeId = ?1 "
                            + "and s.expertId = ?2 and s.voidedAt is null", Long.class)
                    .setParameter(1, challenge.id()).setParameter(2, expert.id()).getSingleResult().intValue();
            boolean open = challenge.currentStatus(now) == ChallengeStatus.EVALUATION && evaluation.rankedAt == null;
            int left = open ? bids - scored : 0;
            items.add(new AssignmentView(challenge.id(), challenge.title(), challenge.currentStatus(now),
                    challenge.regionCode(), evaluation.panelDrawnAt, bids, scored, left,
                    evaluation.rankedAt != null, actions(open && left > 0, "score")));
        }
        return Page.of(items, total, paging);
    }

    /** The caller as an expert of the challenge's panel; else 403 {@code NOT_ON_PANEL}. */
    private ExpertEntry panelExpert(String bearer, Challenge challenge, Evaluation evaluation) {
        if (evaluation == null || !evaluation.panelDrawn()) {
            throw ProblemException.forbidden("NOT_ON_PANEL", challenge.title());
        }
        ExpertEntry expert = directory.me(bearer)
                .orElseThrow(() -> ProblemException.forbidden("NOT_ON_PANEL", challenge.title()));
        if (!evaluation.isOnPanel(expert.id())) {
            throw ProblemException.forbidden("NOT_ON_PANEL", challenge.title());
        }
        return expert;
    }

    private ScoringView scoringView(Challenge challenge, Evaluation evaluation, ExpertEntry expert, Instant now) {
        boolean open = challenge.currentStatus(now) == ChallengeStatus.EVALUATION && evaluation.rankedAt == null;
        List<ToScoreView> rows = new ArrayList<>();
        for (Bid bid : qualified(challenge.id())) {
            ScoreSheet own = sheet(bid.id(), expert.id());
            rows.add(new ToScoreView(bid.id(), bid.bidderParty(), bid.members(), bid.price(), bid.durationMonths(),
                    planSummary(bid.id()), bid.team(), own == null ? null : sheetView(own),
                    open && own == null ? List.of("score") : List.of()));
        }
        EvaluationMethod method = em.find(EvaluationMethod.class, challenge.id());
        return new ScoringView(challenge.id(), challenge.title(), challenge.currentStatus(now), expert.id(),
                methodView(method, List.of()), rows, evaluation.rankedAt != null);
    }

    // --- 排名 and 定榜

    @Transactional(Transactional.TxType.SUPPORTS)
    RankingView ranking(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        if (evaluation == null || evaluation.rankedAt == null) {
            throw ProblemException.forbidden("SCORES_SEALED", challenge.title());
        }
        return rankingView(actor, challenge, evaluation, now());
    }

    @Transactional
    RankingView award(Actor actor, UUID challengeId, AwardRequest request) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!isCounterparty(actor, challenge)) {
            throw ProblemException.forbidden("NOT_CHALLENGE_DEMANDER");
        }
        Instant now = now();
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        if (challenge.currentStatus(now) != ChallengeStatus.EVALUATION || evaluation == null
                || evaluation.rankedAt == null) {
            throw ProblemException.conflict("EVALUATION_NOT_COMPLETE", challenge.title());
        }
        requireNoOpenComplaint(challengeId, null, "AWARD_SUSPENDED_BY_COMPLAINT");
        List<Ranking.Ranked> ranking = rank(challenge);
        Ranking.Ranked chosen = ranking.stream().filter(r -> r.bidId().equals(request.bidId())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("BID_NOT_FOUND").withField("bidId", "BID_NOT_FOUND"));
        String reason = request.departureReason() == null || request.departureReason().isBlank() ? null
                : request.departureReason().strip();
        if (chosen.rank() != 1 && reason == null) {
            throw ProblemException.badRequest("DEPARTURE_REASON_REQUIRED").withField("departureReason",
                    "DEPARTURE_REASON_REQUIRED");
        }
        List<Bid> bids = qualified(challengeId);
        Bid winner = bids.stream().filter(b -> b.id().equals(chosen.bidId())).findFirst().orElseThrow();
        outbox.publish(challenge.awardTo(winner, now));
        for (Bid bid : bids) {
            bid.advance(bid == winner ? "select" : "not-select", now);
        }
        evaluation.departureReason = chosen.rank() == 1 ? null : reason;
        evaluation.changed(now);
        em.flush();
        return rankingView(actor, challenge, evaluation, now);
    }

    private RankingView rankingView(Actor actor, Challenge challenge, Evaluation evaluation, Instant now) {
        EvaluationMethod method = em.find(EvaluationMethod.class, challenge.id());
        Map<UUID, Bid> bids = qualified(challenge.id()).stream()
                .collect(Collectors.toMap(Bid::id, b -> b));
        Map<UUID, List<ScoreSheet>> sheets = sheetsOf(challenge.id()).stream()
                .collect(Collectors.groupingBy(s -> s.bidId));
        boolean evaluating = challenge.currentStatus(now) == ChallengeStatus.EVALUATION;
        boolean awardable = isCounterparty(actor, challenge) && evaluating
                && openComplaints(challenge.id()).isEmpty();
        List<RankedView> rows = new ArrayList<>();
        for (Ranking.Ranked r : rank(challenge)) {
            Bid bid = bids.get(r.bidId());
            List<CriterionScoreView> criteria = method.criteria.stream().map(c -> new CriterionScoreView(c.number,
                    c.nameZh, c.nameEn, c.weight, r.criterionScores().get(c.number))).toList();
            List<SheetView> bidSheets = sheets.getOrDefault(r.bidId(), List.of()).stream()
                    .sorted(Comparator.comparing(s -> s.expertName)).map(EvaluationService::sheetView).toList();
            List<String> actions = new ArrayList<>(actions(awardable, "award"));
            if (evaluating && mayComplain(actor, challenge, bid, ComplaintSubject.RANKING, evaluation.rankedAt, now)) {
                actions.add("complain");
            }
            rows.add(new RankedView(r.rank(), r.bidId(), bid.bidderParty(), r.price(), r.priceScore(), criteria,
                    r.total(), bid.status(), bidSheets, actions));
        }
        return new RankingView(challenge.id(), challenge.title(), challenge.currentStatus(now), method.priceWeight,
                evaluation.rankedAt, rows, challenge.awardedBidId(), evaluation.departureReason);
    }

    /** The ranking of the challenge's qualified bids by the published formula ({@link Ranking}). */
    private List<Ranking.Ranked> rank(Challenge challenge) {
        EvaluationMethod method = em.find(EvaluationMethod.class, challenge.id());
        Map<UUID, List<ScoreSheet>> sheets = sheetsOf(challenge.id()).stream()
                .collect(Collectors.groupingBy(s -> s.bidId));
        List<Ranking.Entry> entries = qualifiedOrScored(challenge.id()).stream()
                .map(b -> new Ranking.Entry(b.id(), b.price(), b.createdAt(),
                        sheets.getOrDefault(b.id(), List.of()).stream().map(s -> s.scores).toList()))
                .toList();
        return Ranking.rank(method.priceWeight, method.weights(), entries);
    }

    // --- 质疑

    @Transactional
    ComplaintView file(Actor actor, UUID challengeId, ComplaintRequest request) {
        Challenge challenge = visible(actor, challengeId, LockModeType.PESSIMISTIC_WRITE);
        Bid bid = competing(challengeId).stream().filter(b -> b.bidderParty().uscc().equals(actor.orgId()))
                .findFirst().orElseThrow(() -> ProblemException.forbidden("NOT_A_BIDDER", challenge.title()));
        Instant now = now();
        Evaluation evaluation = em.find(Evaluation.class, challengeId);
        ChallengeStatus status = challenge.currentStatus(now);
        // a qualification is contested before the panel is drawn, the ranking before the award
        ChallengeStatus contestable = request.subject() == ComplaintSubject.QUALIFICATION
                ? ChallengeStatus.QUALIFICATION : ChallengeStatus.EVALUATION;
        Instant knownAt = evaluation == null || status != contestable ? null
                : request.subject() == ComplaintSubject.QUALIFICATION ? evaluation.qualifiedAt : evaluation.rankedAt;
        if (openComplaints(challengeId).stream().anyMatch(c -> c.bidId.equals(bid.id())
                && c.subject == request.subject())) {
            throw ProblemException.conflict("COMPLAINT_ALREADY_OPEN", challenge.title());
        }
        Complaint complaint = Complaint.file(UUID.randomUUID(), challengeId, bid.id(), bid.bidderParty().uscc(),
                bid.bidderParty().name(), request.subject(), request.grounds().strip(), actor.username(), knownAt,
                challenge.complaintPeriodDays(), now);
        em.persist(complaint);
        em.flush();
        outbox.publish(new ComplaintFiled(challengeId, complaint.id(), challenge.kind(), challenge.title(),
                challenge.regionCode(), subject(complaint.subject), bid.bidderParty(), challenge.counterparty(), now));
        return complaintView(actor, challenge, complaint);
    }

    /**
     * The operator's decision. Satisfied: against a disqualification, the bid is qualified (the decision is replaced,
     * naming the complaint); against the ranking, the sheets are voided and the panel scores again.
     */
    @Transactional
    ComplaintView decideComplaint(Actor actor, UUID complaintId, ComplaintDecisionRequest request) {
        Complaint complaint = complaint(actor, complaintId);
        Challenge challenge = operated(actor, complaint.challengeId);
        Instant now = now();
        complaint.decide(request.action(), request.reason().strip(), actor.username(), now);
        if (complaint.status == ComplaintStatus.SATISFIED) {
            remedy(challenge, complaint, now);
        }
        em.flush();
        Bid complainant = em.find(Bid.class, complaint.bidId);
        outbox.publish(new ComplaintDecided(challenge.id(), complaint.id(), challenge.kind(), challenge.title(),
                challenge.regionCode(), subject(complaint.subject), decision(complaint.status),
                complaint.decisionReason, complainant.bidderParty(), now));
        return complaintView(actor, challenge, complaint);
    }

    private void remedy(Challenge challenge, Complaint complaint, Instant now) {
        if (complaint.subject == ComplaintSubject.QUALIFICATION) {
            Bid bid = em.find(Bid.class, complaint.bidId);
            if (bid.status() == BidStatus.DISQUALIFIED) {
                bid.advance("requalify", now);
                QualificationDecision old = em.find(QualificationDecision.class, bid.id());
                em.remove(old);
                em.flush();
                em.persist(new QualificationDecision(bid.id(), challenge.id(), true, null,
                        "质疑成立 / complaint satisfied: " + complaint.decisionReason, complaint.decidedBy, now));
            }
            return;
        }
        Evaluation evaluation = em.find(Evaluation.class, challenge.id());
        sheetsOf(challenge.id()).forEach(sheet -> sheet.voidedAt = now);
        qualified(challenge.id()).stream().filter(b -> b.status() == BidStatus.SCORED)
                .forEach(b -> b.advance("rescore", now));
        evaluation.rankedAt = null;
        evaluation.changed(now);
    }

    private static gx.techmarket.contracts.events.ComplaintSubject subject(ComplaintSubject subject) {
        return switch (subject) {
            case QUALIFICATION -> gx.techmarket.contracts.events.ComplaintSubject.QUALIFICATION;
            case RANKING -> gx.techmarket.contracts.events.ComplaintSubject.RANKING;
        };
    }

    private static ComplaintDecision decision(ComplaintStatus status) {
        return switch (status) {
            case ACCEPTED_FOR_REVIEW -> ComplaintDecision.ACCEPTED_FOR_REVIEW;
            case REJECTED -> ComplaintDecision.REJECTED;
            case SATISFIED -> ComplaintDecision.SATISFIED;
            case DISMISSED -> ComplaintDecision.DISMISSED;
            case SUBMITTED, WITHDRAWN -> throw new IllegalStateException("not a decision: " + status);
        };
    }

    @Transactional
    ComplaintView withdrawComplaint(Actor actor, UUID complaintId) {
        Complaint complaint = complaint(actor, complaintId);
        Challenge challenge = visible(actor, complaint.challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (!complaint.complainantUscc.equals(actor.orgId())) {
            throw ProblemException.notFound("COMPLAINT_NOT_FOUND");
        }
        complaint.withdraw(now());
        em.flush();
        return complaintView(actor, challenge, complaint);
    }

    /** The complaints of a challenge: all to its operator and counterparty, a bidder's own to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ComplaintView> complaints(Actor actor, UUID challengeId) {
        Challenge challenge = visible(actor, challengeId, LockModeType.NONE);
        boolean seesAll = operates(actor, challenge) || isCounterparty(actor, challenge);
        return em.createQuery("from Complaint c where c.challengeId = ?1 order by c.createdAt, c.id", Complaint.class)
                .setParameter(1, challengeId).getResultStream()
                .filter(c -> seesAll || c.complainantUscc.equals(actor.orgId()))
                .map(c -> complaintView(actor, challenge, c)).toList();
    }

    /** A complaint the caller may see: the operator of its challenge, its counterparty, the complainant. */
    private Complaint complaint(Actor actor, UUID id) {
        Complaint complaint = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null) {
            throw ProblemException.notFound("COMPLAINT_NOT_FOUND");
        }
        Challenge challenge = em.find(Challenge.class, complaint.challengeId);
        if (!(operates(actor, challenge) || isCounterparty(actor, challenge)
                || complaint.complainantUscc.equals(actor.orgId()))) {
            throw ProblemException.notFound("COMPLAINT_NOT_FOUND");
        }
        return complaint;
    }

    /**
     * Whether the caller's organisation may file a complaint about {@code subject} for its own {@code bid} now (the
     * {@code complain} action): the result made known {@code knownAt}, within the challenge's complaint period, no
     * complaint of the bid about it open. The status of the challenge is the caller's to check.
     */
    private boolean mayComplain(Actor actor, Challenge challenge, Bid bid, ComplaintSubject subject, Instant knownAt,
            Instant now) {
        return (actor.has(Role.ENTERPRISE) || actor.has(Role.UNIVERSITY))
                && bid.bidderParty().uscc().equals(actor.orgId()) && knownAt != null
                && now.isBefore(knownAt.plus(java.time.Duration.ofDays(challenge.complaintPeriodDays())))
                && openComplaints(challenge.id()).stream()
                        .noneMatch(c -> c.bidId.equals(bid.id()) && c.subject == subject);
    }

    private List<Complaint> openComplaints(UUID challengeId) {
        return em.createQuery("from Complaint c where c.challengeId = ?1 and c.status in ?2", Complaint.class)
                .setParameter(1, challengeId)
                .setParameter(2, List.of(ComplaintStatus.SUBMITTED, ComplaintStatus.ACCEPTED_FOR_REVIEW))
                .getResultList();
    }

    /** 409 {@code code} while a complaint (about {@code subject}, or any when null) is open on the challenge. */
    private void requireNoOpenComplaint(UUID challengeId, ComplaintSubject subject, String code) {
        if (openComplaints(challengeId).stream().anyMatch(c -> subject == null || c.subject == subject)) {
            throw ProblemException.conflict(code);
        }
    }

    private static ComplaintView complaintView(Actor actor, Challenge challenge, Complaint c) {
        List<String> actions = new ArrayList<>();
        if (operates(actor, challenge)) {
            for (String action : List.of("accept", "reject", "satisfy", "dismiss")) {
                if (ComplaintStatus.LIFECYCLE.allows(action, c.status)) {
                    actions.add(action);
                }
            }
        }
        if (c.complainantUscc.equals(actor.orgId()) && c.status.isOpen()) {
            actions.add("withdraw");
        }
        return new ComplaintView(c.id(), c.challengeId, c.bidId, c.complainantName, c.subject, c.grounds, c.status,
                c.createdAt(), c.decisionReason, c.decidedBy, c.decidedAt, actions);
    }

    // --- reading the challenge and its bids

    /** A challenge the caller may see: a published one to every signed-in user, an unpublished one to its editors. */
    private Challenge visible(Actor actor, UUID id, LockModeType lock) {
        Challenge challenge = em.find(Challenge.class, id, lock);
        if (challenge == null || !(isPublished(challenge) || operates(actor, challenge)
                || isCounterparty(actor, challenge))) {
            throw ProblemException.notFound("CHALLENGE_NOT_FOUND");
        }
        return challenge;
    }

    private Challenge operated(Actor actor, UUID id) {
        Challenge challenge = visible(actor, id, LockModeType.PESSIMISTIC_WRITE);
        if (!operates(actor, challenge)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", regionName(challenge));
        }
        return challenge;
    }

    private boolean isPublished(Challenge challenge) {
        return em.createQuery("select c.publishedAt from Challenge c where c.id = ?1", Instant.class)
                .setParameter(1, challenge.id()).getSingleResult() != null;
    }

    private static boolean operates(Actor actor, Challenge challenge) {
        return actor.has(Role.ADMIN) && actor.operates(challenge.regionCode());
    }

    private static boolean isCounterparty(Actor actor, Challenge challenge) {
        return (actor.has(Role.ENTERPRISE) || actor.has(Role.UNIVERSITY))
                && Objects.equals(challenge.counterparty().uscc(), actor.orgId());
    }

    private static String regionName(Challenge challenge) {
        return GuangxiRegions.nameOf(challenge.regionCode()).orElse(challenge.regionCode());
    }

    /** The challenge's bids still before the qualification or in it (not withdrawn), oldest first. */
    private List<Bid> competing(UUID challengeId) {
        return em.createQuery("from Bid b where b.challengeId = ?1 and b.status <> ?2 order by b.createdAt, b.id",
                Bid.class).setParameter(1, challengeId).setParameter(2, BidStatus.WITHDRAWN).getResultList();
    }

    /** The bids that passed the qualification (whatever happened to them since). */
    private List<Bid> qualified(UUID challengeId) {
        return qualifiedOrScored(challengeId);
    }

    private List<Bid> qualifiedOrScored(UUID challengeId) {
        Set<UUID> passed = new HashSet<>();
        decisionsOf(challengeId).values().stream().filter(d -> d.qualified).forEach(d -> passed.add(d.id()));
        return competing(challengeId).stream().filter(b -> passed.contains(b.id())).toList();
    }

    private Map<UUID, QualificationDecision> decisionsOf(UUID challengeId) {
        return em.createQuery("from QualificationDecision d where d.challengeId = ?1", QualificationDecision.class)
                .setParameter(1, challengeId).getResultStream()
                .collect(Collectors.toMap(QualificationDecision::id, d -> d));
    }

    private List<ScoreSheet> sheetsOf(UUID challengeId) {
        return em.createQuery("from ScoreSheet s where s.challengeId = ?1 and s.voidedAt is null", ScoreSheet.class)
                .setParameter(1, challengeId).getResultList();
    }

    private ScoreSheet sheet(UUID bidId, String expertId) {
        return em.createQuery("from ScoreSheet s where s.bidId = ?1 and s.expertId = ?2 and s.voidedAt is null", ScoreSheet.class)
                .setParameter(1, bidId).setParameter(2, expertId).getResultStream().findFirst().orElse(null);
    }

    private String planSummary(UUID bidId) {
        return em.createQuery("select b.planSummary from Bid b where b.id = ?1", String.class)
                .setParameter(1, bidId).getSingleResult();
    }

    // --- views

    private static MethodView methodView(EvaluationMethod m, List<String> actions) {
        return new MethodView(m.id(), m.priceWeight, m.criteria.stream()
                .map(c -> new CriterionView(c.number, c.nameZh, c.nameEn, c.weight)).toList(),
                Views.PRICE_FORMULA_ZH, Views.PRICE_FORMULA_EN, Views.TOTAL_FORMULA_ZH, Views.TOTAL_FORMULA_EN,
                m.updatedAt(), m.version(), actions);
    }

    private static PanelView panelView(Evaluation e) {
        return new PanelView(e.id(), e.panelId, e.panelSeed, e.panelDrawnAt, e.panelDrawnBy,
                e.panel.stream().map(p -> new ExpertView(p.expertId, p.name, p.organisationUscc,
                        p.organisationName)).toList(),
                e.avoided.stream().map(a -> new AvoidedView(a.expertId, a.name, a.organisationUscc, a.partyUscc,
                        a.reason, a.relation, a.declaredUscc, a.declaredKind)).toList());
    }

    private static SheetView sheetView(ScoreSheet s) {
        return new SheetView(s.bidId, s.expertId, s.expertName, s.scores.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> new ScoreView(e.getKey(), e.getValue())).toList(),
                s.comment, s.createdAt());
    }

    private static List<String> actions(boolean allowed, String action) {
        return allowed ? List.of(action) : List.of();
    }

    private static String inChinaTime(Instant instant) {
        return CHINA_MINUTES.format(instant);
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
