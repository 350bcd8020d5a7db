package gx.techmarket.portal.directory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the directory's pages (机构库): an organisation's page, the admins' list and actions, the directory
 * picker; zh-CN first, English in {@code messages/directory_en.properties}. Templates use them as
 * {@code {directory:key}}.
 */
@MessageBundle(value = "directory", locale = "zh-CN")
public interface DirectoryMsg {

    @Message("机构库")
    String directory_title();

    @Message("本辖区的机构：按名称、统一社会信用代码、类型、地区和状态查找，进入机构主页核验、停用或维护资质。")
    String directory_note();

    @Message("名称或统一社会信用代码")
    String search_keywords();

    @Message("如 桂糖 或 91450100")
    String search_placeholder();

    @Message("机构主页")
    String organisation_page();

    @Message("统一社会信用代码")
    String field_uscc();

    @Message("名称")
    String field_name();

    @Message("英文名称")
    String field_name_en();

    @Message("机构类型")
    String field_kind();

    @Message("所在地区")
    String field_region();

    @Message("所在地区（行政区划代码）")
    String field_region_code();

    @Message("县级及以上行政区划代码，如 450103；区外机构填所在省市的代码")
    String region_hint();

    @Message("上级单位")
    String field_parent();

    @Message("上级单位统一社会信用代码")
    String field_parent_uscc();

    @Message("无上级单位时留空")
    String parent_hint();

    @Message("状态")
    String field_status();

    @Message("核验时间")
    String field_verified_at();

    @Message("停用时间")
    String field_suspended_at();

    @Message("停用原因")
    String field_suspension_reason();

    @Message("下属单位")
    String subsidiaries();

    @Message("资质")
    String qualifications();

    @Message("资质类型")
    String field_qualification_kind();

    @Message("证书编号/入库编号")
    String field_number();

    @Message("大写字母、数字和连字符，如 GR202445000318")
    String number_hint();

    @Message("有效期")
    String field_validity();

    @Message("有效期自")
    String field_valid_from();

    @Message("有效期至")
    String field_valid_to();

    @Message("长期有效时留空")
    String valid_to_hint();

    @Message("长期")
    String open_ended();

    @Message("撤销原因")
    String field_revocation_reason();

    @Message("结算账户")
    String bank_account();

    @Message("开户行")
    String field_bank_name();

    @Message("账号")
    String field_account_number();

    @Message("账户名")
    String field_account_name();

    @Message("{#if verified}已核验{#else}未核验{/if}")
    String bank_verified(boolean verified);

    @Message("技术合同登记点")
    String registration_point();

    @Message("登记点代码")
    String field_point_code();

    @Message("{#if open}受理登记{#else}已关闭{/if}")
    String point_open(boolean open);

    @Message("关闭原因")
    String field_close_reason();

    @Message("变更记录")
    String history();

    @Message("时间")
    String field_at();

    @Message("操作人")
    String field_actor();

    @Message("操作")
    String field_action();

    @Message("变更内容")
    String field_changes();

    @Message("无")
    String none();

    @Message("修改机构信息")
    String edit_title();

    @Message("保存")
    String save();

    @Message("授予资质")
    String grant_title();

    @Message("原因")
    String field_reason();

    @Message("停用")
    String suspend();

    @Message("核验")
    String verify();

    @Message("撤销")
    String revoke();

    @Message("核验结算账户")
    String verify_bank_account();

    @Message("开放登记点")
    String open_point();

    @Message("关闭登记点")
    String close_point();

    @Message("查看机构主页")
    String view_organisation();

    @Message("{#switch code}"
            + "{#case 'UNIVERSITY'}高校"
            + "{#case 'INSTITUTE'}科研院所"
            + "{#case 'ENTERPRISE'}企业"
            + "{#case 'AGENCY'}技术转移机构"
            + "{#case 'REGISTRY'}技术合同登记机构"
            + "{#case 'GOVERNMENT'}政府部门"
            + "{#case 'SOCIETY'}社会组织"
            + "{#case 'HIGH_TECH_ENTERPRISE'}高新技术企业"
            + "{#case 'TECH_SME'}科技型中小企业"
            + "{#case 'TECH_TRANSFER_DEMO_AGENCY'}技术转移示范机构"
            + "{#case 'CONTRACT_REGISTRATION_BODY'}技术合同登记机构"
            + "{#case 'INNOVATION_VOUCHER_PROVIDER'}创新券服务机构"
            + "{#case 'APPLIED'}申请中"
            + "{#case 'VERIFIED'}已核验"
            + "{#case 'SUSPENDED'}已停用"
            + "{#case 'VALID'}有效"
            + "{#case 'EXPIRED'}已失效"
            + "{#case 'REVOKED'}已撤销"
            + "{#case 'true'}是"
            + "{#case 'false'}否"
            + "{#else}{code}{/switch}")
    String label(String code);

    @Message("{#switch action}"
            + "{#case 'create'}录入机构"
            + "{#case 'edit'}修改机构信息"
            + "{#case 'verify'}核验"
            + "{#case 'suspend'}停用"
            + "{#case 'grant-qualification'}授予资质"
            + "{#case 'revoke-qualification'}撤销资质"
            + "{#case 'qualification-expired'}资质到期"
            + "{#case 'set-bank-account'}设置结算账户"
            + "{#case 'verify-bank-account'}核验结算账户"
            + "{#case 'open-registration-point'}开放登记点"
            + "{#case 'close-registration-point'}关闭登记点"
            + "{#else}{action}{/switch}")
    String label_action(String action);

    @Message("{#switch field}"
            + "{#case 'name'}名称"
            + "{#case 'nameEn'}英文名称"
            + "{#case 'kind'}类型"
            + "{#case 'region'}所在地区"
            + "{#case 'parentUscc'}上级单位"
            + "{#case 'status'}状态"
            + "{#case 'suspensionReason'}停用原因"
            + "{#case 'number'}编号"
            + "{#case 'validFrom'}有效期自"
            + "{#case 'validTo'}有效期至"
            + "{#case 'revoked'}已撤销"
            + "{#case 'revocationReason'}撤销原因"
            + "{#case 'ended'}已到期"
            + "{#case 'bankName'}开户行"
            + "{#case 'accountNumber'}账号"
            + "{#case 'accountName'}账户名"
            + "{#case 'verified'}已核验"
            + "{#case 'code'}登记点代码"
            + "{#case 'open'}受理登记"
            + "{#case 'closeReason'}关闭原因"
            + "{#else}{field}{/switch}")
    String label_field(String field);

    @Message("{#if username == 'directory'}机构库（系统）{#else}{name}（{username}）{/if}")
    String actor(String username, String name);


    // the directory picker (机构选择器)

    @Message("从机构库选择")
    String picker_directory();

    @Message("买方不在机构库（广西区外）")
    String picker_external();

    @Message("区外买方不在机构库中时，填写其统一社会信用代码、名称和所在地区；不能享受广西的补助。")
    String picker_external_hint();

    @Message("查找机构")
    String picker_search_label();

    @Message("输入名称或统一社会信用代码，只列出已核验的机构")
    String picker_search_hint();

    @Message("查找")
    String picker_search();

    @Message("请选择")
    String picker_choose();

    @Message("已选择")
    String picker_chosen();

    @Message("没有找到已核验的机构，请换个关键词")
    String picker_nothing();

    @Message("请先查找并选择买方")
    String picker_required();

    @Message("找到 {total} 个机构，显示前 {shown} 个，请输入更多字词缩小范围")
    String picker_more(long total, int shown);
}
