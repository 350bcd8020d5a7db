package gx.techmarket.bidding.agreement;

/** Where a 揭榜协议 stands. */
public enum AgreementStatus {
    /** 未起草: the challenge was awarded, nobody has written terms yet (a view only, never stored). */
    NOT_DRAFTED,
    /** 协商中: terms written; each party confirms the current revision; an edit resets both confirmations. */
    DRAFT,
    /** 已签订: both parties confirmed the same revision (final). */
    SIGNED
}
