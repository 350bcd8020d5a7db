package gx.techmarket.portal.subsidy.programmes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of 补助项目管理 (the admins' programme pages), zh-CN first; English in {@code
 * messages/programmes_en.properties}. Templates use them as {@code {programmes:key}}.
 */
@MessageBundle(value = "programmes", locale = "zh-CN")
public interface ProgrammesMsg {

    @Message("补助项目管理")
    String title();

    @Message("{year}年度补助项目")
    String year_title(int year);

    @Message("各年度的补助项目由管理员设立、调整和关闭；项目条款按版本自生效日起适用，已核定的补助不受影响。")
    String year_hint();

    @Message("年度")
    String field_year();

    @Message("查看")
    String show_year();

    @Message("上一年度")
    String previous_year();

    @Message("下一年度")
    String next_year();

    @Message("{#switch state}"
            + "{#case 'NO_PROGRAMME'}本年度未设立补助项目"
            + "{#case 'OPEN'}本年度有补助项目在执行"
            + "{#case 'CLOSED'}本年度补助项目均已关闭"
            + "{#else}{state}{/switch}")
    String label_year_state(String state);

    @Message("本年度尚未设立任何补助项目：本年度登记的技术合同暂不核算补助，待设立项目后按项目条款统一核算。")
    String no_programme_notice();

    @Message("待设立项目的已登记合同")
    String awaiting_title();

    @Message("共 {count} 份已登记合同尚未经任何补助项目核算，设立本年度项目后将自动核算。")
    String awaiting_count(long count);

    @Message("设立补助项目")
    String new_programme();

    @Message("项目代码")
    String field_code();

    @Message("大写英文字母、数字和下划线，如 BAISE_RESULT_TRANSFORMATION；同一年度内唯一。")
    String code_hint();

    @Message("项目名称")
    String field_name();

    @Message("英文名称")
    String field_name_en();

    @Message("补助类型")
    String field_rule();

    @Message("所属分市场")
    String field_sub_market();

    @Message("市级分市场的项目只补助本市的受益单位，使用本市预算。")
    String sub_market_hint();

    @Message("初始预算")
    String field_budget();

    @Message("补助比例（%）")
    String field_rate_percent();

    @Message("政策上限为50%；合同类补助按技术交易额、研发费用补助按研发费用计算；高企认定类按定额，不填比例。")
    String rate_hint();

    @Message("单个合同补助上限")
    String field_per_contract_cap();

    @Message("最低技术交易额")
    String field_minimum_basis();

    @Message("支持的合同类型")
    String field_categories();

    @Message("合同类补助至少选择一类合同。")
    String categories_hint();

    @Message("政策条款")
    String field_policy_clause();

    @Message("核定补助时引用的政策依据原文，如《广西科技创新支撑产业高质量发展三年行动方案》有关条款。")
    String policy_clause_hint();

    @Message("兑现方式")
    String field_grant_mode();

    @Message("审核方式")
    String field_approval();

    @Message("每个受益单位每年补助上限")
    String field_per_beneficiary_year_cap();

    @Message("最低补助金额")
    String field_minimum_amount();

    @Message("首次认定定额")
    String field_fixed_amount();

    @Message("重新认定定额")
    String field_renewal_amount();

    @Message("仅高新技术企业认定类：首次认定如10万元，重新认定如5万元。")
    String fixed_amount_hint();

    @Message("留空表示不设限。")
    String optional_hint();

    @Message("状态")
    String field_status();

    @Message("{#switch status}{#case 'OPEN'}执行中{#case 'CLOSED'}已关闭{#else}{status}{/switch}")
    String label_status(String status);

    @Message("预算")
    String budget_title();

    @Message("已下达预算")
    String field_allocated();

    @Message("已核定")
    String field_granted();

    @Message("已拨付")
    String field_paid();

    @Message("剩余预算")
    String field_remaining();

    @Message("追加预算")
    String top_up();

    @Message("追加金额")
    String field_top_up();

    @Message("追加后，等待预算的补助按先后顺序核定。")
    String top_up_hint();

    @Message("原因")
    String field_reason();

    @Message("当前条款")
    String terms_title();

    @Message("第 {version} 版，自 {from} 起执行")
    String terms_in_force(int version, String from);

    @Message("条款版本")
    String versions_title();

    @Message("版本")
    String field_version();

    @Message("生效日期")
    String field_effective_from();

    @Message("调整原因")
    String field_change_reason();

    @Message("设立人")
    String field_created_by();

    @Message("执行中")
    String in_force();

    @Message("调整条款（新版本）")
    String new_version();

    @Message("新版本自生效日（今天或以后）起适用于此后登记的合同；此前已核定的补助按原版本，不受影响。")
    String new_version_hint();

    @Message("关闭项目")
    String close();

    @Message("复制到下一年度")
    String copy();

    @Message("已于 {at} 关闭：此后登记的合同不再按本项目核算。")
    String closed_at(String at);

    @Message("不设限")
    String unlimited();

    @Message("{#switch rule}"
            + "{#case 'BUYER_POST_SUBSIDY'}企业购买科技成果转化后补助"
            + "{#case 'INTERMEDIARY'}技术转移中介机构补助"
            + "{#case 'REGISTRATION_BODY'}技术合同登记机构补助"
            + "{#case 'HIGH_TECH_RECOGNITION'}高新技术企业认定奖励"
            + "{#case 'RD_EXPENSE'}研发费用补助"
            + "{#case 'CHALLENGE_SUPPORT'}揭榜挂帅项目支持"
            + "{#case 'VOUCHER'}科技创新券"
            + "{#else}{rule}{/switch}")
    String label_rule(String rule);

    @Message("{#switch mode}{#case 'AUTOMATIC'}免申即享{#case 'CLAIM'}需申报{#else}{mode}{/switch}")
    String label_grant_mode(String mode);

    @Message("{#switch approval}{#case 'SUB_MARKET'}分市场审核（一级）{#case 'CITY_THEN_PROVINCE'}市级初审、自治区审定{#else}{approval}{/switch}")
    String label_approval(String approval);

    @Message("{#switch category}{#case 'DEVELOPMENT'}技术开发{#case 'TRANSFER'}技术转让{#case 'LICENSE'}技术许可"
            + "{#case 'CONSULTING'}技术咨询{#case 'SERVICE'}技术服务{#else}{category}{/switch}")
    String label_category(String category);
}
