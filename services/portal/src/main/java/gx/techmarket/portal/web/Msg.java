package gx.techmarket.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares (layout, errors, forms, codes every feature shows), zh-CN first; the English texts
 * are in {@code messages/msg_en.properties}. Each feature's own texts are in its bundle ({@code CatalogueMsg},
 * {@code DemandMsg}, {@code BiddingMsg}, {@code RegistryMsg}, {@code SubsidyMsg}). Domain terms
 * keep their Chinese names (docs/glossary.md). Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {

    @Message("不限")
    String any();

    @Message("广西网上技术市场")
    String app_name();

    @Message("审核通过并发布")
    String approve();

    @Message("返回我的首页")
    String back_home();

    @Message("表单已过期或来源不明，未执行任何操作。请返回页面重新提交。")
    String csrf_detail();

    @Message("请求已失效")
    String csrf_title();

    @Message("修改")
    String edit();

    @Message("操作未成功")
    String error_title();

    @Message("产业领域")
    String field_industry();

    @Message("所属地区")
    String field_region();

    @Message("退回原因")
    String field_rejection_reason();

    @Message("状态")
    String field_status();

    @Message("名称")
    String field_title();

    @Message("您的角色不能使用此页面。")
    String forbidden_detail();

    @Message("无权访问")
    String forbidden_title();

    @Message("请检查标出的内容。")
    String form_invalid();

    @Message("进入我的首页")
    String go_home();

    @Message("我的首页")
    String home_title();

    @Message("请输入金额（元，最多两位小数）。")
    String invalid_amount();

    @Message("请输入有效的日期。")
    String invalid_date();

    @Message("格式不正确。")
    String invalid_format();

    @Message("自治区科技成果转移转化平台：高校和科研院所发布科技成果，企业发布技术需求并开展揭榜挂帅，技术经理人撮合成交，登记机构对技术合同进行认定登记，科技主管部门依据登记数据核算补助。")
    String landing_intro();

    @Message("欢迎")
    String landing_title();

    @Message("揭榜挂帅")
    String nav_challenges();

    @Message("技术需求")
    String nav_demands();

    @Message("我的首页")
    String nav_home();

    @Message("科技成果")
    String nav_results();

    @Message("暂无")
    String none();

    @Message("退回")
    String reject();

    @Message("必填。")
    String required();

    @Message("保存草稿")
    String save_draft();

    @Message("检索")
    String search();

    @Message("服务暂不可用")
    String service_unavailable();

    @Message("平台的一项服务暂时没有响应，请稍后再试。您的数据未受影响。")
    String service_unavailable_detail();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("提交审核")
    String submit_for_review();

    @Message("元")
    String unit_yuan();

    @Message("共 {count} 条")
    String found_count(long count);

    @Message("{org}，欢迎使用")
    String home_welcome(String org);

    @Message("最多 {max} 个字。")
    String too_long(int max);

    @Message("{#switch code}"
            + "{#case 'SUGAR'}制糖"
            + "{#case 'AUTOMOTIVE'}汽车"
            + "{#case 'MACHINERY'}机械"
            + "{#case 'ELECTRONICS'}电子信息"
            + "{#case 'BIOMEDICINE'}生物医药"
            + "{#case 'NEW_MATERIALS'}新材料"
            + "{#case 'METALLURGY'}冶金"
            + "{#case 'NONFERROUS_PROCESSING'}有色金属深加工"
            + "{#case 'ALUMINIUM'}铝"
            + "{#case 'FOOD_PROCESSING'}食品加工"
            + "{#case 'WOOD_PROCESSING'}木材加工"
            + "{#case 'MODERN_AGRICULTURE'}现代农业"
            + "{#else}{code}{/switch}")
    String label_industry(String code);

    @Message("{#switch code}"
            + "{#case 'TRANSFER'}转让"
            + "{#case 'LICENSE'}许可"
            + "{#case 'EQUITY_INVESTMENT'}作价投资"
            + "{#case 'JOINT_DEVELOPMENT'}合作开发"
            + "{#case 'COMMISSIONED_DEVELOPMENT'}委托开发"
            + "{#case 'CONSULTING'}技术咨询"
            + "{#case 'SERVICE'}技术服务"
            + "{#else}{code}{/switch}")
    String label_mode(String code);

    @Message("{#switch code}"
            + "{#case '450000'}广西壮族自治区（全区）"
            + "{#case '450100'}南宁市"
            + "{#case '450200'}柳州市"
            + "{#case '450300'}桂林市"
            + "{#case '450400'}梧州市"
            + "{#case '450500'}北海市"
            + "{#case '450600'}防城港市"
            + "{#case '450700'}钦州市"
            + "{#case '450800'}贵港市"
            + "{#case '450900'}玉林市"
            + "{#case '451000'}百色市"
            + "{#case '451100'}贺州市"
            + "{#case '451200'}河池市"
            + "{#case '451300'}来宾市"
            + "{#case '451400'}崇左市"
            + "{#else}{code}{/switch}")
    String label_region(String code);

    @Message("{#switch code}"
            + "{#case 'university'}高校"
            + "{#case 'enterprise'}企业"
            + "{#case 'broker'}技术经理人"
            + "{#case 'registrar'}技术合同登记员"
            + "{#case 'expert'}评审专家"
            + "{#case 'admin'}运营管理"
            + "{#else}{code}{/switch}")
    String label_role(String code);

}
