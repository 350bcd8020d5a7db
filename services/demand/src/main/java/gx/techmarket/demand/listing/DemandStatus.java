package gx.techmarket.demand.listing;

import gx.techmarket.platform.domain.Lifecycle;
import gx.techmarket.platform.listing.ListingStatus;
import java.util.Set;

/**
 * The lifecycle of a demand (技术需求): draft → submitted → published → (matched | closed | expired), with the
 * operator's rejection sending a submission back to the enterprise. {@link #LIFECYCLE} is the one place that says
 * which moves exist; {@link Demand} asks it before every change of state.
 *
 * <p>PUBLISHED → MATCHED (a 揭榜挂帅 challenge published from it, or a technical contract drafted for it) and
 * PUBLISHED → EXPIRED (the day after its deadline) are the market's moves, not a user's: the event handlers and the
 * expiry job make them, and {@link #SYSTEM_MOVES} keeps them out of every caller's {@code actions}. So is MATCHED →
 * PUBLISHED (reopen): the challenge it was matched by was cancelled (撤榜) or failed (流标), and the need is open
 * again; past its deadline it goes to EXPIRED instead.
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
    /** 已匹配: a challenge was published from it or a contract drafted for it. */
    MATCHED,
    /** 已关闭: closed by its enterprise. */
    CLOSED,
    /** 已过期: the deadline passed while it was published; set by the expiry job the day after. */
    EXPIRED;

    /** Every state's name, the values a {@code status} filter admits (DemandStatusTest keeps it complete). */
    public static final String NAMES = "DRAFT|SUBMITTED|REJECTED|PUBLISHED|MATCHED|CLOSED|EXPIRED";

    /** The moves the market makes (event handlers, the expiry job): never an action offered to a caller. */
    public static final Set<String> SYSTEM_MOVES = Set.of("match", "expire", "reopen");

    /**
     * The review, then close by the enterprise, matched by a challenge or a contract (reopened when that challenge is
     * cancelled or fails), expired after its deadline.
     */
    public static final Lifecycle<DemandStatus> LIFECYCLE =
            ListingStatus.review("Demand", DRAFT, SUBMITTED, REJECTED, PUBLISHED)
                    .move("close", CLOSED, PUBLISHED)
                    .move("match", MATCHED, PUBLISHED)
                    .move("reopen", PUBLISHED, MATCHED)
                    .move("expire", EXPIRED, PUBLISHED, MATCHED)
                    .build();

    /** A demand on the market, or one answered through it. */
    @Override
    public boolean isPublic() {
        return this == PUBLISHED || this == MATCHED;
    }
}
