package gx.techmarket.portal.subsidy.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 补助申报 (claims), zh-CN first; the English texts are in {@code messages/claim_en.properties}.
 * Templates use them as {@code {claim:key}}.
 */
@MessageBundle(value = "claim", locale = "zh-CN")
public interface ClaimMsg {

    @Message("我单位的补助申报")
    String my_claims();

    @Message("补助申报审核")
    String review_queue();

    @Message("补助申报")
    String claim();

    @Message("新建补助申报")
    String new_claim();

    @Message("修改补助申报")
    String edit_claim();

    @Message("可申报的应享补助")
    String claimable();

    @Message("需申报的补助项目只给出应享补助的上限；按实际支付的技术交易额（附付款凭证）申报，经审核后核准。可分次付款、分次申报。")
    String claimable_hint();

    @Message("申报")
    String claim_this();

    @Message("研发费用补助申报")
    String expense_claim();

    @Message("补助项目代码")
    String field_programme_code();

    @Message("预算年度")
    String field_budget_year();

    @Message("合同登记编号")
    String field_registration_number();

    @Message("应享补助上限")
    String field_ceiling();

    @Message("技术交易额")
    String field_basis();

    @Message("付款凭证")
    String payments();

    @Message("按合同实际支付的款项逐笔填写：金额、付款日期、合同登记编号和银行回单号（或凭证号）。空行不提交。")
    String payments_hint();

    @Message("付款金额")
    String field_payment_amount();

    @Message("付款日期")
    String field_paid_on();

    @Message("回单号/凭证号")
    String field_reference();

    @Message("上年度研发费用")
    String field_expense_amount();

    @Message("费用说明（如专项审计报告编号）")
    String field_expense_description();

    @Message("说明")
    String field_note();

    @Message("申报单位")
    String field_beneficiary();

    @Message("补助金额")
    String field_amount();

    @Message("累计付款")
    String field_paid();

    @Message("审核方式")
    String field_approval();

    @Message("退回/不予支持原因")
    String field_decision_reason();

    @Message("终止原因")
    String field_end_reason();

    @Message("计算说明")
    String explanation();

    @Message("证明材料")
    String evidence();

    @Message("上传 PDF、JPEG、PNG 或 OFD 文件（按内容识别），每个不超过 20 MiB。")
    String evidence_hint();

    @Message("材料类型")
    String field_evidence_kind();

    @Message("文件")
    String field_file();

    @Message("上传")
    String upload();

    @Message("保存草稿")
    String save();

    @Message("修改")
    String edit();

    @Message("提交申报")
    String submit();

    @Message("初审通过")
    String verify();

    @Message("核准补助")
    String approve();

    @Message("退回")
    String return_claim();

    @Message("不予支持")
    String reject();

    @Message("状态")
    String field_status();

    @Message("{#switch code}{#case 'DRAFT'}草稿{#case 'SUBMITTED'}已提交{#case 'VERIFIED'}已初审"
            + "{#case 'RETURNED'}已退回{#case 'REJECTED'}不予支持{#case 'APPROVED_WAITING_FOR_BUDGET'}已批准待预算"
            + "{#case 'GRANTED'}已核准{#case 'REVERSED'}已冲销{#case 'CLOSED'}已关闭{#else}{code}{/switch}")
    String label_status(String code);

    @Message("{#switch code}{#case 'PAYMENT_VOUCHER'}付款凭证{#case 'INVOICE'}发票{#case 'BANK_STATEMENT'}银行流水"
            + "{#case 'EXPENSE_REPORT'}研发费用明细{#case 'AUDIT_REPORT'}专项审计报告{#case 'CERTIFICATE'}资质证书"
            + "{#case 'OTHER'}其他{#else}{code}{/switch}")
    String label_evidence_kind(String code);

    @Message("{#switch code}{#case 'SUB_MARKET'}子市场一步审核{#case 'CITY_THEN_PROVINCE'}市级初审、省级审批"
            + "{#else}{code}{/switch}")
    String label_approval(String code);

    @Message("{#switch code}{#case 'PAYMENT'}合同类（按实际付款）{#case 'EXPENSE'}研发费用{#case 'QUALIFICATION'}资质认定"
            + "{#else}{code}{/switch}")
    String label_kind(String code);
}
