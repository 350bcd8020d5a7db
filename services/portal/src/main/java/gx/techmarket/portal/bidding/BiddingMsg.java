package gx.techmarket.portal.bidding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 揭榜挂帅 (bidding): challenges, sealed bids, the award, zh-CN first; the English texts are in {@code
 * messages/bidding_en.properties}. Templates use them as {@code {bidding:key}}; the texts every page shares are in
 * {@code gx.techmarket.portal.web.Msg}.
 */
@MessageBundle(value = "bidding", locale = "zh-CN")
public interface BiddingMsg {

    @Message("定榜（选定此揭榜方）")
    String award();

    @Message("揭榜方案密封：截止前只有本单位可见。")
    String bid_sealed_note();

    @Message("揭榜（提交方案）")
    String bid_submit_title();

    @Message("揭榜方案")
    String bids_title();

    @Message("发布揭榜挂帅榜单（技术攻关类）")
    String challenge_create_title();

    @Message("待发布的榜单")
    String challenge_drafts();

    @Message("揭榜挂帅榜单")
    String challenges_title();

    @Message("请选择一个揭榜方案。")
    String choose_a_bid();

    @Message("我单位的榜单")
    String demanded_challenges();

    @Message("揭榜截止后可查看全部方案并定榜。")
    String demanded_challenges_note();

    @Message("报价")
    String field_bid_price();

    @Message("揭榜单位")
    String field_bidder();

    @Message("揭榜截止时间")
    String field_bidding_deadline();

    @Message("榜单类型")
    String field_challenge_kind();

    @Message("榜单名称（默认为需求名称）")
    String field_challenge_title();

    @Message("技术需求")
    String field_demand();

    @Message("实施周期（月）")
    String field_duration_months();

    @Message("方案摘要")
    String field_plan_summary();

    @Message("提交时间")
    String field_submitted_at();

    @Message("我单位的揭榜方案")
    String my_bids();

    @Message("可揭榜的榜单")
    String open_challenges();

    @Message("发榜")
    String publish_challenge();

    @Message("提交揭榜方案")
    String submit_bid();

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'INVALIDATED'}需重新确认"
            + "{#case 'RECONFIRMED'}已重新确认"
            + "{#case 'QUALIFIED'}资格合格"
            + "{#case 'DISQUALIFIED'}资格不合格"
            + "{#case 'SCORED'}已评分"
            + "{#case 'SELECTED'}中榜"
            + "{#case 'NOT_SELECTED'}未中榜"
            + "{#else}{code}{/switch}")
    String label_bid_status(String code);

    @Message("{#switch code}"
            + "{#case 'TECHNOLOGY_BREAKTHROUGH'}技术攻关类"
            + "{#case 'RESULT_TRANSFORMATION'}成果转化类"
            + "{#else}{code}{/switch}")
    String label_challenge_kind(String code);

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'UNDER_REVIEW'}审核中"
            + "{#case 'PUBLISHED'}揭榜中"
            + "{#case 'CLOSED'}已截止"
            + "{#case 'QUALIFICATION'}资格审查"
            + "{#case 'EVALUATION'}评审中"
            + "{#case 'AWARDED'}已定榜"
            + "{#case 'FAILED'}流标"
            + "{#case 'AGREEMENT_SIGNED'}已签订揭榜协议"
            + "{#case 'IN_PROGRESS'}实施中"
            + "{#case 'MILESTONE_CHECK'}里程碑检查"
            + "{#case 'ACCEPTED'}已验收"
            + "{#case 'COMPLETED'}已完成"
            + "{#case 'CANCELLED'}已取消"
            + "{#else}{code}{/switch}")
    String label_challenge_status(String code);
}
