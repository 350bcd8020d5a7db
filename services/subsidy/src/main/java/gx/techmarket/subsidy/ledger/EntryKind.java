package gx.techmarket.subsidy.ledger;

/** Why a journal entry exists. */
public enum EntryKind {
    /** 预算下达: money allocated to a programme's budget for a year (Dr APPROPRIATION, Cr BUDGET). */
    ALLOCATION,
    /** 补助核准: an entitlement charged to the budget and owed to its beneficiary (Dr BUDGET, Cr PAYABLE). */
    GRANT,
    /** 冲销: the exact opposite of an earlier entry, the only way to correct the ledger. */
    REVERSAL
}
