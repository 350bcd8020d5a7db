package gx.techmarket.contracts.events;

/** 机构类型: the kind of an organisation. On the wire the constant names (the token claim uses lower case). */
public enum OrgKind {
    /** 高校. */
    UNIVERSITY,
    /** 科研院所. */
    INSTITUTE,
    /** 企业. */
    ENTERPRISE,
    /** 技术转移机构 / 中介服务机构. */
    AGENCY,
    /** 技术合同登记机构. */
    REGISTRY,
    /** 政府 (科技厅, 市科技局). */
    GOVERNMENT
}
