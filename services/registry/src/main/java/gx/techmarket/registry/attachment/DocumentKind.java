package gx.techmarket.registry.attachment;

/**
 * The kinds of document a filing carries (申请认定登记的材料): the signed contract itself and the supporting documents
 * its subtype needs, each with its Chinese and English label for the portal and the error messages.
 */
public enum DocumentKind {
    /** The full signed contract text (签字盖章的合同文本, PDF or scans; an electronic contract is accepted). */
    SIGNED_CONTRACT("技术合同文本（签字盖章）", "Signed contract"),
    /** 专利证书: for a 专利权 transfer or a 专利实施许可. */
    PATENT_CERTIFICATE("专利证书", "Patent certificate"),
    /** 专利申请受理通知书: for a 专利申请权 transfer. */
    PATENT_APPLICATION_NOTICE("专利申请受理通知书", "Patent application acceptance notice"),
    /** 集成电路布图设计登记证书. */
    IC_LAYOUT_CERTIFICATE("集成电路布图设计登记证书", "IC layout-design registration certificate"),
    /** 植物新品种权证书. */
    PLANT_VARIETY_CERTIFICATE("植物新品种权证书", "Plant variety right certificate"),
    /** 计算机软件著作权登记证书. */
    SOFTWARE_COPYRIGHT_CERTIFICATE("计算机软件著作权登记证书", "Software copyright registration certificate"),
    /** 生物医药新品种证书 (新药证书 or the approval of the new variety). */
    BIOMEDICINE_CERTIFICATE("生物医药新品种证书或批准文件", "Biomedicine new-variety certificate or approval"),
    /** 其他权属证明: the proof that the seller holds the right transferred or licensed when it is none of the above. */
    RIGHT_CERTIFICATE("权属证明文件", "Proof of the right"),
    /** 技术进口合同登记证书 or 许可证: for a technology import filed by the domestic buyer. */
    IMPORT_REGISTRATION("技术进出口合同登记证书或许可证", "Technology import registration or licence"),
    /** 审批文件: where a law or regulation makes the deal subject to approval. */
    APPROVAL_DOCUMENT("有关审批文件", "Approval document"),
    /** 授权委托书: when someone files on the seller's behalf. */
    POWER_OF_ATTORNEY("授权委托书", "Power of attorney"),
    /** Anything else the filer or the registrar finds useful (never required). */
    OTHER("其他材料", "Other document");

    private final String zh;
    private final String en;

    DocumentKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The label in Chinese (zh-CN), as the portal and the certificate show it. */
    public String zh() {
        return zh;
    }

    /** The label in English. */
    public String en() {
        return en;
    }

    /** The label in the given language: English for a tag starting with {@code en}, else Chinese. */
    public String label(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
