package gx.techmarket.portal.onboarding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of 机构入驻, zh-CN first; the English texts are in {@code messages/onboarding_en.properties}. */
@MessageBundle(value = "onboarding", locale = "zh-CN")
public interface OnboardingMsg {

    @Message("注册")
    String sign_up();

    @Message("机构入驻")
    String title();

    @Message("我的机构")
    String my_organisation();

    @Message("入驻核验")
    String queue_title();

    @Message("本机构成员")
    String members_title();

    @Message("您尚未加入任何机构。市场中的发布、揭榜、合同和补助都以机构身份进行：请提交所在机构的入驻申请，由所在地区的管理员核验；如机构已入驻，请联系其管理员用您的注册邮箱将您加入。")
    String intro();

    @Message("您代表 {name}（{uscc}）。")
    String member_of(String name, String uscc);

    @Message("您是本机构的管理员，可以加入或移除同事。")
    String you_administer();

    @Message("您的申请")
    String your_applications();

    @Message("{#switch status}{#case 'PENDING'}审核中{#case 'VERIFIED'}已核验{#case 'REJECTED'}已驳回{#else}{status}{/switch}")
    String status(String status);

    @Message("驳回原因")
    String rejection_reason();

    @Message("提交入驻申请")
    String apply_title();

    @Message("统一社会信用代码")
    String field_uscc();

    @Message("18 位，含校验码（GB 32100）")
    String hint_uscc();

    @Message("机构名称")
    String field_name();

    @Message("英文名称（可选）")
    String field_name_en();

    @Message("机构类型")
    String field_kind();

    @Message("{#switch kind}{#case 'UNIVERSITY'}高校{#case 'INSTITUTE'}科研院所{#case 'ENTERPRISE'}企业{#case 'AGENCY'}技术转移机构{#case 'REGISTRY'}技术合同登记机构{#case 'GOVERNMENT'}政府部门{#case 'SOCIETY'}社会组织{#else}{kind}{/switch}")
    String kind(String kind);

    @Message("所在地区代码")
    String field_region();

    @Message("6 位行政区划代码（GB/T 2260），如南宁市青秀区 450103")
    String hint_region();

    @Message("上级单位统一社会信用代码（可选）")
    String field_parent();

    @Message("联系人")
    String field_contact_name();

    @Message("联系电话")
    String field_contact_phone();

    @Message("证明材料")
    String field_documents();

    @Message("营业执照或事业单位法人证书等，PDF、JPEG 或 PNG，每份不超过 5 MB，最多 5 份")
    String hint_documents();

    @Message("提交申请")
    String apply();

    @Message("申请已提交，正在等待所在地区管理员核验。")
    String pending();

    @Message("待核验的申请")
    String pending_applications();

    @Message("暂无待核验的申请。")
    String queue_empty();

    @Message("申请人")
    String applicant();

    @Message("提交时间")
    String filed_at();

    @Message("查看")
    String open();

    @Message("入驻申请")
    String application_title();

    @Message("材料")
    String documents();

    @Message("核验通过")
    String verify();

    @Message("驳回")
    String reject();

    @Message("驳回原因（申请人可见）")
    String field_reason();

    @Message("姓名")
    String member_name();

    @Message("用户名")
    String member_username();

    @Message("邮箱")
    String member_email();

    @Message("角色")
    String member_role();

    @Message("{#if role == 'ORG_ADMIN'}管理员{#else}成员{/if}")
    String role(String role);

    @Message("移除")
    String remove();

    @Message("加入同事")
    String invite_title();

    @Message("同事注册市场账号时使用的邮箱")
    String field_email();

    @Message("加入")
    String invite();

    @Message("管理本机构成员")
    String manage_members();
}
