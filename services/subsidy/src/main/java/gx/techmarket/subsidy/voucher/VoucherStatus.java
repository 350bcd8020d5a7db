package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.domain.Lifecycle;

/** The states of a voucher; {@link #LIFECYCLE} is the one place that says which moves exist. */
public enum VoucherStatus {
    /** 已发放: its face value is held on the programme-year's VOUCHER account, waiting for a redemption. */
    ISSUED,
    /** 已兑付: redeemed with a registered contract; what it pays is owed to the payee, the rest went back to the budget. */
    REDEEMED,
    /** 已过期: not redeemed by its last day; its face value went back to the budget. */
    EXPIRED;

    /**
     * {@code redeem}: the chosen provider, with the contract and the fee paid; {@code expire}: the daily expiry job,
     * after the round's last day. Both final.
     */
    public static final Lifecycle<VoucherStatus> LIFECYCLE = Lifecycle.of("Voucher", VoucherStatus.class)
            .move("redeem", REDEEMED, ISSUED)
            .move("expire", EXPIRED, ISSUED)
            .build();
}
