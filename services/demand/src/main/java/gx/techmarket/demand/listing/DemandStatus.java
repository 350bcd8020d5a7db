package gx.techmarket.demand.listing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a demand (技术需求): draft → submitted → published → (matched | closed | expired), with the
 * operator's rejection sending a submission back to the enterprise. This table is the one place that says which
 * moves are allowed; {@link Demand} asks it before every change of state.
 *
 * <p>Moves the service performs today: submit (DRAFT/REJECTED → SUBMITTED), approve (SUBMITTED → PUBLISHED),
 * reject (SUBMITTED → REJECTED) and close by the enterprise (PUBLISHED → CLOSED). PUBLISHED → MATCHED (a solution
 * found through catalogue matches or a 揭榜 award) and PUBLISHED → EXPIRED (the deadline passed) are part of the
 * lifecycle but reserved: no endpoint or event handler makes them yet.
 */
public enum DemandStatus {
    /** 草稿: the enterprise is still writing it. */
    DRAFT,
    /** 已提交 (待审核): waiting for the operator of its sub-market. */
    SUBMITTED,
    /** 已退回: the operator sent it back with a reason; the enterprise edits and submits again. */
    REJECTED,
    /** 已发布: visible to the market until its deadline. */
    PUBLISHED,
    /** 已匹配: a solution has been found (reserved: set by matching or bidding, later). */
    MATCHED,
    /** 已关闭: closed by its enterprise. */
    CLOSED,
    /** 已过期: the deadline passed while it was published (reserved: set by the expiry job, later). */
    EXPIRED;

    private static final Map<DemandStatus, Set<DemandStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(PUBLISHED, REJECTED),
            REJECTED, EnumSet.of(SUBMITTED),
            PUBLISHED, EnumSet.of(MATCHED, CLOSED, EXPIRED),
            MATCHED, EnumSet.noneOf(DemandStatus.class),
            CLOSED, EnumSet.noneOf(DemandStatus.class),
            EXPIRED, EnumSet.noneOf(DemandStatus.class));

    public boolean canBecome(DemandStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The enterprise may change the content only before the operator looks at it or after a rejection. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Whether the state ends the demand's life: nothing can follow it. */
    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** Whether every signed-in user may read a demand in this state (the others only its enterprise and operator). */
    public boolean isPublic() {
        return this == PUBLISHED || this == MATCHED;
    }
}
