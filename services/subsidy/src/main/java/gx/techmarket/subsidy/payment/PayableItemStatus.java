package gx.techmarket.subsidy.payment;

/** Where one grant of money stands on its way to the beneficiary's bank account. */
public enum PayableItemStatus {
    /** 待拨付: owed, in no batch yet. */
    UNPAID,
    /** 已纳入批次: gathered into a batch not yet paid. */
    IN_BATCH,
    /** 已拨付: paid with its batch. */
    PAID,
    /** 已撤销: the grant was reversed before it was paid; nothing to pay. */
    DROPPED
}
