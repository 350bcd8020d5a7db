package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.Lifecycle;

/**
 * The lifecycle of a bid (揭榜方案, BRIEF, glossary §5.2); {@link #LIFECYCLE} is the one place that says which moves
 * exist.
 *
 * <p>What the service does today: a bid is created {@code SUBMITTED} (sealed until the deadline), and at the award
 * the chosen one becomes {@code SELECTED} and every other {@code NOT_SELECTED}, straight from {@code SUBMITTED}
 * until qualification and scoring exist. {@code DRAFT}, {@code INVALIDATED}/{@code RECONFIRMED} (after a change to
 * the challenge), {@code QUALIFIED}/{@code DISQUALIFIED} and {@code SCORED} are reserved.
 */
public enum BidStatus {
    /** 草稿 (reserved). */
    DRAFT,
    /** 已提交: sealed, waiting for the deadline. */
    SUBMITTED,
    /** 已失效 (待重新确认) (reserved). */
    INVALIDATED,
    /** 已重新确认: the bidder confirmed an invalidated bid on the challenge's current version. */
    RECONFIRMED,
    /** 资格审查通过 (reserved). */
    QUALIFIED,
    /** 资格审查未通过 (requalified only by a satisfied complaint). */
    DISQUALIFIED,
    /** 已评分 (reserved). */
    SCORED,
    /** 中选 (final). */
    SELECTED,
    /** 未中选 (final). */
    NOT_SELECTED,
    /** 已撤回: withdrawn by its bidder before the deadline (final). */
    WITHDRAWN;

    /**
     * The award selects one bid and not the others. A bid is created {@code SUBMITTED}; nothing makes
     * {@code DRAFT → SUBMITTED} yet.
     */
    public static final Lifecycle<BidStatus> LIFECYCLE = Lifecycle.of("Bid", BidStatus.class)
            // the award selects one scored bid and not the others (bidding.evaluation)
            .move("select", SELECTED, SCORED)
            .move("not-select", NOT_SELECTED, SCORED)
            .reserved("submit", SUBMITTED, DRAFT)
            // an edit of the challenge after publication invalidates every bid in competition (ChallengeService.revise)
            .move("invalidate", INVALIDATED, SUBMITTED, RECONFIRMED)
            .move("reconfirm", RECONFIRMED, INVALIDATED)
            .move("qualify", QUALIFIED, SUBMITTED, RECONFIRMED)
            .move("disqualify", DISQUALIFIED, SUBMITTED, INVALIDATED, RECONFIRMED)
            .move("score", SCORED, QUALIFIED)
            // a satisfied complaint (bidding.evaluation): against the disqualification, against the ranking
            .move("requalify", QUALIFIED, DISQUALIFIED)
            .move("rescore", QUALIFIED, SCORED)
            .move("withdraw", WITHDRAWN, SUBMITTED, INVALIDATED, RECONFIRMED)
            .build();

    /** Still competing for the award: a decision can still select it or not. */
    public boolean isInCompetition() {
        return LIFECYCLE.allows("select", this);
    }
}
