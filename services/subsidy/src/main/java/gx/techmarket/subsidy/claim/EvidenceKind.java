package gx.techmarket.subsidy.claim;

/** What a file of a claim's evidence is. */
public enum EvidenceKind {
    /** 付款凭证: a payment voucher or transfer slip. */
    PAYMENT_VOUCHER,
    /** 发票: an invoice for the payment. */
    INVOICE,
    /** 银行流水: a bank statement showing the payment. */
    BANK_STATEMENT,
    /** 研发费用明细: the R&D expense breakdown. */
    EXPENSE_REPORT,
    /** 专项审计报告: an auditor's report on the expense. */
    AUDIT_REPORT,
    /** 资质证书: the qualification's certificate (e.g. 高新技术企业证书). */
    CERTIFICATE,
    /** 其他 */
    OTHER
}
