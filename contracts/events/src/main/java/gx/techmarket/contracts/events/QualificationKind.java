package gx.techmarket.contracts.events;

/** 资质: the qualifications the directory records, each with a validity period. */
public enum QualificationKind {
    /** 高新技术企业; the number is the certificate number (证书编号). */
    HIGH_TECH_ENTERPRISE,
    /** 科技型中小企业; the number is its 入库编号. */
    TECH_SME,
    /** 技术转移示范机构. */
    TECH_TRANSFER_DEMO_AGENCY,
    /** 技术合同登记机构; the number is its registration point code (city 2 + point 2 digits). */
    CONTRACT_REGISTRATION_BODY,
    /** 创新券服务机构. */
    INNOVATION_VOUCHER_PROVIDER
}
