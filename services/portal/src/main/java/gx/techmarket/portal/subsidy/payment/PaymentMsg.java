package gx.techmarket.portal.subsidy.payment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 拨付 (payments), receivables, reconciliation and statements, zh-CN first; the English texts are in
 * {@code messages/payment_en.properties}. Templates use them as {@code {payment:key}}.
 */
@MessageBundle(value = "payment", locale = "zh-CN")
public interface PaymentMsg {

    @Message("拨付批次")
    String batches_title();

    @Message("汇总某补助项目某年度已核准、未拨付的补助，生成拨付批次；没有已核验银行账户的单位暂缓拨付。")
    String batches_hint();

    @Message("生成拨付批次")
    String gather();

    @Message("补助项目代码")
    String field_programme();

    @Message("预算年度")
    String field_year();

    @Message("批次号")
    String field_number();

    @Message("状态")
    String field_status();

    @Message("合计（元）")
    String field_total();

    @Message("大写")
    String field_in_words();

    @Message("收款单位")
    String field_payee();

    @Message("统一社会信用代码")
    String field_uscc();

    @Message("开户行")
    String field_bank();

    @Message("账号")
    String field_account();

    @Message("应付（元）")
    String field_gross();

    @Message("抵扣追回款（元）")
    String field_offset();

    @Message("实付（元）")
    String field_net();

    @Message("附言")
    String field_line_reference();

    @Message("暂缓拨付的单位")
    String held_title();

    @Message("原因")
    String field_reason();

    @Message("需重新审批")
    String reapproval();

    @Message("审批批次")
    String approve();

    @Message("下载拨付文件（Excel）")
    String download_payment_file();

    @Message("登记拨付")
    String mark_paid();

    @Message("银行凭证号")
    String field_payment_reference();

    @Message("拨付日期")
    String field_paid_on();

    @Message("{#switch status}{#case 'DRAFT'}待审批{#case 'APPROVED'}已审批{#case 'PAID'}已拨付{#else}{status}{/switch}")
    String label_batch_status(String status);

    @Message("暂无拨付批次。")
    String no_batches();

    @Message("应收追回款")
    String receivables_title();

    @Message("已拨付的补助因合同变更或注销被冲销后，多付部分作为应收追回款，待单位退回或在下次拨付中抵扣。")
    String receivables_hint();

    @Message("暂无应收追回款。")
    String no_receivables();

    @Message("应收（元）")
    String field_amount();

    @Message("未追回（元）")
    String field_outstanding();

    @Message("已预留抵扣（元）")
    String field_reserved();

    @Message("{#switch status}{#case 'OPEN'}未结清{#case 'SETTLED'}已结清{#else}{status}{/switch}")
    String label_receivable_status(String status);

    @Message("登记退回")
    String record_repayment();

    @Message("退回金额（元）")
    String field_repayment();

    @Message("退回日期")
    String field_repaid_on();

    @Message("凭证号")
    String field_reference();

    @Message("月度对账")
    String reconciliation_title();

    @Message("月份")
    String field_month();

    @Message("查询")
    String show();

    @Message("科目")
    String field_account_group();

    @Message("期初")
    String field_opening();

    @Message("本月发生")
    String field_movements();

    @Message("期末")
    String field_closing();

    @Message("账面余额")
    String field_kept();

    @Message("{#if ok}核对一致{#else}核对不一致{/if}")
    String adds_up(boolean ok);

    @Message("{#switch account}{#case 'APPROPRIATION'}财政拨款{#case 'BUDGET'}预算{#case 'VOUCHER'}已发放创新券"
            + "{#case 'PAYABLE'}应付补助（全部受益单位）{#case 'BANK'}拨付{#case 'RECEIVABLE'}应收追回款{#else}{account}{/switch}")
    String label_account(String account);

    @Message("{#switch kind}{#case 'ALLOCATION'}预算下达{#case 'GRANT'}补助核准{#case 'REVERSAL'}冲销{#case 'PAYMENT'}拨付"
            + "{#case 'RECEIVABLE_RAISED'}应收追回{#case 'REPAYMENT'}追回款退回{#case 'VOUCHER_ISSUE'}创新券发放"
            + "{#case 'VOUCHER_REDEMPTION'}创新券兑付{#case 'VOUCHER_EXPIRY'}创新券过期{#else}{kind}{/switch}")
    String label_entry(String kind);

    @Message("对账单")
    String statement_title();

    @Message("本单位各补助项目的核准、冲销、拨付和追回，逐笔列示并结出余额。")
    String statement_hint();

    @Message("年度")
    String field_statement_year();

    @Message("下载对账单（Excel）")
    String download_statement();

    @Message("日期")
    String field_date();

    @Message("事项")
    String field_what();

    @Message("应付变动（元）")
    String field_change();

    @Message("应付余额（元）")
    String field_balance();

    @Message("应收追回余额（元）")
    String field_owed_back_balance();

    @Message("本年没有补助往来。")
    String no_lines();

    @Message("请输入补助项目代码（大写字母、数字和下划线）")
    String invalid_programme_code();

    @Message("请输入 2000 至 2100 之间的年度")
    String invalid_year();

    @Message("请输入凭证号（不超过 100 个字符）")
    String invalid_reference();

    @Message("请输入大于零、最多两位小数的金额")
    String invalid_amount();

    @Message("拨付")
    String hub_batches();

    @Message("应收追回款")
    String hub_receivables();

    @Message("月度对账")
    String hub_reconciliation();

    @Message("对账单")
    String hub_statement();
}
