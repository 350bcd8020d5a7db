package gx.techmarket.portal.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of 意向洽谈, zh-CN first; the English texts are in {@code messages/interest_en.properties}. */
@MessageBundle(value = "interest", locale = "zh-CN")
public interface InterestMsg {

    @Message("意向洽谈")
    String title();

    @Message("表达意向")
    String express();

    @Message("查看意向洽谈")
    String open_conversation();

    @Message("向发布方表达合作意向")
    String start_title();

    @Message("留言")
    String field_message();

    @Message("请说明贵单位的合作意向、需求或问题（最多 {max} 字）；发布方的用户将收到通知。")
    String message_hint(int max);

    @Message("发送意向")
    String send();

    @Message("{#switch kind}{#case 'DEMAND'}技术需求{#case 'RESULT'}科技成果{#else}{kind}{/switch}")
    String label_kind(String kind);

    @Message("{#switch side}{#case 'OWNER'}发布方{#case 'INTERESTED'}意向方{#case 'BROKER'}经纪机构{#else}{side}{/switch}")
    String label_side(String side);

    @Message("{#switch state}{#case 'OPEN'}洽谈中{#case 'CLOSED'}已结束{#else}{state}{/switch}")
    String label_state(String state);

    @Message("{#switch role}{#case 'sent'}我方发出{#case 'received'}我方收到{#case 'brokered'}受邀经纪{#else}全部{/switch}")
    String label_role(String role);

    @Message("全部状态")
    String all_states();

    @Message("暂无意向洽谈。")
    String none();

    @Message("对方")
    String field_counterparty();

    @Message("我方身份")
    String field_side();

    @Message("最近留言")
    String field_last_message();

    @Message("状态")
    String field_state();

    @Message("发布方")
    String field_owner();

    @Message("意向方")
    String field_interested();

    @Message("经纪机构")
    String field_broker();

    @Message("洽谈记录")
    String entries();

    @Message("分享的联系人")
    String shared_contact();

    @Message("写留言")
    String write();

    @Message("发送留言")
    String send_message();

    @Message("分享联系人")
    String share_contact();

    @Message("只有您同意公开的联系方式才填写；联系人仅洽谈各方可见，以分享时的内容记录。")
    String share_contact_hint();

    @Message("联系人姓名")
    String field_contact_name();

    @Message("电话（手机或带区号的固定电话）")
    String field_contact_phone();

    @Message("电子邮箱")
    String field_contact_email();

    @Message("分享")
    String share();

    @Message("邀请经纪机构")
    String invite_broker();

    @Message("经纪机构的统一社会信用代码（须为机构库中已核验的技术转移机构）")
    String field_broker_uscc();

    @Message("邀请")
    String invite();

    @Message("结束洽谈")
    String close();

    @Message("发起技术合同草稿")
    String draft_contract();

    @Message("由经纪机构在技术合同登记系统中起草技术转让或许可合同，买方为意向方。")
    String draft_contract_hint();

    @Message("该洽谈已结束。")
    String closed_note();

    @Message("意向洽谈统计")
    String counts_title();

    @Message("按地区和状态统计本分市场的意向洽谈数量；运营机构看不到洽谈内容和参与方。")
    String counts_hint();

    @Message("地区")
    String field_region();

    @Message("数量")
    String field_count();
}
