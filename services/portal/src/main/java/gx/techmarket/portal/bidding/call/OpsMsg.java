package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the 揭榜挂帅 operator and proposer pages (calls, proposals, review, versions, cancellation) and the
 * public calls, zh-CN first; the English texts are in {@code messages/ops_en.properties}. Templates use them as
 * {@code {ops:key}}.
 */
@MessageBundle(value = "ops", locale = "zh-CN")
public interface OpsMsg {

    @Message("发布时的内容")
    String as_published();

    @Message("返回榜单")
    String back_to_challenge();

    @Message("修改前提交的揭榜方案均已失效，揭榜单位须按新版本重新确认（截止前仍密封，数量截止后可见）。")
    String bids_invalidated_note();

    @Message("预算上限不能低于下限。")
    String budget_max_below_min();

    @Message("加入批次")
    String call_add();

    @Message("加入后，榜单的截止时间改为批次的截止时间，并采用批次的条款。")
    String call_add_note();

    @Message("加入待发布的榜单")
    String call_add_title();

    @Message("批次中的榜单")
    String call_challenges_title();

    @Message("新建榜单批次")
    String call_new_title();

    @Message("留空的条款采用默认值：最少合格方案 1 个，省级支持比例 20%（不超过 50%），质疑期 5 天。")
    String call_terms_note();

    @Message("榜单批次")
    String calls_title();

    @Message("已撤榜，原因：")
    String cancelled_with_reason();

    @Message("请选择一个待发布的榜单。")
    String choose_a_draft();

    @Message("请至少选择一个榜单类别。")
    String choose_a_kind();

    @Message("请选择本单位已发布的需求或成果。")
    String choose_a_subject();

    @Message("截止时间须晚于开始时间。")
    String closes_after_opens();

    @Message("榜单内容")
    String content_title();

    @Message("{count} 天")
    String days(int count);

    @Message("修改后距截止不足 7 天，截止时间已由 {requested} 顺延至 {deadline}。")
    String deadline_moved_note(String requested, String deadline);

    @Message("已顺延")
    String deadline_moved_short();

    @Message("版本差异")
    String diff_title();

    @Message("实施周期为 1 至 120 个月。")
    String duration_range();

    @Message("修改后")
    String field_after();

    @Message("修改前")
    String field_before();

    @Message("预算")
    String field_budget();

    @Message("预算上限")
    String field_budget_max();

    @Message("预算下限")
    String field_budget_min();

    @Message("榜单批次")
    String field_call();

    @Message("榜单数")
    String field_call_challenges();

    @Message("撤榜原因")
    String field_cancel_reason();

    @Message("修改内容")
    String field_changed_fields();

    @Message("截止时间")
    String field_closes_at();

    @Message("质疑期")
    String field_complaint_period();

    @Message("质疑期（天）")
    String field_complaint_period_days();

    @Message("发榜方")
    String field_counterparty();

    @Message("评审因素")
    String field_criterion();

    @Message("揭榜截止时间")
    String field_deadline();

    @Message("待发布的榜单")
    String field_draft();

    @Message("实施周期（月）")
    String field_duration_months();

    @Message("生效时间")
    String field_edited_at();

    @Message("领域")
    String field_field();

    @Message("攻关目标")
    String field_goals();

    @Message("成果持有方")
    String field_holder();

    @Message("榜单类别")
    String field_kinds();

    @Message("最少合格方案数")
    String field_minimum_qualified_bids();

    @Message("开始时间")
    String field_opens_at();

    @Message("本单位已发布的需求（技术攻关类）")
    String field_own_demand();

    @Message("本单位已发布的成果（成果转化类）")
    String field_own_result();

    @Message("技术难题")
    String field_problem();

    @Message("原因")
    String field_reason();

    @Message("所属地区代码")
    String field_region_code();

    @Message("科技成果")
    String field_result();

    @Message("退回原因")
    String field_return_reason();

    @Message("修改原因")
    String field_revision_reason();

    @Message("省级支持比例")
    String field_support_share();

