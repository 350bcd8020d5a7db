package gx.techmarket.subsidy.ledger;

/** The kinds of ledger account. */
public enum AccountKind {
    /** 财政拨款: where a programme-year's budget comes from (debit balance). */
    APPROPRIATION,
    /** 预算: what is left of a programme's budget for a year (credit balance, never below zero). */
    BUDGET,
    /** 应付补助: what a programme owes one beneficiary (credit balance). */
    PAYABLE
}
