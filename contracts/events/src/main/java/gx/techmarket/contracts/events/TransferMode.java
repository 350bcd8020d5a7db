package gx.techmarket.contracts.events;

/** 转化方式: how a result's holder is willing to transfer it. */
public enum TransferMode {
    /** 转让. */
    TRANSFER,
    /** 许可. */
    LICENSE,
    /** 作价投资 (作价入股). */
    EQUITY_INVESTMENT,
    /** 合作开发. */
    JOINT_DEVELOPMENT
}
