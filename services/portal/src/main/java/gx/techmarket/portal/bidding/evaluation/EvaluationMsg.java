package gx.techmarket.portal.bidding.evaluation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the evaluation of a challenge (评审办法, 资格审查, 抽取专家, 专家评分, 排名与定榜, 质疑), zh-CN first; the
 * English texts are in {@code messages/evaluation_en.properties}. Templates use them as {@code {evaluation:key}}.
 */
@MessageBundle(value = "evaluation", locale = "zh-CN")
public interface EvaluationMsg {

    @Message("评审")
    String section_title();

    @Message("评审任务")
    String scoring_title();

    @Message("您所在评审专家组的榜单。各位专家独立评分，每个方案只评一次；全部专家评完之前，只能看到您本人的评分。")
    String scoring_note();

    @Message("榜单")
    String field_challenge();

    @Message("专家抽取时间")
    String field_panel_drawn_at();

    @Message("有效方案")
    String field_bids();

    @Message("已评")
    String field_scored();

    @Message("待评")
    String field_left();

    @Message("评分")
    String open_scoring();

    @Message("已公布排名")
    String ranked();

    @Message("评审办法")
    String method_title();

    @Message("价格权重（%）")
    String field_price_weight();

    @Message("评审因素")
    String field_criterion();

    @Message("英文名称")
    String field_criterion_en();

    @Message("权重（%）")
    String field_weight();

    @Message("序号")
    String field_number();

    @Message("计算方法")
    String formula();

    @Message("待评方案")
    String bids_to_score();

    @Message("揭榜单位")
    String field_bidder();

    @Message("报价")
    String field_price();

    @Message("实施周期（月）")
    String field_duration();

    @Message("研究方案")
    String field_plan();

    @Message("{name}（0–100 分）")
    String field_score_of(String name);

    @Message("评审意见")
    String field_comment();

    @Message("提交评分")
    String submit_scores();

    @Message("您的评分")
    String own_sheet();

    @Message("评分时间")
    String field_scored_at();

    @Message("请填写 0 到 100 之间、最多两位小数的分数。")
    String score_invalid();

    @Message("请填写评审意见。")
    String comment_required();

    @Message("评审意见最多 2000 字。")
    String comment_too_long();

    @Message("全部专家已评分完毕，排名已公布。")
    String all_scored();

    @Message("评审尚未开始或已结束，不能评分。")
    String scoring_closed();

    @Message("查看评审排名")
    String ranking_link();

    @Message("评审排名")
    String ranking_title();

    @Message("排名")
    String field_rank();

    @Message("价格分")
    String field_price_score();

    @Message("总分")
    String field_total();

    @Message("排名按公布的评审办法计算：价格分与各评审因素的专家平均分按权重合计。")
    String ranking_note();

    @Message("选定此方案")
    String choose();

    @Message("定榜")
    String award_title();

    @Message("请从排名中选择中标方案；未选排名第一的方案时，须填写理由并记录在案。")
    String award_note();

    @Message("未选排名第一的理由")
    String field_departure_reason();

    @Message("未选排名第一的方案，请填写理由。")
    String departure_reason_required();

    @Message("中标方案")
    String awarded_bid();

    @Message("各专家评分")
    String sheets();

    @Message("专家")
    String field_expert();

    @Message("尚有未处理的质疑，暂停定榜；质疑处理完毕后方可定榜。")
    String award_suspended();

    @Message("资格审查")
    String qualification_title();

    @Message("开始资格审查")
    String open_qualification();

    @Message("流标")
    String fail();

    @Message("合格")
    String qualify();

    @Message("不合格")
    String disqualify();

    @Message("不合格理由")
    String field_reason();

    @Message("说明")
    String field_note();

    @Message("结论")
    String field_decision();

    @Message("审查人")
    String field_decided_by();

    @Message("最少合格方案数")
    String field_minimum();

    @Message("审查开始")
    String field_opened_at();

    @Message("审查完成（结果公布）")
    String field_qualified_at();

    @Message("请选择不合格理由。")
    String reason_required();

    @Message("理由为“其他”时请填写说明。")
    String note_required();

    @Message("{#switch code}"
            + "{#case 'NOT_ELIGIBLE'}投标主体不符合揭榜条件"
            + "{#case 'DOCUMENTS_INCOMPLETE'}申报材料不齐全"
            + "{#case 'QUALIFICATION_MISSING'}缺少相应资质"
            + "{#case 'PRICE_OVER_BUDGET'}报价超出榜单预算"
            + "{#case 'PLAN_NOT_RESPONSIVE'}研究方案不满足榜单要求"
            + "{#case 'CONFLICT_OF_INTEREST'}存在关联关系"
            + "{#case 'NOT_RECONFIRMED'}榜单变更后未重新确认"
            + "{#case 'OTHER'}其他"
            + "{#else}{code}{/switch}")
    String label_reason(String code);

