package gx.techmarket.contracts.events;

/**
 * 技术合同类型: the subtype a technical contract is registered as; each belongs to one {@link ContractCategory}.
 */
public enum ContractType {
    /** 委托开发. */
    DEVELOPMENT_COMMISSIONED(ContractCategory.DEVELOPMENT),
    /** 合作开发. */
    DEVELOPMENT_COOPERATIVE(ContractCategory.DEVELOPMENT),
    /** 专利权转让. */
    TRANSFER_PATENT(ContractCategory.TRANSFER),
    /** 专利申请权转让. */
    TRANSFER_PATENT_APPLICATION(ContractCategory.TRANSFER),
    /** 技术秘密转让. */
    TRANSFER_TECHNICAL_SECRET(ContractCategory.TRANSFER),
    /** 集成电路布图设计专有权转让. */
    TRANSFER_IC_LAYOUT(ContractCategory.TRANSFER),
    /** 植物新品种权转让. */
    TRANSFER_PLANT_VARIETY(ContractCategory.TRANSFER),
    /** 计算机软件著作权转让. */
    TRANSFER_SOFTWARE(ContractCategory.TRANSFER),
    /** 生物医药新品种权转让. */
    TRANSFER_BIOMEDICINE_VARIETY(ContractCategory.TRANSFER),
    /** 其他技术转让 (other rights). */
    TRANSFER_OTHER(ContractCategory.TRANSFER),
    /** 专利实施许可. */
    LICENSE_PATENT(ContractCategory.LICENSE),
    /** 技术秘密使用许可. */
    LICENSE_TECHNICAL_SECRET(ContractCategory.LICENSE),
    /** 其他技术许可. */
    LICENSE_OTHER(ContractCategory.LICENSE),
    /** 技术咨询. */
    CONSULTING(ContractCategory.CONSULTING),
    /** 技术服务 (general). */
    SERVICE(ContractCategory.SERVICE),
    /** 技术培训. */
    SERVICE_TRAINING(ContractCategory.SERVICE),
    /** 技术中介. */
    SERVICE_INTERMEDIARY(ContractCategory.SERVICE);

    private final ContractCategory category;

    ContractType(ContractCategory category) {
        this.category = category;
    }

    public ContractCategory category() {
        return category;
    }
}
