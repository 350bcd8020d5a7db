package gx.techmarket.portal.subsidy.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the subsidy decisions' pages (认定结果 and their explanations), zh-CN first; the English texts are in
 * {@code messages/assessment_en.properties}. Templates use them as {@code {assessment:key}}.
 */
@MessageBundle(value = "assessment", locale = "zh-CN")
public interface AssessmentMsg {

    @Message("我单位的应享补助")
    String my_entitlements();

    @Message("辖区应享补助")
    String all_entitlements();

    @Message("我单位的不予补助认定")
    String my_refusals();

    @Message("辖区不予补助认定")
    String all_refusals();

    @Message("应享补助及逐条认定说明")
    String hub_entitlements();

    @Message("不予补助认定：为什么没有获得补助")
    String hub_refusals();

    @Message("辖区应享补助及逐条认定说明")
    String hub_all_entitlements();

    @Message("应享补助")
    String entitlement_title();

    @Message("不予补助认定")
    String refusal_title();

    @Message("认定说明（逐条）")
    String explanation();

    @Message("为什么没有获得补助")
    String why_nothing();

    @Message("该认定没有逐条说明（认定早于说明功能上线），请参阅认定依据的事实。")
    String no_explanation();

    @Message("认定依据的事实")
    String field_facts();

    @Message("认定对象")
    String field_subject();

    @Message("政策条款")
    String field_policy_clause();

    @Message("不予补助原因")
    String field_reason();

    @Message("认定时间")
    String field_assessed_at();

    @Message("核准时间")
    String field_granted_at();

    @Message("冲销或撤销原因")
    String field_end_reason();

    @Message("查看说明")
    String open();

    @Message("返回列表")
    String back();

    @Message("全部状态")
    String any_status();

    @Message("筛选")
    String filter();

    @Message("{#switch code}"
            + "{#case 'MET'}满足"
            + "{#case 'NOT_MET'}不满足"
            + "{#case 'APPLIED'}已适用"
            + "{#case 'INFO'}说明"
            + "{#else}{code}{/switch}")
    String label_outcome(String code);

    @Message("（来源：{#switch code}"
            + "{#case 'PROGRAMME'}补助项目"
            + "{#case 'CONTRACT'}登记合同"
            + "{#case 'DIRECTORY'}机构库"
            + "{#case 'PAYMENT_EVIDENCE'}付款凭证"
            + "{#case 'EXPENSE_EVIDENCE'}费用凭证"
            + "{#case 'CLAIM'}申报"
            + "{#case 'LEDGER'}台账"
            + "{#else}{code}{/switch}）")
    String label_source(String code);

    @Message("{#switch code}"
            + "{#case 'GRANTED'}已核准"
            + "{#case 'WAITING_FOR_BUDGET'}待预算"
            + "{#case 'CLAIMABLE'}可申报"
            + "{#case 'REVERSED'}已冲销"
            + "{#case 'WITHDRAWN'}已撤销"
            + "{#case 'REFUSED'}不予补助"
            + "{#else}{code}{/switch}")
    String label_status(String code);

    @Message("{#switch code}"
            + "{#case 'CONTRACT'}技术合同"
            + "{#case 'QUALIFICATION'}资质认定"
            + "{#case 'EXPENSE'}研发费用"
            + "{#case 'CHALLENGE'}揭榜挂帅"
            + "{#else}{code}{/switch}")
    String label_subject_type(String code);
}
