package gx.techmarket.catalogue.result;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a result (科技成果): draft → submitted → published → withdrawn, with the operator's rejection
 * sending a submission back to its holder. This table is the one place that says which moves are allowed.
 */
public enum ResultStatus {
    /** 草稿: the holder is still writing it. */
    DRAFT,
    /** 待审核: submitted for the operator's review. */
    SUBMITTED,
    /** 已退回: the operator sent it back with a reason; the holder edits and submits again. */
    REJECTED,
    /** 已发布: listed in the catalogue, visible to every signed-in user. */
    PUBLISHED,
    /** 已撤回: taken off the catalogue by its holder. */
    WITHDRAWN,
    /** 已转化: transferred under a registered contract (set by the registry's events, later). */
    TRANSFERRED;

    private static final Map<ResultStatus, Set<ResultStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(PUBLISHED, REJECTED),
            REJECTED, EnumSet.of(SUBMITTED),
            PUBLISHED, EnumSet.of(WITHDRAWN, TRANSFERRED),
            WITHDRAWN, EnumSet.noneOf(ResultStatus.class),
            TRANSFERRED, EnumSet.noneOf(ResultStatus.class));

    public boolean canBecome(ResultStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The holder may change the content only while the operator is not looking at it or after a rejection. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }
}
