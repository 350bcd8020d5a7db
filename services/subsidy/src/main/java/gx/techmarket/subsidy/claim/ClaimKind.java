package gx.techmarket.subsidy.claim;

/** What a claim rests on, by the programme's basis. */
public enum ClaimKind {
    /** A contract's CLAIMABLE entitlement, on payments of its 技术交易额 (付款凭证). */
    PAYMENT,
    /** An R&D expense programme's year, on declared R&D expense (研发费用). */
    EXPENSE,
    /** A qualification's CLAIMABLE entitlement (高企 recognition), on attachments only. */
    QUALIFICATION
}
