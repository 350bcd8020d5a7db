package gx.techmarket.bidding.evaluation;

/** Why a bid did not pass 资格审查 (the list the operator picks from; {@code NOT_RECONFIRMED} is automatic). */
public enum DisqualificationReason {
    /** 投标主体不符合揭榜条件. */
    NOT_ELIGIBLE,
    /** 申报材料不齐全. */
    DOCUMENTS_INCOMPLETE,
    /** 缺少相应资质. */
    QUALIFICATION_MISSING,
    /** 报价超出榜单预算. */
    PRICE_OVER_BUDGET,
    /** 研究方案不满足榜单要求. */
    PLAN_NOT_RESPONSIVE,
    /** 存在关联关系. */
    CONFLICT_OF_INTEREST,
    /** 榜单变更后未重新确认 (automatic). */
    NOT_RECONFIRMED,
    /** 其他 (the note says what). */
    OTHER
}
