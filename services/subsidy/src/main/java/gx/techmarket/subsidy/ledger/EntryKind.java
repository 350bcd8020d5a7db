package gx.techmarket.subsidy.ledger;

/** Why a journal entry exists. */
public enum EntryKind {
    /** 预算下达: money allocated to a programme's budget for a year (Dr APPROPRIATION, Cr BUDGET). */
    ALLOCATION,
    /** 补助核准: an entitlement charged to the budget and owed to its beneficiary (Dr BUDGET, Cr PAYABLE). */
    GRANT,
    /** 冲销: the exact opposite of an earlier entry, the only way to correct the ledger. */
    REVERSAL,
    /**
     * 拨付: what is owed is paid (Dr PAYABLE, Cr BANK); when a receivable is offset against the payment, a further
     * Cr RECEIVABLE line and the bank pays the net.
     */
    PAYMENT,
    /** 追回: a paid grant was reversed; the paid part is owed back (Dr RECEIVABLE, Cr PAYABLE). */
    RECEIVABLE_RAISED,
    /** 退回: the beneficiary paid back what it owed (Dr BANK, Cr RECEIVABLE). */
    REPAYMENT,
    /** 创新券发放: a voucher's face value set aside from the budget (Dr BUDGET, Cr VOUCHER). */
    VOUCHER_ISSUE,
    /** 创新券兑付: a voucher redeemed, owed to the provider or the enterprise (Dr VOUCHER, Cr PAYABLE). */
    VOUCHER_REDEMPTION,
    /** 创新券到期: what a voucher left unused goes back to the budget (Dr VOUCHER, Cr BUDGET). */
    VOUCHER_EXPIRY
}