    @Message("评审专家")
    String panel_title();

    @Message("抽取评审专家")
    String draw_panel();

    @Message("专家人数")
    String field_size();

    @Message("随机种子（可选，用于复现抽取）")
    String field_seed();

    @Message("随机种子")
    String field_seed_used();

    @Message("抽取人")
    String field_drawn_by();

    @Message("入选专家")
    String drawn_experts();

    @Message("回避的专家")
    String avoided_experts();

    @Message("所在单位")
    String field_organisation();

    @Message("回避原因")
    String field_avoided_reason();

    @Message("关联方")
    String field_party();

    @Message("无回避专家。")
    String none_avoided();

    @Message("{#switch code}"
            + "{#case 'ORGANISATION_AFFILIATED'}与当事方属同一单位或存在关联关系"
            + "{#case 'DECLARED_CONFLICT'}本人申报的利益冲突"
            + "{#else}{code}{/switch}")
    String label_avoided_reason(String code);

    @Message("{#switch code}"
            + "{#case 'SAME'}同一单位"
            + "{#case 'ANCESTOR'}上级单位"
            + "{#case 'DESCENDANT'}下属单位"
            + "{#case 'SAME_GROUP'}同一集团"
            + "{#else}{code}{/switch}")
    String label_relation(String code);

    @Message("质疑")
    String complaints_title();

    @Message("提出质疑")
    String file_complaint();

    @Message("对资格审查结论或评审排名有异议的揭榜单位，可在质疑期内提出质疑；质疑处理完毕前暂停定榜。")
    String complaint_note();

    @Message("质疑事项")
    String field_subject();

    @Message("质疑理由")
    String field_grounds();

    @Message("质疑单位")
    String field_complainant();

    @Message("提出时间")
    String field_filed_at();

    @Message("处理决定")
    String field_decision_reason();

    @Message("处理理由")
    String field_decision_input();

    @Message("撤回质疑")
    String withdraw_complaint();

    @Message("无质疑。")
    String no_complaints();

    @Message("有未处理的质疑，定榜暂停。")
    String open_complaint_suspends();

    @Message("请填写质疑理由。")
    String grounds_required();

    @Message("请填写处理理由。")
    String decision_reason_required();

    @Message("{#switch code}"
            + "{#case 'QUALIFICATION'}资格审查结论"
            + "{#case 'RANKING'}评审排名"
            + "{#else}{code}{/switch}")
    String label_subject(String code);

    @Message("{#switch code}"
            + "{#case 'SUBMITTED'}待受理"
            + "{#case 'ACCEPTED_FOR_REVIEW'}已受理"
            + "{#case 'REJECTED'}不予受理"
            + "{#case 'SATISFIED'}质疑成立"
            + "{#case 'DISMISSED'}质疑不成立"
            + "{#case 'WITHDRAWN'}已撤回"
            + "{#else}{code}{/switch}")
    String label_complaint_status(String code);

    @Message("{#switch action}"
            + "{#case 'accept'}受理"
            + "{#case 'reject'}不予受理"
            + "{#case 'satisfy'}质疑成立"
            + "{#case 'dismiss'}质疑不成立"
            + "{#else}{action}{/switch}")
    String label_complaint_action(String action);

    @Message("评审办法编辑")
    String method_edit_title();

    @Message("价格权重与各评审因素权重之和须为 100；榜单发布后评审办法不能再修改。")
    String method_note();

    @Message("保存评审办法")
    String save_method();

    @Message("编辑评审办法")
    String edit_method();

    @Message("尚未设置评审办法。")
    String method_missing();

    @Message("请填写大于 0、小于 100、最多两位小数的权重。")
    String weight_invalid();

    @Message("请填写评审因素名称。")
    String name_required();

    @Message("至少填写一个评审因素，最多 10 个；留空的行将被忽略。")
    String criteria_note();

    @Message("权重合计 {sum}，须为 100。")
    String weights_not_100(String sum);

    @Message("资格审查、评审专家、质疑")
    String operator_links();

    @Message("请选择一项。")
    String choose_one();

    @Message("随机种子须为最多 15 位的非负整数。")
    String seed_invalid();

    @Message("处理")
    String decide();

    @Message("合格方案 {count} 个，少于本榜最少合格方案数 {minimum} 个。")
    String too_few(int count, int minimum);
}
