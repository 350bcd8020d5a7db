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

    @Message("所对应的技术需求")
    String field_answered_demand();

    @Message("买方发布的技术需求")
    String answered_demand_link();

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

    @Message("技术领域")
    String field_technical_field();

    @Message("未注明")
    String technical_field_unstated();

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
            + "{#case 'TRANSFER_IC_LAYOUT'}技术转让（集成电路布图设计专有权）"
            + "{#case 'TRANSFER_PLANT_VARIETY'}技术转让（植物新品种权）"
            + "{#case 'TRANSFER_SOFTWARE'}技术转让（计算机软件著作权）"
            + "{#case 'TRANSFER_BIOMEDICINE_VARIETY'}技术转让（生物医药新品种权）"
            + "{#case 'TRANSFER_OTHER'}技术转让（其他权利）"
            + "{#case 'LICENSE_PATENT'}技术许可（专利实施许可）"
            + "{#case 'LICENSE_TECHNICAL_SECRET'}技术许可（技术秘密使用许可）"
            + "{#case 'LICENSE_OTHER'}技术许可（其他）"
            + "{#case 'CONSULTING'}技术咨询"
            + "{#case 'SERVICE'}技术服务（一般技术服务）"
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

    // ---- issue 15: filing by any seller, the registrar's workbench, review, after registration ----

    @Message("新建登记申请")
    String filing_new_title();

    @Message("本单位作为卖方（研究开发人、让与人、许可人、受托人、服务方、培训方、中介方）申请认定登记；技术进口由境内买方申请。")
    String filing_new_hint();

    @Message("合同标的")
    String field_subject();

    @Message("合同内容摘要（主要条款、技术内容）")
    String field_description();

    @Message("履行期限自")
    String field_performance_from();

    @Message("履行期限至")
    String field_performance_to();

    @Message("对方当事人")
    String field_counterparty();

    @Message("机构库中的机构")
    String counterparty_directory();

    @Message("广西区外机构（机构库中没有）")
    String counterparty_external();

    @Message("境外机构")
    String counterparty_foreign();

    @Message("对方名称")
    String field_counterparty_name();

    @Message("对方所在地区（行政区划代码）")
    String field_counterparty_region();

    @Message("国家或地区（ISO 3166-1 二位代码，如 DE）")
    String field_counterparty_country();

    @Message("技术进口（本单位为境内买方，卖方为境外机构）")
    String field_import();

    @Message("技术经理人机构统一社会信用代码（如有）")
    String field_intermediary_uscc();

    @Message("完成人奖酬比例（%）")
    String field_inventor_reward_share();

    @Message("高校、科研院所转让或许可科技成果的，填写奖励给完成人的收益比例（不低于70%）。")
    String inventor_reward_share_hint();

    @Message("该类型合同的专门信息")
    String details_heading();

    @Message("请填写所选合同类型对应的信息。")
    String details_hint();

    @Message("{#switch code}"
            + "{#case 'patentNumber'}专利号（如 ZL202310123456.7）"
            + "{#case 'applicationNumber'}专利申请号"
            + "{#case 'layoutRegistrationNumber'}布图设计登记号"
            + "{#case 'varietyRightNumber'}品种权号（CNA…）"
            + "{#case 'softwareRegistrationNumber'}软件著作权登记号（如 2023SR0123456）"
            + "{#case 'certificateNumber'}生物医药新品种证书号"
            + "{#case 'licenceScope'}许可方式"
            + "{#case 'licencePeriodTo'}许可期限至"
            + "{#case 'contributions'}各方投入及分工"
            + "{#case 'deliverable'}交付成果（研究报告、样机、工艺包、咨询报告等）"
            + "{#case 'trainees'}培训人数"
            + "{#case 'trainingContent'}培训内容"
            + "{#case 'principalParties'}委托方与被介绍方"
            + "{#else}{code}{/switch}")
    String label_detail(String code);

    @Message("{#switch code}"
            + "{#case 'EXCLUSIVE'}独占许可"
            + "{#case 'SOLE'}排他许可"
            + "{#case 'ORDINARY'}普通许可"
            + "{#else}{code}{/switch}")
    String label_licence_scope(String code);

    @Message("技术载体（不从技术交易额中扣除）")
    String carriers();

    @Message("载体类型")
    String field_carrier_kind();

    @Message("数量")
    String field_carrier_quantity();

    @Message("{#switch code}"
            + "{#case 'DOCUMENTS'}存档资料"
            + "{#case 'MEDIA'}试验用载体、菌种、品种"
            + "{#case 'TEST_EQUIPMENT'}试验设备（1–2套）"
            + "{#else}{code}{/switch}")
    String label_carrier_kind(String code);

    @Message("预审")
    String precheck();

    @Message("预审（不保存，仅给出建议）")
    String precheck_button();

    @Message("预审结果")
    String precheck_title();

    @Message("建议类型")
    String precheck_suggested();

    @Message("理由")
    String precheck_reason();

    @Message("应提交的材料")
    String precheck_checklist();

    @Message("提示")
    String precheck_warnings();

    @Message("审查时限")
    String precheck_deadline();

    @Message("保存草稿")
    String save_filing();

    @Message("附件")
    String attachments();

    @Message("上传附件")
    String upload_attachment();

    @Message("材料类型")
    String field_document_kind();

    @Message("文件（PDF、JPEG、PNG 或 OFD，不超过 20 MB）")
    String field_file();

    @Message("{#switch code}"
            + "{#case 'SIGNED_CONTRACT'}技术合同文本（签字盖章）"
            + "{#case 'PATENT_CERTIFICATE'}专利证书"
            + "{#case 'PATENT_APPLICATION_NOTICE'}专利申请受理通知书"
            + "{#case 'IC_LAYOUT_CERTIFICATE'}集成电路布图设计登记证书"
            + "{#case 'PLANT_VARIETY_CERTIFICATE'}植物新品种权证书"
            + "{#case 'SOFTWARE_COPYRIGHT_CERTIFICATE'}计算机软件著作权登记证书"
            + "{#case 'BIOMEDICINE_CERTIFICATE'}生物医药新品种证书或批准文件"
            + "{#case 'RIGHT_CERTIFICATE'}权属证明文件"
            + "{#case 'IMPORT_REGISTRATION'}技术进出口合同登记证书或许可证"
            + "{#case 'APPROVAL_DOCUMENT'}有关审批文件"
            + "{#case 'POWER_OF_ATTORNEY'}授权委托书"
            + "{#case 'OTHER'}其他材料"
            + "{#else}{code}{/switch}")
    String label_document_kind(String code);

    @Message("文件名")
    String field_file_name();

    @Message("大小")
    String field_file_size();

    @Message("上传时间")
    String field_uploaded_at();

    @Message("下载")
    String download();

    @Message("删除")
    String delete_attachment();

    @Message("暂无附件")
    String no_attachments();

    @Message("审查时限")
    String deadline();

    @Message("应于 {dueOn} 前办结（{workingDays} 个工作日，自 {startedOn} 起算）")
    String deadline_due(java.time.LocalDate dueOn, Integer workingDays, java.time.LocalDate startedOn);

    @Message("剩余 {days} 个工作日")
    String deadline_left(Integer days);

    @Message("已超期")
    String deadline_overdue();

    @Message("暂定（该年度工作日历尚未发布，按周一至周五计算）")
    String deadline_provisional();

    @Message("截止日期")
    String field_due_on();

    @Message("登记工作台")
    String workbench_title();

    @Message("按审查时限排列的待办登记申请：待受理、已受理、重新提交、专家评审中和退回补正中的合同。")
    String workbench_hint();

    @Message("只看超期")
    String filter_overdue();

    @Message("{#switch code}"
            + "{#case 'deadline'}按截止日期"
            + "{#case 'oldest'}最早提交在前"
            + "{#case 'newest'}最新提交在前"
            + "{#case 'amount'}按技术交易额"
            + "{#else}{code}{/switch}")
    String label_queue_sort(String code);

    @Message("申报的金额")
    String filed_amounts();

    @Message("核定")
    String assess();

    @Message("核定技术交易额")
    String assess_title();

    @Message("核定后的非技术性款项与技术载体替换申报的内容；非技术性款项从成交总额中扣除，合理数量的技术载体不扣除。")
    String assess_hint();

    @Message("核定理由")
    String field_assess_reason();

    @Message("核定：{reason}（{at}）")
    String assessed(String reason, String at);

    @Message("提请专家评审")
    String start_review();

    @Message("评审原因")
    String field_review_reason();

    @Message("{#switch code}"
            + "{#case 'LARGE'}技术交易额较大（500万元及以上）"
            + "{#case 'DISPUTED'}存在争议"
            + "{#else}{code}{/switch}")
    String label_review_reason(String code);

    @Message("专家领域")
    String field_review_field();

    @Message("专家人数（3–7）")
    String field_review_size();

    @Message("专家评审")
    String review_title();

    @Message("抽取的专家")
    String review_experts();

    @Message("专家意见")
    String opinions();

    @Message("尚无意见")
    String no_opinion();

    @Message("提交评审意见")
    String give_opinion();

    @Message("评审结论")
    String field_conclusion();

    @Message("{#switch code}"
            + "{#case 'REGISTER'}建议准予登记"
            + "{#case 'REFUSE'}建议不予登记"
            + "{#case 'CORRECT'}建议补正"
            + "{#else}{code}{/switch}")
    String label_conclusion(String code);

    @Message("意见")
    String field_opinion();

    @Message("我的评审任务")
    String reviews_title();

    @Message("不予登记")
    String refuse_contract();

    @Message("不予登记的理由（至少选择一项）")
    String field_grounds();

    @Message("说明")
    String field_explanation();

    @Message("{#switch code}"
            + "{#case 'NOT_TECHNICAL_CONTRACT'}不属于技术合同"
            + "{#case 'PARTIES_UNCLEAR'}当事人不明确"
            + "{#case 'SUBJECT_UNCLEAR'}标的不明确"
            + "{#case 'PRICE_UNCLEAR'}价款、报酬或使用费不明确"
            + "{#case 'APPROVAL_MISSING'}依法应当审批而未审批"
            + "{#case 'TITLE_CONTENT_MISMATCH'}合同名称与内容不符"
            + "{#case 'MONOPOLISING_CLAUSES'}含有非法垄断技术、妨碍技术进步的条款"
            + "{#case 'DOCUMENTS_MISSING'}申请材料不齐全"
            + "{#case 'SEALS_INCOMPLETE'}签章不齐全"
            + "{#else}{code}{/switch}")
    String label_ground(String code);

    @Message("未予登记")
    String stamp_not_registered();

    @Message("不予登记的理由")
    String refusal_title();

    @Message("重新提交")
    String resubmit_contract();

    @Message("登记证明")
    String certificate();

    @Message("下载登记证明（PDF）")
    String certificate_download();

    @Message("变更登记")
    String amend_contract();

    @Message("变更后的成交总额")
    String field_amended_total();

    @Message("变更原因")
    String field_amend_reason();

    @Message("变更记录")
    String amendments();

    @Message("第 {number} 次变更登记（{at}）")
    String amendment_line(Integer number, String at);

    @Message("第 {number} 次变更登记")
    String amendment_count(Integer number);

    @Message("尚有 {count} 位专家未提交意见")
    String opinions_missing(Integer count);

    @Message("已注销")
    String field_deregistered_count();

    @Message("注销登记")
    String deregister_contract();

    @Message("注销原因")
    String field_deregister_reason();

    @Message("{#switch code}"
            + "{#case 'RESCINDED'}合同解除"
            + "{#case 'VOID'}合同无效"
            + "{#else}{code}{/switch}")
    String label_deregister_reason(String code);

    @Message("已注销：{reason}（{at}）")
    String deregistered_line(String reason, String at);

    @Message("异议")
    String objections();

    @Message("提出异议")
    String raise_objection();

    @Message("异议理由")
    String field_objection_grounds();

    @Message("处理异议")
    String resolve_objection();

    @Message("处理结果")
    String field_outcome();

    @Message("{#switch code}"
            + "{#case 'OPEN'}待处理"
            + "{#case 'UPHELD'}异议成立"
            + "{#case 'DISMISSED'}异议不成立"
            + "{#else}{code}{/switch}")
    String label_objection_status(String code);

    @Message("登记统计")
    String stats_title();

    @Message("本登记点按月份和合同类型统计的登记数、不予登记数和金额（北京时间）。")
    String stats_hint();

    @Message("月份")
    String field_month();

    @Message("登记数")
    String field_registered_count();

    @Message("不予登记数")
    String field_refused_count();

    @Message("起")
    String field_from();

    @Message("止")
    String field_to();

    @Message("查询")
    String query();

    @Message("合计")
    String total();

    @Message("工作日历")
    String calendar_title();

    @Message("法定节假日和调休上班日按国务院办公厅每年发布的通知维护；未发布的年度按周一至周五计算，期限显示为暂定。")
    String calendar_hint();

    @Message("年度")
    String field_year();

    @Message("依据（通知文号）")
    String field_source();

    @Message("发布日期")
    String field_published_on();

    @Message("日期（每行一条：日期 类型 名称，如 2026-10-01 HOLIDAY 国庆节；类型为 HOLIDAY 放假或 WORKDAY 调休上班）")
    String field_days();

    @Message("第 {line} 行应为“日期 HOLIDAY|WORKDAY 名称”")
    String calendar_bad_line(int line);

    @Message("载入该年度日历")
    String calendar_load();

    @Message("该年度日历尚未载入：期限按周一至周五计算（暂定）。")
    String calendar_not_loaded();

    @Message("载入：{by}，{at}")
    String calendar_loaded(String by, String at);

    @Message("{#switch code}"
            + "{#case 'HOLIDAY'}放假"
            + "{#case 'WORKDAY'}调休上班"
            + "{#else}{code}{/switch}")
    String label_day_kind(String code);

    @Message("登记证明核验")
    String verify_title();

    @Message("以下为登记证明所载事项，与证书一致即为真实有效。")
    String verify_hint();

    @Message("未找到该登记证明：请核对登记编号和核验码。")
    String verify_not_found();

    @Message("登记机构")
    String field_registration_point();

    @Message("状态")
    String field_certificate_status();

    @Message("{#switch code}"
            + "{#case 'REGISTERED'}有效"
            + "{#case 'AMENDED'}有效（已变更）"
            + "{#case 'DEREGISTERED'}已注销"
            + "{#else}{code}{/switch}")
    String label_certificate_status(String code);

    @Message("我单位的登记申请")
    String my_filings();

    @Message("境外")
    String foreign();

    @Message("日期")
    String field_date();

    @Message("修改登记申请")
    String filing_edit_title();

    @Message("分工比例（%）")
    String field_contribution_share();

    @Message("尚缺的材料：")
    String attachments_missing();

    @Message("区外机构统一社会信用代码")
    String field_external_uscc();

    @Message("类型")
    String field_day_kind();

    @Message("名称")
    String field_day_name();

    @Message("{#switch code}"
            + "{#case 'WORKING_DAYS'}个工作日"
            + "{#case 'CALENDAR_DAYS'}日"
            + "{#else}{code}{/switch}")
    String label_deadline_unit(String code);
}
