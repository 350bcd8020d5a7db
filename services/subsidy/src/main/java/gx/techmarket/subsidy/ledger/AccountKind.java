package gx.techmarket.subsidy.ledger;

/** The kinds of ledger account. */
public enum AccountKind {
    /** 财政拨款: where a programme-year's budget comes from (debit balance). */
    APPROPRIATION,
    /** 预算: what is left of a programme's budget for a year (credit balance, never below zero). */
    BUDGET,
    /** 应付补助: what a programme owes one beneficiary (credit balance). */
    PAYABLE,
    /** 拨付: what was paid out of a programme-year (credit balance). */
    BANK,
    /** 应收追回款: what a beneficiary was paid and owes back after its grant was reversed (debit balance). */
    RECEIVABLE,
    /** 已发放创新券: vouchers issued against a programme-year, not yet redeemed or expired (credit balance). */
    VOUCHER;

    /** Whether accounts of this kind belong to one beneficiary (and name no year). */
    public boolean perBeneficiary() {
        return this == PAYABLE || this == RECEIVABLE;
    }
}
