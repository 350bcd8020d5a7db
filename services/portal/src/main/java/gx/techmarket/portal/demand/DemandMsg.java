package gx.techmarket.portal.demand;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 技术需求 (demands): the list, the enterprise's form, the review, zh-CN first; the English texts are in
 * {@code messages/demand_en.properties}. Templates use them as {@code {demand:key}}; the texts every page shares are in
 * {@code gx.techmarket.portal.web.Msg}.
 */
@MessageBundle(value = "demand", locale = "zh-CN")
public interface DemandMsg {

    @Message("关闭需求")
    String close_demand();

    @Message("转为揭榜挂帅榜单")
    String create_challenge();

    @Message("发布技术需求")
    String demand_create_title();

    @Message("修改技术需求")
    String demand_edit_title();

    @Message("待审核的技术需求")
    String demand_review_queue();

    @Message("技术需求")
    String demands_title();

    @Message("预算")
    String field_budget();

    @Message("预算上限")
    String field_budget_max();

    @Message("预算下限")
    String field_budget_min();

    @Message("关闭原因")
    String field_close_reason();

    @Message("合作方式")
    String field_cooperation_modes();

    @Message("截止日期")
    String field_deadline();

    @Message("需求单位")
    String field_demander();

    @Message("需求描述")
    String field_problem();

    @Message("英文名称（选填，供英文读者和中国—东盟技术转移平台）")
    String field_title_en();

    @Message("英文问题描述（选填）")
    String field_problem_en();

    @Message("英文问题描述")
    String field_problem_en_short();

    @Message("匹配结果")
    String field_matched_by();

    @Message("据此发布的揭榜挂帅榜单")
    String matched_challenge();

    @Message("据此起草的技术合同")
    String matched_contract();

    @Message("匹配时间")
    String field_matched_at();

    @Message("过期时间")
    String field_expired_at();

    @Message("截止日期已过，本需求已过期下架，不再征集方案。")
    String expired_note();

    @Message("我单位的技术需求")
    String my_demands();

    @Message("已发布的技术需求（可转为榜单）")
    String published_demands();

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}待审核"
            + "{#case 'PUBLISHED'}已发布"
            + "{#case 'REJECTED'}已退回"
            + "{#case 'MATCHED'}已对接"
            + "{#case 'CLOSED'}已关闭"
            + "{#case 'EXPIRED'}已过期"
            + "{#else}{code}{/switch}")
    String label_demand_status(String code);
}
