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

    @Message("知识产权（每行一项：编号 类型 状态 名称；类型：发明、实用新型、外观设计、软件著作权、植物新品种；状态：申请中、已授权、已失效、已转让）")
    String field_patents();

    @Message("知识产权")
    String field_patents_short();

    @Message("关键词（最多 10 个，用逗号、顿号或分号分隔；检索时仅次于成果名称）")
    String field_keywords();

    @Message("关键词")
    String field_keywords_short();

    @Message("英文名称（选填，供英文读者和中国—东盟技术转移平台）")
    String field_title_en();

    @Message("英文摘要（选填）")
    String field_summary_en();

    @Message("英文名称")
    String field_title_en_short();

    @Message("英文摘要")
    String field_summary_en_short();

    @Message("完成人（按排名顺序，每行一人：姓名（单位））")
    String field_inventors();

    @Message("完成人")
    String field_inventors_short();

    @Message("联系人（每行一人：姓名 电话 邮箱 公开范围；公开范围：公开、登录用户可见、仅在意向洽谈中提供）")
    String field_contacts();

    @Message("联系人")
    String field_contacts_short();

    @Message("第 {line} 行应写作：编号 类型 状态 名称")
    String patent_line_unreadable(int line);

    @Message("第 {line} 行缺少公开范围（公开、登录用户可见或仅在意向洽谈中提供）")
    String contact_line_unreadable(int line);

    @Message("{#switch code}"
            + "{#case 'INVENTION'}发明专利"
            + "{#case 'UTILITY_MODEL'}实用新型专利"
            + "{#case 'DESIGN'}外观设计专利"
            + "{#case 'SOFTWARE_COPYRIGHT'}软件著作权"
            + "{#case 'PLANT_VARIETY'}植物新品种权"
            + "{#else}{code}{/switch}")
    String label_patent_kind(String code);

    @Message("{#switch code}"
            + "{#case 'PENDING'}申请中"
            + "{#case 'GRANTED'}已授权"
            + "{#case 'LAPSED'}已失效"
            + "{#case 'TRANSFERRED'}已转让"
            + "{#else}{code}{/switch}")
    String label_patent_status(String code);

    @Message("{#switch code}"
            + "{#case 'PUBLIC'}公开"
            + "{#case 'SIGNED_IN'}登录用户可见"
            + "{#case 'ON_REQUEST'}仅在意向洽谈中提供"
            + "{#else}{code}{/switch}")
    String label_contact_visibility(String code);

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