    @Message("省级支持比例（占研发总投入的 %）")
    String field_support_share_percent();

    @Message("榜单名称")
    String field_title();

    @Message("版本")
    String field_version();

    @Message("权重")
    String field_weight();

    @Message("{#switch code}{#case 'DRAFT'}草稿{#case 'PUBLISHED'}已发布{#else}{code}{/switch}")
    String label_call_status(String code);

    @Message("{#switch name}{#case 'title'}榜单名称{#case 'problem'}技术难题{#case 'goals'}攻关目标{#case 'budgetMin'}预算下限{#case 'budgetMax'}预算上限{#case 'durationMonths'}实施周期（月）{#case 'deadline'}揭榜截止时间{#else}{name}{/switch}")
    String label_field(String name);

    @Message("评审办法")
    String method_title();

    @Message("我的揭榜挂帅")
    String mine_title();

    @Message("{count} 个月")
    String months(int count);

    @Message("两个版本之间没有差异。")
    String no_differences();

    @Message("本地区没有可加入的草稿榜单。")
    String no_drafts();

    @Message("发布后未修改过。")
    String no_revisions();

    @Message("（不选）")
    String none_chosen();

    @Message("本单位还没有已发布的需求或成果：先发布需求或成果，再提出榜单。")
    String nothing_to_propose();

    @Message("价格分")
    String price_score();

    @Message("修改榜单申报")
    String proposal_edit_title();

    @Message("申报揭榜挂帅榜单")
    String proposal_new_title();

    @Message("企业可由本单位已发布的需求提出技术攻关类榜单；成果持有单位可由本单位已发布的成果提出成果转化类榜单。保存为草稿后提交审核，由所在地区的运营机构审核发布。")
    String proposal_note();

    @Message("本单位的榜单申报")
    String proposals_title();

    @Message("运营机构按批次集中发布的榜单，每批次有统一的截止时间和条款。")
    String public_calls_note();

    @Message("榜单批次")
    String public_calls_title();

    @Message("所辖地区提交审核的榜单申报，先提交的在前。")
    String queue_note();

    @Message("榜单申报审核")
    String queue_title();

    @Message("原因不能超过 1000 字。")
    String reason_too_long();

    @Message("已退回")
    String returned();

    @Message("已退回修改，原因：")
    String returned_with_reason();

    @Message("修改已发布的榜单将生成新版本：已提交的揭榜方案全部失效，须由揭榜单位重新确认；距截止不足 7 天的，截止时间顺延至修改后第 7 天。各版本及差异向社会公开。")
    String revise_note();

    @Message("保存为新版本")
    String revise_save();

    @Message("修改榜单（新版本）")
    String revise_title();

    @Message("当前为第 {revision} 版。")
    String revised_note(int revision);

    @Message("查看全部")
    String see_all();

    @Message("查看差异")
    String show_differences();

    @Message("省级支持比例须大于 0 且不超过 50%。")
    String support_share_limit();

    @Message("受理审核")
    String take_into_review();

    @Message("查看需求")
    String the_demand();

    @Message("查看成果")
    String the_result();

    @Message("第 {number} 版")
    String version_label(int number);

    @Message("版本历史")
    String versions_title();

    @Message("新建并加入批次")
    String call_new_challenge();

    @Message("由本地区已发布的需求（技术攻关类）或平台已发布的成果（成果转化类）新建草稿榜单，直接加入本批次；发布批次前可在榜单页补充评审办法。")
    String call_new_challenge_note();

    @Message("新建榜单并加入")
    String call_new_challenge_title();

    @Message("请选择一个需求或成果。")
    String choose_a_subject_for_call();

    @Message("需求或成果")
    String field_subject();

    @Message("没有可用于新建榜单的需求或成果。")
    String no_subjects();

    @Message("查找成果")
    String search_results();

    @Message("榜单名称不能超过 200 字。")
    String title_too_long();

    @Message("{amount} 元起")
    String budget_from(String amount);

    @Message("不超过 {amount} 元")
    String budget_up_to(String amount);
}
