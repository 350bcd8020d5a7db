package gx.techmarket.portal.voucher;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 创新券 (innovation vouchers), zh-CN first; the English texts are in {@code messages/voucher_en.properties}.
 * Templates use them as {@code {voucher:key}}.
 */
@MessageBundle(value = "voucher", locale = "zh-CN")
public interface VoucherMsg {

    @Message("申领创新券")
    String apply();

    @Message("选择服务机构")
    String choose_provider();

    @Message("可选择广西任一城市具有有效资格的创新券服务机构（可跨市兑付）；兑付前可以更换。")
    String choose_provider_note();

    @Message("申领开始日期")
    String field_apply_from();

    @Message("申领截止日期")
    String field_apply_to();

    @Message("已过期")
    String field_expired();

    @Message("有效期至")
    String field_expires_on();

    @Message("面额")
    String field_face_value();

    @Message("服务费")
    String field_fee();

    @Message("服务费补贴比例")
    String field_fee_share();

    @Message("服务费补贴比例（%，不超过50）")
    String field_fee_share_percent();

    @Message("持券企业")
    String field_holder();

    @Message("已发放")
    String field_issued();

    @Message("发放时间")
    String field_issued_at();

    @Message("兑付方式")
    String field_mode();

    @Message("批次名称")
    String field_name();

    @Message("申领中")
    String field_open();

    @Message("在途面额")
    String field_outstanding();

    @Message("付款日期")
    String field_paid_on();

    @Message("收款单位")
    String field_payee();

    @Message("付款凭证号")
    String field_payment_reference();

    @Message("补助项目代码")
    String field_programme();

    @Message("服务机构")
    String field_provider();

    @Message("科技型中小企业入库编号")
    String field_qualification_number();

    @Message("已兑付")
    String field_redeemed();

    @Message("兑付金额")
    String field_redeemed_amount();

    @Message("所在地区")
    String field_region();

    @Message("合同登记编号")
    String field_registration_number();

    @Message("退回预算")
    String field_returned();

    @Message("批次")
    String field_round();

    @Message("预算年度")
    String field_year();

    @Message("我单位的创新券")
    String my_vouchers();

    @Message("开设创新券批次")
    String new_round();

    @Message("否")
    String no();

    @Message("暂无具有有效资格的创新券服务机构。")
    String no_providers();

    @Message("开设批次")
    String open_round();

    @Message("可申领的创新券批次")
    String open_rounds();

    @Message("选择本单位为服务机构、等待兑付的创新券。")
    String queue_note();

    @Message("待兑付的创新券")
    String queue_title();

    @Message("兑付创新券")
    String redeem();

    @Message("填写本单位（卖方）与持券企业（买方）之间已认定登记的技术合同编号及服务费付款凭证。兑付金额 = min（面额，服务费 × 补贴比例），精确到分；未用部分退回预算。")
    String redeem_note();

    @Message("创新券发放批次")
    String rounds_title();

    @Message("本批次的创新券")
    String round_vouchers();

    @Message("创新券详情")
    String voucher_title();

    @Message("创新券")
    String vouchers_title();

    @Message("是")
    String yes();

    @Message("{#switch code}"
            + "{#case 'TONGDUI'}通兑（券款支付给服务机构）"
            + "{#case 'TONGYONG'}通用（报销给企业）"
            + "{#else}{code}{/switch}")
    String label_mode(String code);

    @Message("{#switch code}"
            + "{#case 'ISSUED'}已发放"
            + "{#case 'REDEEMED'}已兑付"
            + "{#case 'EXPIRED'}已过期"
            + "{#else}{code}{/switch}")
    String label_status(String code);
}
