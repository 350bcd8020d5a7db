package gx.techmarket.bidding.challenge;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a 揭榜挂帅 challenge (BRIEF, glossary §5.1). This table is the one place that says which moves
 * are allowed; anything else is 409 {@code ILLEGAL_STATE_TRANSITION}.
 *
 * <p>What the service does today: an operator turns a published demand into a challenge and publishes it himself,
 * so {@code DRAFT → PUBLISHED} skips {@code SUBMITTED}/{@code UNDER_REVIEW} (those are for challenges an enterprise
 * proposes, reserved). {@code PUBLISHED → CLOSED} happens at the deadline: reads report {@code CLOSED} from the
 * deadline on, and the first write after it records the move. Until qualification and expert evaluation exist the
 * demander selects the winner from the unsealed bids, {@code CLOSED → AWARDED}. The other states are reserved for
 * later issues (review, evaluation, agreement, milestones).
 */
public enum ChallengeStatus {
    /** 草稿. */
    DRAFT,
    /** 已提交: proposed by an enterprise, waiting for the operator (reserved). */
    SUBMITTED,
    /** 审核中 (reserved). */
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
    CANCELLED;

    private static final Map<ChallengeStatus, Set<ChallengeStatus>> ALLOWED = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, PUBLISHED, CANCELLED)),
            Map.entry(SUBMITTED, EnumSet.of(UNDER_REVIEW, CANCELLED)),
            Map.entry(UNDER_REVIEW, EnumSet.of(PUBLISHED, DRAFT, CANCELLED)),
            Map.entry(PUBLISHED, EnumSet.of(CLOSED, CANCELLED)),
            Map.entry(CLOSED, EnumSet.of(QUALIFICATION, AWARDED, FAILED, CANCELLED)),
            Map.entry(QUALIFICATION, EnumSet.of(EVALUATION, FAILED, CANCELLED)),
            Map.entry(EVALUATION, EnumSet.of(AWARDED, FAILED, CANCELLED)),
            Map.entry(AWARDED, EnumSet.of(AGREEMENT_SIGNED, CANCELLED)),
            Map.entry(FAILED, EnumSet.noneOf(ChallengeStatus.class)),
            Map.entry(AGREEMENT_SIGNED, EnumSet.of(IN_PROGRESS, CANCELLED)),
            Map.entry(IN_PROGRESS, EnumSet.of(MILESTONE_CHECK, CANCELLED)),
            Map.entry(MILESTONE_CHECK, EnumSet.of(IN_PROGRESS, ACCEPTED, CANCELLED)),
            Map.entry(ACCEPTED, EnumSet.of(COMPLETED, CANCELLED)),
            Map.entry(COMPLETED, EnumSet.noneOf(ChallengeStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(ChallengeStatus.class)));

    public boolean canBecome(ChallengeStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }
}
