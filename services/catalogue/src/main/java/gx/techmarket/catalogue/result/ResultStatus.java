package gx.techmarket.catalogue.result;

import gx.techmarket.platform.domain.Lifecycle;
import gx.techmarket.platform.listing.ListingStatus;

/**
 * The lifecycle of a result (科技成果): draft → submitted → published → withdrawn, with the operator's rejection
 * sending a submission back to its holder. {@link #LIFECYCLE} is the one place that says which moves exist.
 */
public enum ResultStatus implements ListingStatus {
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

    /** Every state's name, the values a {@code status} filter admits (ResultStatusTest keeps it complete). */
    public static final String NAMES = "DRAFT|SUBMITTED|REJECTED|PUBLISHED|WITHDRAWN|TRANSFERRED";

    /** The review, then withdraw; {@code transfer} is reserved until the registry's contracts reach the catalogue. */
    public static final Lifecycle<ResultStatus> LIFECYCLE =
            ListingStatus.review("Result", DRAFT, SUBMITTED, REJECTED, PUBLISHED)
                    .move("withdraw", WITHDRAWN, PUBLISHED)
                    .reserved("transfer", TRANSFERRED, PUBLISHED)
                    .build();

    /** A result in the catalogue, or one transferred through it. */
    @Override
    public boolean isPublic() {
        return this == PUBLISHED || this == TRANSFERRED;
    }
}
