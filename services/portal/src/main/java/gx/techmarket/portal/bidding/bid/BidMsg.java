package gx.techmarket.portal.bidding.bid;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bidder's side of 揭榜挂帅 (consortium, team, the workbench of one's bids: withdrawal,
 * reconfirmation), zh-CN first; the English texts are in {@code messages/bid_en.properties}. Templates use them as
 * {@code {bid:key}}.
 */
@MessageBundle(value = "bid", locale = "zh-CN")
public interface BidMsg {

    @Message("团队成员")
    String team_title();

    @Message("至少填写一名团队成员（姓名、职称、分工），最多 30 名；留空的行将被忽略。")
    String team_note();

    @Message("姓名")
    String field_team_name();

    @Message("职称")
    String field_team_title();

    @Message("项目分工")
    String field_team_role();

    @Message("请至少填写一名完整的团队成员。")
    String team_empty();

    @Message("每名团队成员须填写姓名、职称和项目分工。")
    String team_incomplete();

    @Message("团队成员最多 30 名。")
    String team_too_many();

    @Message("联合体成员（统一社会信用代码，每行一个；单独揭榜请留空）")
    String field_members();

    @Message("联合体成员须为 18 位统一社会信用代码。")
    String members_malformed();

    @Message("团队人数")
    String field_team_size();

    @Message("联合体成员")
    String field_consortium();

    @Message("我的揭榜")
    String mine_title();

    @Message("本单位牵头或作为联合体成员参与的揭榜方案。")
    String mine_note();

    @Message("全部状态")
    String all_statuses();

    @Message("筛选")
    String filter();

    @Message("牵头单位")
    String field_lead();

    @Message("榜单")
    String field_challenge();

    @Message("撤回")
    String withdraw();

    @Message("重新确认")
    String reconfirm();

    @Message("已撤回揭榜方案。")
    String withdrawn();

    @Message("已重新确认揭榜方案。")
    String reconfirmed();

    @Message("撤回后不能再对本榜揭榜。")
    String withdraw_note();

    @Message("确认后方案按榜单当前版本参与揭榜。")
    String reconfirm_note();

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'INVALIDATED'}已失效（待重新确认）"
            + "{#case 'RECONFIRMED'}已重新确认"
            + "{#case 'QUALIFIED'}资格审查通过"
            + "{#case 'DISQUALIFIED'}资格审查未通过"
            + "{#case 'SCORED'}已评分"
            + "{#case 'SELECTED'}中选"
            + "{#case 'NOT_SELECTED'}未中选"
            + "{#case 'WITHDRAWN'}已撤回"
            + "{#else}{code}{/switch}")
    String label_status(String code);

    @Message("查看方案")
    String open_bid();

    @Message("查看榜单")
    String open_challenge();

    @Message("揭榜方案")
    String bid_title();

    @Message("返回我的揭榜")
    String back_to_mine();

    @Message("方案内容")
    String bid_facts();

    @Message("榜单版本")
    String field_revision();

    @Message("（修改榜单后顺延至修改后 7 天）")
    String deadline_moved();

    @Message("榜单发布后已修改，本方案已失效；请查看修改内容后按当前版本重新确认，截止前未重新确认的方案不参加资格审查。")
    String invalidated_note();

    @Message("查看榜单修改了什么")
    String what_changed();

    @Message("重新确认时间")
    String field_reconfirmed_at();

    @Message("撤回时间")
    String field_withdrawn_at();

    @Message("方案附件（PDF）")
    String documents_title();

    @Message("附件（PDF）")
    String field_document();

    @Message("上传附件")
    String upload_document();

    @Message("删除")
    String delete_document();

    @Message("请选择一个 PDF 文件。")
    String document_missing();

    @Message("仅限 PDF，每个文件不超过 {mb} MB，每个方案最多 {files} 个；截止后不能再修改。")
    String document_limits(long mb, int files);

    @Message("后续")
    String next_title();

    @Message("对资格审查或评审排名提出质疑")
    String complaints_link();

    @Message("揭榜协议与里程碑")
    String agreement_link();

    @Message("联合体")
    String consortium_title();

    @Message("以联合体揭榜时，本单位为牵头单位；在机构名录中查找并加入其他成员（最多 10 家，须为已核验机构，且与需求方无关联关系）。单独揭榜请不要加入成员。")
    String consortium_note();

    @Message("在机构名录中查找成员（名称或统一社会信用代码）")
    String find_member_label();

    @Message("查找")
    String find_member();

    @Message("加入联合体")
    String add_member();

    @Message("移除")
    String remove_member();
}
