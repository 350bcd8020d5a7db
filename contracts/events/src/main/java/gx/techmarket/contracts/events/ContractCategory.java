package gx.techmarket.contracts.events;

/** 技术合同类别: the category statistics group contract types by. */
public enum ContractCategory {
    /** 技术开发. */
    DEVELOPMENT,
    /** 技术转让. */
    TRANSFER,
    /** 技术许可. */
    LICENSE,
    /** 技术咨询. */
    CONSULTING,
    /** 技术服务. */
    SERVICE
}
