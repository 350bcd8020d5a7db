package gx.techmarket.subsidy.programme;

/** How a programme derives an entitlement from a registered contract. */
public enum RuleKind {
    /** 企业购买科技成果转化后补助: rate × T to an in-region enterprise buyer not affiliated with the seller. */
    BUYER_POST_SUBSIDY,
    /** 技术转移中介机构补助: rate (1%) × T to the intermediary that brokered the contract. */
    INTERMEDIARY,
    /** 技术合同登记机构补助: rate (1‰) × the registered 技术交易额 to the registration point. */
    REGISTRATION_BODY
}
