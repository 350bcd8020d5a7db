package gx.techmarket.portal.catalogue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 科技成果 (the catalogue): search, the holder's form, the review, zh-CN first; the English texts are in
 * {@code messages/catalogue_en.properties}. Templates use them as {@code {catalogue:key}}; the texts every page shares
 * are in {@code gx.techmarket.portal.web.Msg}.
 */
@MessageBundle(value = "catalogue", locale = "zh-CN")
public interface CatalogueMsg {

    @Message("为此成果起草居间合同")
    String draft_brokered_contract();

    @Message("挂牌价格")
    String field_asking_price();

    @Message("成果持有单位")
    String field_holder();

    @Message("成熟度")
    String field_maturity();

    @Message("专利号")
    String field_patent_numbers();

    @Message("发布时间")
    String field_published_at();

    @Message("成果简介")
    String field_summary();

    @Message("转化方式")
    String field_transfer_modes();

    @Message("技术就绪度 TRL（1–9，可选）")
    String field_trl();

    @Message("撤回原因（可选）")
    String field_withdraw_reason();

    @Message("最新发布的科技成果")
    String latest_results();

    @Message("我单位的科技成果")
    String my_results();

    @Message("面议")
    String negotiable();

    @Message("发布科技成果")
    String result_create_title();

    @Message("修改科技成果")
    String result_edit_title();

    @Message("待审核的科技成果")
    String result_review_queue();

    @Message("检索科技成果")
    String results_search_title();

    @Message("关键词")
    String search_keywords();

    @Message("如：赤泥、制糖、芒果")
    String search_placeholder();

    @Message("撤回")
    String withdraw();

    @Message("{#switch code}"
            + "{#case 'RESEARCH'}研发"
            + "{#case 'LAB'}小试"
            + "{#case 'PILOT'}中试"
            + "{#case 'INDUSTRIAL'}产业化"
            + "{#else}{code}{/switch}")
    String label_maturity(String code);

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}待审核"
            + "{#case 'PUBLISHED'}已发布"
            + "{#case 'REJECTED'}已退回"
            + "{#case 'WITHDRAWN'}已撤回"
            + "{#case 'TRANSFERRED'}已转化"
            + "{#else}{code}{/switch}")
    String label_result_status(String code);
}
