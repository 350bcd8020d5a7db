package gx.techmarket.contracts.events;

/**
 * 不予登记的理由: the grounds on which a registration point refuses to register a contract (《技术合同认定登记管理办法》
 * and its 认定规则: what is not registrable).
 */
public enum RefusalGround {
    /** 不属于技术合同. */
    NOT_TECHNICAL_CONTRACT,
    /** 当事人约定不明确. */
    PARTIES_UNCLEAR,
    /** 标的不明确. */
    SUBJECT_UNCLEAR,
    /** 价款、报酬或使用费不明确. */
    PRICE_UNCLEAR,
    /** 依法应当审批而未审批. */
    APPROVAL_MISSING,
    /** 合同名称与内容不符. */
    TITLE_CONTENT_MISMATCH,
    /** 含有非法垄断技术、妨碍技术进步的条款. */
    MONOPOLISING_CLAUSES,
    /** 申请材料不齐全. */
    DOCUMENTS_MISSING,
    /** 签字盖章不完整. */
    SEALS_INCOMPLETE
}
