package gx.techmarket.subsidy.voucher;

/** How a round's vouchers pay (the round says, ADR 0028). */
public enum VoucherMode {
    /** 通兑: the voucher pays its part of the fee to the provider (the provider is owed it). */
    TONGDUI,
    /** 通用: the enterprise pays the whole fee and is reimbursed its part (the enterprise is owed it). */
    TONGYONG
}
