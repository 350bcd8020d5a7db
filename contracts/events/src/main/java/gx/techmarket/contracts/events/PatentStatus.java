package gx.techmarket.contracts.events;

/** Where an intellectual-property right stands. */
public enum PatentStatus {
    /** 申请中. */
    PENDING,
    /** 已授权 (for a software copyright: 已登记). */
    GRANTED,
    /** 已失效. */
    LAPSED,
    /** 已转让. */
    TRANSFERRED
}
