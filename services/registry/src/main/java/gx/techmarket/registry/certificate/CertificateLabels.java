package gx.techmarket.registry.certificate;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.registry.contract.ContractStatus;
import gx.techmarket.contracts.events.DeregistrationReason;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The Chinese words a certificate prints for the registry's codes, as the 《技术合同认定登记规则》 names them. */
final class CertificateLabels {

    private CertificateLabels() {}

    static String category(ContractCategory category) {
        return switch (category) {
            case DEVELOPMENT -> "技术开发";
            case TRANSFER -> "技术转让";
            case LICENSE -> "技术许可";
            case CONSULTING -> "技术咨询";
            case SERVICE -> "技术服务";
        };
    }

    /** The subtype's name alone, e.g. 专利权转让. */
    static String subtype(ContractType type) {
        return switch (type) {
            case DEVELOPMENT_COMMISSIONED -> "委托开发";
            case DEVELOPMENT_COOPERATIVE -> "合作开发";
            case TRANSFER_PATENT -> "专利权转让";
            case TRANSFER_PATENT_APPLICATION -> "专利申请权转让";
            case TRANSFER_TECHNICAL_SECRET -> "技术秘密转让";
            case TRANSFER_IC_LAYOUT -> "集成电路布图设计专有权转让";
            case TRANSFER_PLANT_VARIETY -> "植物新品种权转让";
            case TRANSFER_SOFTWARE -> "计算机软件著作权转让";
            case TRANSFER_BIOMEDICINE_VARIETY -> "生物医药新品种权转让";
            case TRANSFER_OTHER -> "其他技术转让";
            case LICENSE_PATENT -> "专利实施许可";
            case LICENSE_TECHNICAL_SECRET -> "技术秘密使用许可";
            case LICENSE_OTHER -> "其他技术许可";
            case CONSULTING -> "技术咨询";
            case SERVICE -> "一般技术服务";
            case SERVICE_TRAINING -> "技术培训";
            case SERVICE_INTERMEDIARY -> "技术中介";
        };
    }

    /** Category and subtype, e.g. 技术转让（专利权转让）; a category that is its own subtype once (技术咨询). */
    static String type(ContractType type) {
        String category = category(type.category());
        String subtype = subtype(type);
        return category.equals(subtype) ? category : category + "（" + subtype + "）";
    }

    static String status(ContractStatus status) {
        return switch (status) {
            case REGISTERED -> "有效";
            case AMENDED -> "有效（已变更登记）";
            case DEREGISTERED -> "已注销";
            default -> throw new IllegalArgumentException("a certificate has no status " + status);
        };
    }

    static String deregistrationReason(DeregistrationReason reason) {
        return switch (reason) {
            case RESCINDED -> "合同解除";
            case VOID -> "合同无效";
        };
    }

    /** 1,000,000.00 元. */
    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + " 元";
    }
}
