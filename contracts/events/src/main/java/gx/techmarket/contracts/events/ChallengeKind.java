package gx.techmarket.contracts.events;

/** 揭榜类型. */
public enum ChallengeKind {
    /** 技术攻关类: an in-region enterprise states a technical problem (a demand); solvers from anywhere bid. */
    TECHNOLOGY_BREAKTHROUGH,
    /** 成果转化类: a result held anywhere is offered; in-region enterprises (or consortia they lead) bid. */
    RESULT_TRANSFORMATION
}
