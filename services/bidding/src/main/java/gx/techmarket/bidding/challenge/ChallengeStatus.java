package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.Lifecycle;

/**
 * The lifecycle of a 揭榜挂帅 challenge (BRIEF, glossary §5.1). {@link #LIFECYCLE} is the one place that says which
 * moves exist; anything else is 409 {@code ILLEGAL_STATE_TRANSITION}.
 *
 * <p>What the service does today: an operator turns a published demand into a challenge and publishes it himself
 * ({@code DRAFT → PUBLISHED}); an enterprise proposes one from its own demand, submits it ({@code SUBMITTED}), the
 * operator takes it into review ({@code UNDER_REVIEW}) and approves it ({@code PUBLISHED}) or returns it with a
 * reason ({@code DRAFT}, editable and resubmittable). The operator cancels a challenge with a reason in any state
 * before the award ({@code CANCELLED}; the lifecycle allows it from every non-final state, the service refuses it
 * from {@code AWARDED} on, where a failed project is terminated). {@code PUBLISHED → CLOSED} happens at the deadline: reads report {@code CLOSED} from the
 * deadline on, and the first write after it records the move. Until qualification and expert evaluation exist the
 * demander selects the winner from the unsealed bids, {@code CLOSED → AWARDED}. The other moves are reserved for
 * later issues (evaluation, agreement, milestones).
 */
public enum ChallengeStatus {
    /** 草稿. */
    DRAFT,
    /** 已提交: proposed by an enterprise, waiting for the operator. */
    SUBMITTED,
    /** 审核中: the operator took the proposal into review. */
    UNDER_REVIEW,
    /** 已发榜: open for sealed bids until the deadline. */
    PUBLISHED,
    /** 已截止: the deadline passed, bids are unsealed. */
    CLOSED,
    /** 资格审查 (reserved). */
    QUALIFICATION,
    /** 评审中 (reserved). */
    EVALUATION,
    /** 已定榜: a winner was chosen. */
    AWARDED,
    /** 流标: no winner (final). */
    FAILED,
    /** 已签订揭榜协议 (reserved). */
    AGREEMENT_SIGNED,
    /** 实施中 (reserved). */
    IN_PROGRESS,
    /** 里程碑检查 (reserved). */
    MILESTONE_CHECK,
    /** 已验收 (reserved). */
    ACCEPTED,
    /** 已完成 (final). */
    COMPLETED,
    /** 已撤销 (final). */
    CANCELLED,
    /** 已终止: the project failed after the agreement and was ended with its reason (final). */
    TERMINATED;

    public static final Lifecycle<ChallengeStatus> LIFECYCLE = Lifecycle.of("Challenge", ChallengeStatus.class)
            .move("publish", PUBLISHED, DRAFT)
            // made by the clock: recorded by the first write after the deadline
            .move("close", CLOSED, PUBLISHED)
            // the counterparty confirms the winner from the evaluation's ranking (bidding.evaluation)
            .move("award", AWARDED, EVALUATION)
            // an enterprise's proposal: it submits, the operator takes it, then publishes or returns it
            .move("submit", SUBMITTED, DRAFT)
            .move("review", UNDER_REVIEW, SUBMITTED)
            .move("approve", PUBLISHED, UNDER_REVIEW)
            .move("reject", DRAFT, UNDER_REVIEW)
            .move("qualify", QUALIFICATION, CLOSED)
            .move("evaluate", EVALUATION, QUALIFICATION)
            .move("fail", FAILED, CLOSED, QUALIFICATION, EVALUATION)
            .move("sign", AGREEMENT_SIGNED, AWARDED)
            .move("start", IN_PROGRESS, AGREEMENT_SIGNED)
            .move("check-milestone", MILESTONE_CHECK, IN_PROGRESS)
            .move("resume", IN_PROGRESS, MILESTONE_CHECK)
            .move("accept", ACCEPTED, MILESTONE_CHECK)
            .move("complete", COMPLETED, ACCEPTED)
            .move("terminate", TERMINATED, AGREEMENT_SIGNED, IN_PROGRESS, MILESTONE_CHECK, ACCEPTED)
            // 撤榜 with a reason; the service cancels only before the award (Challenge.cancel: after it, terminate)
            .move("cancel", CANCELLED, DRAFT, SUBMITTED, UNDER_REVIEW, PUBLISHED, CLOSED, QUALIFICATION,
                    EVALUATION, AWARDED, AGREEMENT_SIGNED, IN_PROGRESS, MILESTONE_CHECK, ACCEPTED)
            .build();
}
