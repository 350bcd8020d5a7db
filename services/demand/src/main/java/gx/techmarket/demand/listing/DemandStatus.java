package gx.techmarket.demand.listing;

import gx.techmarket.platform.domain.Lifecycle;
import gx.techmarket.platform.listing.ListingStatus;

/**
 * The lifecycle of a demand (技术需求): draft → submitted → published → (matched | closed | expired), with the
 * operator's rejection sending a submission back to the enterprise. {@link #LIFECYCLE} is the one place that says
 * which moves exist; {@link Demand} asks it before every change of state.
 *
 * <p>PUBLISHED → MATCHED (a solution found through catalogue matches or a 揭榜 award) and PUBLISHED → EXPIRED (the
 * deadline passed) are part of the lifecycle but reserved: no endpoint or event handler makes them yet.
 */
public enum DemandStatus implements ListingStatus {
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

    /** Every state's name, the values a {@code status} filter admits (DemandStatusTest keeps it complete). */
    public static final String NAMES = "DRAFT|SUBMITTED|REJECTED|PUBLISHED|MATCHED|CLOSED|EXPIRED";

    /** The review, then close by the enterprise; match and expire reserved. */
    public static final Lifecycle<DemandStatus> LIFECYCLE =
            ListingStatus.review("Demand", DRAFT, SUBMITTED, REJECTED, PUBLISHED)
                    .move("close", CLOSED, PUBLISHED)
                    .reserved("match", MATCHED, PUBLISHED)
                    .reserved("expire", EXPIRED, PUBLISHED)
                    .build();

    /** A demand on the market, or one answered through it. */
    @Override
    public boolean isPublic() {
        return this == PUBLISHED || this == MATCHED;
    }
}
