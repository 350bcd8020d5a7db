package gx.techmarket.portal.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public front and the workbenches (their lists, sorts, counts), zh-CN first; the English texts are
 * in {@code messages/market_en.properties}.
 */
@MessageBundle(value = "market", locale = "zh-CN")
public interface MarketMsg {

    @Message("待办概览")
    String overview();

    @Message("待提交登记的合同")
    String contracts_to_file();

    @Message("全部 ›")
    String view_all();

    @Message("更多 ›")
    String more();

    @Message("正在揭榜")
    String open_challenges();

    @Message("仅显示仍在接受揭榜（截止时间未到）的榜单。")
    String open_challenges_note();

    @Message("显示全部已发布的榜单，含已截止的。")
    String all_challenges_note();

    @Message("范围")
    String challenge_scope();

    @Message("可揭榜的榜单")
    String challenges_open_only();

    @Message("全部榜单")
    String challenges_all();

    @Message("揭榜中")
    String taking_bids();

    @Message("排序")
    String sort();

    @Message("筛选")
    String apply();

    @Message("最新科技成果")
    String latest_results();

    @Message("最新技术需求")
    String latest_demands();

    @Message("检索技术市场")
    String search_market();

    @Message("输入成果、需求关键词，如：赤泥、甘蔗")
    String search_placeholder();

    @Message("万元")
    String unit_wan();

    @Message("登录后可洽谈、揭榜或起草合同。没有账号的单位请联系平台运营方开通。")
    String sign_in_to_act();

    @Message("洽谈此成果")
    String act_on_result();

    @Message("对接此需求")
    String act_on_demand();

    @Message("我要揭榜")
    String act_on_challenge();

    @Message("查看对应的技术需求")
    String the_demand();

    @Message("{#switch code}"
            + "{#case 'newest'}最新发布在前"
            + "{#case 'oldest'}最早在前"
            + "{#case 'deadline'}截止时间最近在前"
            + "{#case 'amount'}金额从高到低"
            + "{#case 'name'}按名称"
            + "{#case 'uscc'}按统一社会信用代码"
            + "{#case 'relevance'}相关度最高在前"
            + "{#case 'price'}价格从低到高"
            + "{#case 'price-desc'}价格从高到低"
            + "{#case 'budget'}预算从低到高"
            + "{#case 'budget-desc'}预算从高到低"
            + "{#else}{code}{/switch}")
    String sort_label(String code);

    @Message("没有找到符合条件的结果。可以换个关键词，或减少筛选条件。")
    String search_nothing();

    @Message("与全部关键词都匹配的不足 10 条，下面也列出只包含部分关键词的（标“部分匹配”，排在完全匹配之后）。")
    String search_partial();

    @Message("部分匹配")
    String partial_match();

    @Message("筛选条件")
    String facets();

    @Message("{#switch name}"
            + "{#case 'industry'}产业领域"
            + "{#case 'city'}设区市"
            + "{#case 'county'}县（市、区）"
            + "{#case 'maturity'}成熟度"
            + "{#case 'trl'}技术就绪度"
            + "{#case 'transferMode'}转化方式"
            + "{#case 'cooperationMode'}合作方式"
            + "{#case 'priceBand'}价格区间"
            + "{#case 'budgetBand'}预算区间"
            + "{#case 'patents'}知识产权"
            + "{#case 'patentStatus'}知识产权状态"
            + "{#case 'holderKind'}持有单位类型"
            + "{#case 'demanderKind'}需求单位类型"
            + "{#else}{name}{/switch}")
    String facet_name(String name);

    @Message("{#switch value}"
            + "{#case 'NEGOTIABLE'}面议"
            + "{#case 'BELOW_100K'}10万元以下"
            + "{#case 'FROM_100K_TO_500K'}10万–50万元"
            + "{#case 'FROM_500K_TO_1M'}50万–100万元"
            + "{#case 'FROM_1M_TO_5M'}100万–500万元"
            + "{#case 'FROM_5M'}500万元及以上"
            + "{#case 'WITH'}有知识产权"
            + "{#case 'WITHOUT'}无知识产权"
            + "{#case 'PENDING'}申请中"
            + "{#case 'GRANTED'}已授权"
            + "{#case 'LAPSED'}已失效"
            + "{#case 'TRANSFERRED'}已转让"
            + "{#else}{value}{/switch}")
    String facet_value(String facet, String value);

    @Message("约")
    String about();

    @Message("清除筛选")
    String facets_clear();

    @Message("共 {count}+ 条")
    String found_more(long count);

    @Message("查看全部成果")
    String all_results();

    @Message("查看全部需求")
    String all_demands();

    @Message("第一页")
    String first_page();

    @Message("下一页")
    String next_page();
}
