package gx.techmarket.bidding.challenge;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a bid (揭榜方案, BRIEF, glossary §5.2); the one place that says which moves are allowed.
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
    /** 已重新确认 (reserved). */
    RECONFIRMED,
    /** 资格审查通过 (reserved). */
    QUALIFIED,
    /** 资格审查未通过 (final). */
    DISQUALIFIED,
    /** 已评分 (reserved). */
    SCORED,
    /** 中选 (final). */
    SELECTED,
    /** 未中选 (final). */
    NOT_SELECTED;

    private static final Map<BidStatus, Set<BidStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(INVALIDATED, QUALIFIED, DISQUALIFIED, SELECTED, NOT_SELECTED),
            INVALIDATED, EnumSet.of(RECONFIRMED, DISQUALIFIED),
            RECONFIRMED, EnumSet.of(INVALIDATED, QUALIFIED, DISQUALIFIED, SELECTED, NOT_SELECTED),
            QUALIFIED, EnumSet.of(SCORED),
            DISQUALIFIED, EnumSet.noneOf(BidStatus.class),
            SCORED, EnumSet.of(SELECTED, NOT_SELECTED),
            SELECTED, EnumSet.noneOf(BidStatus.class),
            NOT_SELECTED, EnumSet.noneOf(BidStatus.class));

    public boolean canBecome(BidStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }
}
