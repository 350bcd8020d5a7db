package gx.techmarket.bidding.call;

/** A call is drafted by its operator (challenges join it), then published with its challenges. */
public enum CallStatus {
    /** 草稿: challenges may join. */
    DRAFT,
    /** 已发布: its challenges are published; nothing joins any more. */
    PUBLISHED
}
