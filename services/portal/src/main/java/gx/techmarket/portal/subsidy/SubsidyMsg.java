package gx.techmarket.portal.subsidy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 补助 (subsidies): programmes and entitlements, zh-CN first; the English texts are in {@code
 * messages/subsidy_en.properties}. Templates use them as {@code {subsidy:key}}; the texts every page shares are in
 * {@code gx.techmarket.portal.web.Msg}.
 */
@MessageBundle(value = "subsidy", locale = "zh-CN")
public interface SubsidyMsg {

    @Message("补助与创新券")
    String hub_title();

    @Message("补助项目、应享补助、申报、拨付、对账单和科技创新券。每项补助都说明依据的政策条款、事实和计算过程。")
    String hub_hint();

    @Message("本单位")
    String hub_beneficiary();

    @Message("补助管理")
    String hub_admin();

    @Message("全部应享补助")
    String all_entitlements();

    @Message("已按上限")
    String capped();

    @Message("核算基数（技术交易额）")
    String field_basis_amount();

    @Message("受益单位")
    String field_beneficiary();

    @Message("预算年度")
    String field_budget_year();

    @Message("已拨付")
    String field_granted();

    @Message("补助项目")
    String field_programme();

    @Message("年度预算")
    String field_programme_budget();

    @Message("比例")
    String field_rate();

    @Message("剩余预算")
    String field_remaining();

    @Message("补助金额")
    String field_subsidy_amount();

    @Message("我单位的应享补助")
    String my_entitlements();

    @Message("补助项目预算")
    String programmes();

    @Message("{#switch code}"
            + "{#case 'GRANTED'}已核定"
            + "{#case 'WAITING_FOR_BUDGET'}待预算"
            + "{#case 'REVERSED'}已冲销"
            + "{#case 'WITHDRAWN'}已撤回"
            + "{#else}{code}{/switch}")
    String label_entitlement_status(String code);

    @Message("{#switch code}"
            + "{#case 'RESULT_TRANSFORMATION_POST_SUBSIDY'}企业购买科技成果转化后补助"
            + "{#case 'INTERMEDIARY_SUBSIDY'}技术转移中介机构补助"
            + "{#case 'REGISTRATION_BODY_SUBSIDY'}技术合同登记机构补助"
            + "{#else}{code}{/switch}")
    String label_programme(String code);
}
