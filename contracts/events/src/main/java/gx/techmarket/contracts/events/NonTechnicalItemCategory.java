package gx.techmarket.contracts.events;

/** The kind of a non-technical item (非技术性款项) deducted from a contract's price. */
public enum NonTechnicalItemCategory {
    /** 设备. */
    EQUIPMENT,
    /** 仪器. */
    INSTRUMENTS,
    /** 零部件. */
    PARTS,
    /** 原材料. */
    RAW_MATERIALS,
    /** 其他. */
    OTHER
}
