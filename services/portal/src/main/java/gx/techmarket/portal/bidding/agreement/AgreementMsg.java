package gx.techmarket.portal.bidding.agreement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the 揭榜协议 and its milestones, zh-CN first; the English texts are in
 * {@code messages/agreement_en.properties}. Templates use them as {@code {agreement:key}}.
 */
@MessageBundle(value = "agreement", locale = "zh-CN")
public interface AgreementMsg {

    @Message("揭榜协议")
    String title();

    @Message("需求方（或成果持有方）与揭榜方在平台上商定协议条款：项目研发投入总额、双方出资、省级支持资金和里程碑。任一方修改条款即产生新的修订版本，双方须重新确认；双方确认同一版本后协议生效。")
    String note();

    @Message("{#switch code}"
            + "{#case 'NOT_DRAFTED'}未起草"
            + "{#case 'DRAFT'}协商中"
            + "{#case 'SIGNED'}已签订"
            + "{#else}{code}{/switch}")
    String label_status(String code);

    @Message("{#switch code}"
            + "{#case 'PLANNED'}未开始"
            + "{#case 'REPORTED'}已报告，待检查"
            + "{#case 'CHECKED'}专家已检查，待验收"
            + "{#case 'RETURNED'}已退回"
            + "{#case 'ACCEPTED'}已验收"
            + "{#else}{code}{/switch}")
    String label_milestone_status(String code);

    @Message("返回榜单")
    String back_to_challenge();

    @Message("需求方 / 成果持有方")
    String field_counterparty();

    @Message("揭榜方")
    String field_winner();

    @Message("合同类型")
    String field_contract_type();

    @Message("项目研发投入总额")
    String field_total_investment();

    @Message("需求方（成果持有方）出资")
    String field_enterprise_share();

    @Message("揭榜方出资")
    String field_bidder_share();

    @Message("省级支持比例")
    String field_support_share();

    @Message("省级支持资金")
    String field_province_support();

    @Message("已拨付支持资金")
    String field_released();

    @Message("修订版本")
    String field_revision();

    @Message("需求方确认")
    String field_counterparty_confirmed();

    @Message("揭榜方确认")
    String field_winner_confirmed();

    @Message("未确认")
    String not_confirmed();

    @Message("签订时间")
    String field_signed_at();

    @Message("终止时间")
    String field_terminated_at();

    @Message("终止原因")
    String field_termination_reason();

    @Message("里程碑")
    String milestones_title();

    @Message("序号")
    String field_number();

    @Message("里程碑名称")
    String field_milestone_title();

    @Message("交付成果")
    String field_deliverables();

    @Message("计划完成日期")
    String field_due_date();

    @Message("支持资金")
    String field_support_amount();

    @Message("进展")
    String field_progress();

    @Message("揭榜方报告")
    String field_report();

    @Message("专家检查意见")
    String field_check_opinion();

    @Message("退回原因")
    String field_return_reason();

    @Message("验收时间")
    String field_accepted_at();

    @Message("编写协议条款")
    String write_title();

    @Message("省级支持资金 = 项目研发投入总额 × 省级支持比例（按分向下取整），由各里程碑验收后分期拨付；各里程碑支持资金之和须等于省级支持资金。留空的里程碑行将被忽略，最多 12 个。")
    String write_note();

    @Message("保存条款")
    String save();

    @Message("确认本版本条款")
    String confirm();

    @Message("报告里程碑完成情况")
    String report();

    @Message("完成情况与交付成果")
    String field_summary();

    @Message("记录专家检查意见")
    String check();

    @Message("验收通过")
    String accept();

    @Message("退回")
    String send_back();

    @Message("终止项目")
    String terminate();

    @Message("协议生效后，技术合同登记机构据此起草技术合同。")
    String contract_note();

    @Message("查看技术合同")
    String contract_link();

    @Message("本榜尚未定榜，或您不是协议一方。")
    String not_available();

    @Message("揭榜协议与里程碑")
    String part_title();

    @Message("查看揭榜协议")
    String open_agreement();
}
