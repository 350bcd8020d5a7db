package gx.techmarket.contracts.events;

/** 技术成熟度: how far a result is from production. */
public enum Maturity {
    /** 研发 (研发阶段). */
    RESEARCH,
    /** 小试. */
    LAB,
    /** 中试. */
    PILOT,
    /** 产业化. */
    INDUSTRIAL
}
