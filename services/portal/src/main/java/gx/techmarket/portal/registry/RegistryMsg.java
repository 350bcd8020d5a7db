package gx.techmarket.portal.registry;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 技术合同认定登记 (the registry): brokered drafts, filings, registration, zh-CN first; the English texts are in
 * {@code messages/registry_en.properties}. Templates use them as {@code {registry:key}}; the texts every page shares
 * are in {@code gx.techmarket.portal.web.Msg}.
 */
@MessageBundle(value = "registry", locale = "zh-CN")
public interface RegistryMsg {

    @Message("受理")
    String accept_contract();

    @Message("从已发布的科技成果起草技术转让或技术许可合同")
    String brokered_hint();

    @Message("起草居间技术合同")
    String contract_brokered_title();

    @Message("提交认定登记")
    String contract_submit_title();

    @Message("补正原因")
    String correction_reasons();

    @Message("买方")
    String field_buyer();

    @Message("区外买方（机构库中没有的广西以外机构；名称和地区仅此时填写）")
    String field_buyer_external();

    @Message("区外买方名称")
    String field_buyer_name();

    @Message("区外买方所在地区（行政区划代码）")
    String field_buyer_region();

    @Message("买方统一社会信用代码")
    String field_buyer_uscc();

    @Message("合同")
    String field_contract();

    @Message("合同名称")
    String field_contract_title();

    @Message("合同类型")
    String field_contract_type();

    @Message("补正原因（每行一条）")
    String field_correction_reasons();

    @Message("技术经理人（中介）")
    String field_intermediary();

    @Message("金额")
    String field_item_amount();

    @Message("非技术性款项类别")
    String field_item_category();

    @Message("说明")
    String field_item_description();

    @Message("非技术性款项合计")
    String field_non_technical_amount();

    @Message("拟定金额")
    String field_proposed_amount();

    @Message("登记时间")
    String field_registered_at();

    @Message("登记编号")
    String field_registration_number();

    @Message("科技成果")
    String field_result();

    @Message("科技成果编号")
    String field_result_id();

    @Message("认定规则版本")
    String field_rule_set();

    @Message("卖方")
    String field_seller();

    @Message("签订日期")
    String field_signed_on();

    @Message("技术交易额")
    String field_technology_transaction_amount();

    @Message("成交总额")
    String field_total_contract_amount();

    @Message("我单位的技术合同")
    String my_contracts();

    @Message("非技术性款项（设备、仪器、零部件、原材料等）")
    String non_technical_items();

    @Message("准予登记")
    String register_contract();

    @Message("待受理与待登记的技术合同")
    String registration_queue();

    @Message("退回补正")
    String return_for_correction();

    @Message("提交认定登记")
    String submit_contract();

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'ACCEPTED'}已受理"
            + "{#case 'UNDER_REVIEW'}审查中"
            + "{#case 'NEEDS_CORRECTION'}退回补正"
            + "{#case 'RESUBMITTED'}已重新提交"
            + "{#case 'REGISTERED'}已登记"
            + "{#case 'NOT_REGISTERED'}不予登记"
            + "{#case 'AMENDED'}已变更"
            + "{#case 'DEREGISTERED'}已注销"
            + "{#else}{code}{/switch}")
    String label_contract_status(String code);

    @Message("{#switch code}"
            + "{#case 'DEVELOPMENT_COMMISSIONED'}技术开发（委托）"
            + "{#case 'DEVELOPMENT_COOPERATIVE'}技术开发（合作）"
            + "{#case 'TRANSFER_PATENT'}技术转让（专利权）"
            + "{#case 'TRANSFER_PATENT_APPLICATION'}技术转让（专利申请权）"
            + "{#case 'TRANSFER_TECHNICAL_SECRET'}技术转让（技术秘密）"
            + "{#case 'TRANSFER_OTHER'}技术转让（其他权利）"
            + "{#case 'LICENSE_PATENT'}技术许可（专利实施许可）"
            + "{#case 'LICENSE_TECHNICAL_SECRET'}技术许可（技术秘密使用许可）"
            + "{#case 'CONSULTING'}技术咨询"
            + "{#case 'SERVICE'}技术服务"
            + "{#case 'SERVICE_TRAINING'}技术服务（技术培训）"
            + "{#case 'SERVICE_INTERMEDIARY'}技术服务（技术中介）"
            + "{#else}{code}{/switch}")
    String label_contract_type(String code);

    @Message("{#switch code}"
            + "{#case 'EQUIPMENT'}设备"
            + "{#case 'INSTRUMENTS'}仪器"
            + "{#case 'PARTS'}零部件"
            + "{#case 'RAW_MATERIALS'}原材料"
            + "{#case 'OTHER'}其他"
            + "{#else}{code}{/switch}")
    String label_item_category(String code);
}
