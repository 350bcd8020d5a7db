package gx.techmarket.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal, zh-CN first; the English texts are in {@code messages/msg_en.properties}. Domain terms
 * keep their Chinese names (docs/glossary.md). Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {

    @Message("受理")
    String accept_contract();

    @Message("全部应享补助")
    String all_entitlements();

    @Message("不限")
    String any();

    @Message("广西网上技术市场")
    String app_name();

    @Message("审核通过并发布")
    String approve();

    @Message("定榜（选定此揭榜方）")
    String award();

    @Message("返回我的首页")
    String back_home();

    @Message("揭榜方案密封：截止前只有本单位可见。")
    String bid_sealed_note();

    @Message("揭榜（提交方案）")
    String bid_submit_title();

    @Message("揭榜方案")
    String bids_title();

    @Message("从已发布的科技成果起草技术转让或技术许可合同")
    String brokered_hint();

    @Message("已按上限")
    String capped();

    @Message("发布揭榜挂帅榜单（技术攻关类）")
    String challenge_create_title();

    @Message("待发布的榜单")
    String challenge_drafts();

    @Message("揭榜挂帅榜单")
    String challenges_title();

    @Message("请选择一个揭榜方案。")
    String choose_a_bid();

    @Message("关闭需求")
    String close_demand();

    @Message("起草居间技术合同")
    String contract_brokered_title();

    @Message("提交认定登记")
    String contract_submit_title();

    @Message("补正原因")
    String correction_reasons();

    @Message("转为揭榜挂帅榜单")
    String create_challenge();

    @Message("表单已过期或来源不明，未执行任何操作。请返回页面重新提交。")
    String csrf_detail();

    @Message("请求已失效")
    String csrf_title();

    @Message("发布技术需求")
    String demand_create_title();

    @Message("修改技术需求")
    String demand_edit_title();

    @Message("待审核的技术需求")
    String demand_review_queue();

    @Message("我单位的榜单")
    String demanded_challenges();

    @Message("揭榜截止后可查看全部方案并定榜。")
    String demanded_challenges_note();

    @Message("技术需求")
    String demands_title();

    @Message("为此成果起草居间合同")
    String draft_brokered_contract();

    @Message("修改")
    String edit();

    @Message("操作未成功")
    String error_title();

    @Message("挂牌价格")
    String field_asking_price();

    @Message("核算基数（技术交易额）")
    String field_basis_amount();

    @Message("受益单位")
    String field_beneficiary();

    @Message("报价")
    String field_bid_price();

    @Message("揭榜单位")
    String field_bidder();

    @Message("揭榜截止时间")
    String field_bidding_deadline();

    @Message("预算")
    String field_budget();

    @Message("预算上限")
    String field_budget_max();

    @Message("预算下限")
    String field_budget_min();

    @Message("预算年度")
    String field_budget_year();

    @Message("买方")
    String field_buyer();

    @Message("买方名称")
    String field_buyer_name();

    @Message("买方所在地区（行政区划代码）")
    String field_buyer_region();

    @Message("买方统一社会信用代码")
    String field_buyer_uscc();

    @Message("榜单类型")
    String field_challenge_kind();

    @Message("榜单名称（默认为需求名称）")
    String field_challenge_title();

    @Message("关闭原因")
    String field_close_reason();

    @Message("合同")
    String field_contract();

    @Message("合同名称")
    String field_contract_title();

    @Message("合同类型")
    String field_contract_type();

    @Message("合作方式")
    String field_cooperation_modes();

    @Message("补正原因（每行一条）")
    String field_correction_reasons();

    @Message("截止日期")
    String field_deadline();

    @Message("技术需求")
    String field_demand();

    @Message("需求单位")
    String field_demander();

    @Message("实施周期（月）")
    String field_duration_months();

    @Message("已拨付")
    String field_granted();

    @Message("成果持有单位")
    String field_holder();

    @Message("产业领域")
    String field_industry();

    @Message("技术经理人（中介）")
    String field_intermediary();

    @Message("金额")
    String field_item_amount();

    @Message("非技术性款项类别")
    String field_item_category();

    @Message("说明")
    String field_item_description();

    @Message("成熟度")
    String field_maturity();

    @Message("非技术性款项合计")
    String field_non_technical_amount();

    @Message("专利号")
    String field_patent_numbers();

    @Message("方案摘要")
    String field_plan_summary();

    @Message("需求描述")
    String field_problem();

    @Message("补助项目")
    String field_programme();

    @Message("年度预算")
    String field_programme_budget();

    @Message("拟定金额")
    String field_proposed_amount();

    @Message("发布时间")
    String field_published_at();

    @Message("比例")
    String field_rate();

    @Message("所属地区")
    String field_region();

    @Message("登记时间")
    String field_registered_at();

    @Message("登记编号")
    String field_registration_number();

    @Message("退回原因")
    String field_rejection_reason();

    @Message("剩余预算")
    String field_remaining();

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

    @Message("状态")
    String field_status();

    @Message("提交时间")
    String field_submitted_at();

    @Message("补助金额")
    String field_subsidy_amount();

    @Message("成果简介")
    String field_summary();

    @Message("技术交易额")
    String field_technology_transaction_amount();

    @Message("名称")
    String field_title();

    @Message("成交总额")
    String field_total_contract_amount();

    @Message("转化方式")
    String field_transfer_modes();

    @Message("技术就绪度 TRL（1–9，可选）")
    String field_trl();

    @Message("撤回原因（可选）")
    String field_withdraw_reason();

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

    @Message("最新发布的科技成果")
    String latest_results();

    @Message("我单位的揭榜方案")
    String my_bids();

    @Message("我单位的技术合同")
    String my_contracts();

    @Message("我单位的技术需求")
    String my_demands();

    @Message("我单位的应享补助")
    String my_entitlements();

    @Message("我单位的科技成果")
    String my_results();

    @Message("揭榜挂帅")
    String nav_challenges();

    @Message("技术需求")
    String nav_demands();

    @Message("我的首页")
    String nav_home();

    @Message("科技成果")
    String nav_results();

    @Message("面议")
    String negotiable();

    @Message("非技术性款项（设备、仪器、零部件、原材料等）")
    String non_technical_items();

    @Message("暂无")
    String none();

    @Message("可揭榜的榜单")
    String open_challenges();

    @Message("补助项目预算")
    String programmes();

    @Message("发榜")
    String publish_challenge();

    @Message("已发布的技术需求（可转为榜单）")
    String published_demands();

    @Message("准予登记")
    String register_contract();

    @Message("待受理与待登记的技术合同")
    String registration_queue();

    @Message("退回")
    String reject();

    @Message("必填。")
    String required();

    @Message("发布科技成果")
    String result_create_title();

    @Message("修改科技成果")
    String result_edit_title();

    @Message("待审核的科技成果")
    String result_review_queue();

    @Message("检索科技成果")
    String results_search_title();

    @Message("退回补正")
    String return_for_correction();

    @Message("保存草稿")
    String save_draft();

    @Message("检索")
    String search();

    @Message("关键词")
    String search_keywords();

    @Message("如：赤泥、制糖、芒果")
    String search_placeholder();

    @Message("服务暂不可用")
    String service_unavailable();

    @Message("平台的一项服务暂时没有响应，请稍后再试。您的数据未受影响。")
    String service_unavailable_detail();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("提交揭榜方案")
    String submit_bid();

    @Message("提交认定登记")
    String submit_contract();

    @Message("提交审核")
    String submit_for_review();

    @Message("元")
    String unit_yuan();

    @Message("撤回")
    String withdraw();

    @Message("共 {count} 条")
    String found_count(long count);

    @Message("{org}，欢迎使用")
    String home_welcome(String org);

    @Message("最多 {max} 个字。")
    String too_long(int max);

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'INVALIDATED'}需重新确认"
            + "{#case 'RECONFIRMED'}已重新确认"
            + "{#case 'QUALIFIED'}资格合格"
            + "{#case 'DISQUALIFIED'}资格不合格"
            + "{#case 'SCORED'}已评分"
            + "{#case 'SELECTED'}中榜"
            + "{#case 'NOT_SELECTED'}未中榜"
            + "{#else}{code}{/switch}")
    String label_bid_status(String code);

    @Message("{#switch code}"
            + "{#case 'TECHNOLOGY_BREAKTHROUGH'}技术攻关类"
            + "{#case 'RESULT_TRANSFORMATION'}成果转化类"
            + "{#else}{code}{/switch}")
    String label_challenge_kind(String code);

    @Message("{#switch code}"
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}已提交"
            + "{#case 'UNDER_REVIEW'}审核中"
            + "{#case 'PUBLISHED'}揭榜中"
            + "{#case 'CLOSED'}已截止"
            + "{#case 'QUALIFICATION'}资格审查"
            + "{#case 'EVALUATION'}评审中"
            + "{#case 'AWARDED'}已定榜"
            + "{#case 'FAILED'}流标"
            + "{#case 'AGREEMENT_SIGNED'}已签订揭榜协议"
            + "{#case 'IN_PROGRESS'}实施中"
            + "{#case 'MILESTONE_CHECK'}里程碑检查"
            + "{#case 'ACCEPTED'}已验收"
            + "{#case 'COMPLETED'}已完成"
            + "{#case 'CANCELLED'}已取消"
            + "{#else}{code}{/switch}")
    String label_challenge_status(String code);

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
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}待审核"
            + "{#case 'PUBLISHED'}已发布"
            + "{#case 'REJECTED'}已退回"
            + "{#case 'MATCHED'}已对接"
            + "{#case 'CLOSED'}已关闭"
            + "{#case 'EXPIRED'}已过期"
            + "{#else}{code}{/switch}")
    String label_demand_status(String code);

    @Message("{#switch code}"
            + "{#case 'GRANTED'}已核定"
            + "{#case 'WAITING_FOR_BUDGET'}待预算"
            + "{#case 'REVERSED'}已冲销"
            + "{#else}{code}{/switch}")
    String label_entitlement_status(String code);

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
            + "{#case 'EQUIPMENT'}设备"
            + "{#case 'INSTRUMENTS'}仪器"
            + "{#case 'PARTS'}零部件"
            + "{#case 'RAW_MATERIALS'}原材料"
            + "{#case 'OTHER'}其他"
            + "{#else}{code}{/switch}")
    String label_item_category(String code);

    @Message("{#switch code}"
            + "{#case 'RESEARCH'}研发"
            + "{#case 'LAB'}小试"
            + "{#case 'PILOT'}中试"
            + "{#case 'INDUSTRIAL'}产业化"
            + "{#else}{code}{/switch}")
    String label_maturity(String code);

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
            + "{#case 'RESULT_TRANSFORMATION_POST_SUBSIDY'}企业购买科技成果转化后补助"
            + "{#case 'INTERMEDIARY_SUBSIDY'}技术转移中介机构补助"
            + "{#case 'REGISTRATION_BODY_SUBSIDY'}技术合同登记机构补助"
            + "{#else}{code}{/switch}")
    String label_programme(String code);

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
            + "{#case 'DRAFT'}草稿"
            + "{#case 'SUBMITTED'}待审核"
            + "{#case 'PUBLISHED'}已发布"
            + "{#case 'REJECTED'}已退回"
            + "{#case 'WITHDRAWN'}已撤回"
            + "{#case 'TRANSFERRED'}已转化"
            + "{#else}{code}{/switch}")
    String label_result_status(String code);

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
