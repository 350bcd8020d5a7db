package gx.techmarket.portal.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 统计分析, zh-CN first; the English ones are in {@code messages/stats_en.properties}. Templates use them
 * as {@code {stats:key}}.
 */
@MessageBundle(value = "stats", locale = "zh-CN")
public interface StatisticsMsg {

    @Message("统计分析")
    String title();

    @Message("本分市场的技术合同成交额、成果与需求、揭榜挂帅、补助和技术转移机构业绩。每个图表下方都有数据表，可下载 Excel；点击城市进入下级，点击数据行查看对应合同。")
    String hint();

    @Message("起始月份")
    String field_from();

    @Message("截止月份")
    String field_to();

    @Message("地区")
    String field_region();

    @Message("统计口径")
    String field_flow();

    @Message("技术输出（卖方所在地）")
    String flow_output();

    @Message("技术吸纳（买方所在地）")
    String flow_absorption();

    @Message("查询")
    String show();

    @Message("请选择月份，如 2026-03")
    String invalid_month();

    @Message("请选择本分市场的地区")
    String invalid_region();

    @Message("全区")
    String province();

    @Message("下载 Excel")
    String excel();

    @Message("合计")
    String total();

    @Message("该期间没有数据。")
    String none();

    @Message("年度目标完成情况")
    String targets();

    @Message("技术合同成交额（按月）")
    String trend();

    @Message("各市技术合同")
    String places_city();

    @Message("各县（区）技术合同")
    String places_county();

    @Message("合同类别")
    String categories();

    @Message("技术领域")
    String fields();

    @Message("区内、区外与跨境")
    String scopes();

    @Message("卖方机构类型")
    String seller_kinds();

    @Message("科技成果与技术需求（按月）")
    String listings();

    @Message("揭榜挂帅（按月）")
    String challenges();

    @Message("补助（{year}预算年度）")
    String subsidies(int year);

    @Message("技术转移机构业绩")
    String brokers();

    @Message("技术经理人业绩")
    String broker_people();

    @Message("技术经理人")
    String col_broker();

    @Message("证书编号")
    String col_certificate();

    @Message("未在机构库登记（账户 {account}）")
    String broker_unknown(String account);

    @Message("项目")
    String col_key();

    @Message("合同数")
    String col_count();

    @Message("成交额（元）")
    String col_total();

    @Message("技术交易额（元）")
    String col_technology();

    @Message("目标（元）")
    String col_target();

    @Message("已完成（元）")
    String col_achieved();

    @Message("完成率（%）")
    String col_progress();

    @Message("发布")
    String col_published();

    @Message("已匹配")
    String col_matched();

    @Message("撤回")
    String col_withdrawn();

    @Message("关闭")
    String col_closed();

    @Message("过期")
    String col_expired();

    @Message("平均匹配天数")
    String col_avg_match();

    @Message("揭榜")
    String col_awarded();

    @Message("流标")
    String col_failed();

    @Message("撤榜")
    String col_cancelled();

    @Message("揭榜金额（元）")
    String col_awarded_amount();

    @Message("平均揭榜天数")
    String col_avg_award();

    @Message("补助项目")
    String col_programme();

    @Message("核准笔数")
    String col_granted();

    @Message("核准金额（元）")
    String col_granted_amount();

    @Message("申报核准")
    String col_claims();

    @Message("申报金额（元）")
    String col_claimed_amount();

    @Message("拨付笔数")
    String col_paid();

    @Message("拨付金额（元）")
    String col_paid_gross();

    @Message("实付金额（元）")
    String col_paid_net();

    @Message("创新券发放")
    String col_vouchers_issued();

    @Message("券面金额（元）")
    String col_voucher_value();

    @Message("创新券兑付")
    String col_vouchers_redeemed();

    @Message("兑付金额（元）")
    String col_redeemed_amount();

    @Message("预算（元）")
    String col_budget();

    @Message("剩余预算（元）")
    String col_available();

    @Message("机构")
    String col_agency();

    @Message("地区")
    String col_region();

    @Message("未设目标")
    String no_target();

    @Message("下级")
    String drill();

    @Message("合同")
    String to_contracts();

    @Message("合同明细：{label}")
    String contracts_title(String label);

    @Message("合同明细")
    String contracts_all();

    @Message("登记编号")
    String col_number();

    @Message("合同名称")
    String col_title();

    @Message("类型")
    String col_type();

    @Message("登记日期")
    String col_registered_on();

    @Message("卖方")
    String col_seller();

    @Message("买方")
    String col_buyer();

    @Message("中介方")
    String col_intermediary();

    @Message("返回统计")
    String back();

    @Message("市场统计")
    String public_title();

    @Message("广西网上技术市场{year}年技术合同成交额、各市分布、合同类别，以及科技成果、技术需求和揭榜挂帅的发布与成交情况。")
    String public_description(int year);

    @Message("年份")
    String field_year();

    @Message("统计期间：{from}至{to}（北京时间），按卖方所在地统计已认定登记的技术合同。")
    String public_period(java.time.LocalDate from, java.time.LocalDate to);

    @Message("成果、需求与揭榜")
    String public_listings();

    @Message("发布科技成果 {n} 项")
    String public_results(long n);

    @Message("发布技术需求 {n} 项，已匹配 {m} 项")
    String public_demands(long n, long m);

    @Message("发榜 {n} 项，揭榜成功 {m} 项")
    String public_challenges(long n, long m);

    @Message("数据来自技术合同认定登记和平台的公开发布，仅为汇总数字，不含任何单位或个人的信息。")
    String public_note();

    @Message("不公开")
    String withheld();

    @Message("少于3份合同的金额不公开，以免透露单笔交易的价格")
    String withheld_title();

    @Message("设定{year}年目标")
    String set_target(int year);

    @Message("目标依据")
    String target_source();

    @Message("设定目标")
    String set_target_button();
}
