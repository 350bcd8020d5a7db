package gx.techmarket.contracts.events;

/** 合作方式: a form of cooperation an enterprise accepts for its demand. */
public enum CooperationMode {
    /** 技术转让. */
    TRANSFER,
    /** 技术许可. */
    LICENSE,
    /** 作价投资. */
    EQUITY_INVESTMENT,
    /** 合作开发. */
    JOINT_DEVELOPMENT,
    /** 委托开发. */
    COMMISSIONED_DEVELOPMENT,
    /** 技术咨询. */
    CONSULTING,
    /** 技术服务. */
    SERVICE
}
