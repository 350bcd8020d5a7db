package gx.techmarket.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the forms' feedback, zh-CN first (English in {@code messages/forms_en.properties}): the names of the
 * fields in an error summary, the limits shown before typing, the success messages after an action and the
 * confirmations of irreversible steps. Templates use them as {@code {forms:key}}. A bundle of its own so the
 * shared {@link Msg} is not edited by two pieces of work at once.
 */
@MessageBundle(value = "forms", locale = "zh-CN")
public interface FormMsg {

    @Message("请修改以下 {count} 项：")
    String errors_heading(int count);

    @Message("{#switch field}"
            + "{#case 'title'}名称"
            + "{#case 'summary'}成果简介"
            + "{#case 'problem'}需求描述"
            + "{#case 'industry'}产业领域"
            + "{#case 'maturity'}成熟度"
            + "{#case 'trl'}技术就绪度"
            + "{#case 'transferModes'}转化方式"
            + "{#case 'askingPrice'}挂牌价格"
            + "{#case 'priceNegotiable'}面议"
            + "{#case 'patents'}知识产权"
            + "{#case 'contacts'}联系人"
            + "{#case 'inventors'}完成人"
            + "{#case 'keywords'}关键词"
            + "{#case 'titleEn'}英文名称"
            + "{#case 'summaryEn'}英文摘要"
            + "{#case 'problemEn'}英文问题描述"
            + "{#case 'regionCode'}所属地区"
            + "{#case 'budgetMin'}预算下限"
            + "{#case 'budgetMax'}预算上限"
            + "{#case 'deadline'}截止时间"
            + "{#case 'cooperationModes'}合作方式"
            + "{#case 'demandId'}技术需求"
            + "{#case 'price'}揭榜报价"
            + "{#case 'planSummary'}揭榜方案"
            + "{#case 'durationMonths'}实施周期"
            + "{#case 'bidId'}揭榜方案"
            + "{#case 'resultId'}科技成果"
            + "{#case 'contractType'}合同类型"
            + "{#case 'buyer'}买方"
            + "{#case 'buyer.uscc'}买方统一社会信用代码"
            + "{#case 'buyer.name'}买方名称"
            + "{#case 'buyer.region'}买方所在地区"
            + "{#case 'external.uscc'}区外买方统一社会信用代码"
            + "{#case 'totalContractAmount'}成交总额"
            + "{#case 'signedOn'}签订日期"
            + "{#case 'nonTechnicalItems'}非技术性款项"
            + "{#case 'nonTechnicalItems.category'}非技术性款项类别"
            + "{#case 'nonTechnicalItems.description'}非技术性款项说明"
            + "{#case 'nonTechnicalItems.amount'}非技术性款项金额"
            + "{#case 'reason'}原因"
            + "{#case 'reasons'}补正原因"
            + "{#case 'uscc'}统一社会信用代码"
            + "{#case 'name'}名称"
            + "{#case 'nameEn'}英文名称"
            + "{#case 'kind'}类型"
            + "{#case 'region'}所在地区"
            + "{#case 'parentUscc'}上级单位"
            + "{#case 'number'}证书编号/入库编号"
            + "{#case 'validFrom'}有效期自"
            + "{#case 'validTo'}有效期至"
            // evaluation (issue 17)
            + "{#case 'scores'}评分"
            + "{#case 'scores.score'}评分"
            + "{#case 'comment'}评审意见"
            + "{#case 'departureReason'}未选排名第一的理由"
            + "{#case 'priceWeight'}价格权重"
            + "{#case 'criteria'}评审因素"
            + "{#case 'criteria.nameZh'}评审因素名称"
            + "{#case 'criteria.nameEn'}评审因素英文名称"
            + "{#case 'criteria.weight'}评审因素权重"
            + "{#case 'note'}说明"
            + "{#case 'size'}专家人数"
            + "{#case 'seed'}随机种子"
            + "{#case 'subject'}质疑事项"
            + "{#case 'grounds'}质疑理由"
            + "{#case 'action'}处理决定"
            + "{#else}{field}{/switch}")
    String label(String field);

    @Message("第 {row} 行")
    String row(int row);

    @Message("最多 {max} 字")
    String limit(int max);

    @Message("选择“面议”时请不要填写价格：清空价格，或取消“面议”。")
    String price_with_negotiable();

    @Message("保留已填写的内容并切换语言：")
    String keep_language();

    @Message("{#switch kind}"
            + "{#case 'saved'}已保存。"
            + "{#case 'submitted'}已提交审核，审核结果将在本页显示。"
            + "{#case 'approved'}已审核通过并发布。"
            + "{#case 'rejected'}已退回，退回原因已告知发布单位。"
            + "{#case 'withdrawn'}已撤回。"
            + "{#case 'closed'}需求已关闭。"
            + "{#case 'published'}已发榜。"
            + "{#case 'bid_submitted'}揭榜方案已密封提交，截止时间后需求单位方可查看。"
            + "{#case 'awarded'}已定榜。"
            + "{#case 'drafted'}合同草稿已起草，等待卖方提交认定登记。"
            + "{#case 'filing_drafted'}登记申请已保存为草稿：上传所需申请材料后即可提交认定登记。"
            + "{#case 'filed'}合同已提交认定登记。"
            + "{#case 'accepted'}已受理。"
            + "{#case 'registered'}已准予登记。"
            + "{#case 'returned'}已退回补正。"
            + "{#case 'announced'}已在公开门户发布。"
            + "{#case 'announcement_withdrawn'}已撤下，公开门户不再显示。"
            // 意向洽谈 (issue 18)
            + "{#case 'interest_sent'}意向已发送，对方将收到通知。"
            + "{#case 'message_sent'}留言已发送。"
            + "{#case 'contact_shared'}联系人已分享给洽谈各方。"
            + "{#case 'broker_invited'}已邀请经纪机构参与洽谈。"
            + "{#case 'interest_closed'}洽谈已结束。"
            + "{#case 'organisation_saved'}机构信息已保存。"
            + "{#case 'organisation_verified'}机构已核验，各业务系统随即采用其信息。"
            + "{#case 'organisation_suspended'}机构已停用。"
            + "{#case 'qualification_granted'}资质已授予。"
            + "{#case 'qualification_revoked'}资质已撤销。"
            + "{#case 'bank_account_verified'}结算账户已核验。"
            + "{#case 'registration_point_opened'}登记点已开放，可受理技术合同登记。"
            + "{#case 'registration_point_closed'}登记点已关闭。"
            + "{#case 'applied'}入驻申请已提交，等待所在地区的管理员核验。"
            + "{#case 'application_verified'}已核验通过：机构已发布，申请人成为其管理员。"
            + "{#case 'application_rejected'}已驳回，驳回原因已告知申请人。"
            + "{#case 'member_added'}已加入本机构；该用户重新登录后即以本机构身份操作。"
            + "{#case 'member_removed'}已移除；该用户重新登录后不再代表本机构。"
            + "{#case 'refused'}已决定不予登记。"
            + "{#case 'review_started'}已提请专家评审。"
            + "{#case 'assessed'}已核定。"
            + "{#case 'opinion_given'}评审意见已提交。"
            + "{#case 'amended'}已变更登记。"
            + "{#case 'deregistered'}已注销登记。"
            + "{#case 'objection_raised'}异议已提出。"
            + "{#case 'objection_resolved'}异议已处理。"
            + "{#case 'resubmitted'}已重新提交。"
            + "{#case 'attachment_uploaded'}附件已上传。"
            + "{#case 'attachment_deleted'}附件已删除。"
            + "{#case 'calendar_loaded'}工作日历已载入。"
            + "{#case 'claim_drafted'}补助申报已保存为草稿：上传付款凭证等证明材料后即可提交。"
            + "{#case 'claim_verified'}已初审通过，等待省级审批。"
            + "{#case 'claim_approved'}已核准，补助金额见本页。"
            + "{#case 'claim_rejected'}已决定不予支持，原因已告知申报单位。"
            + "{#case 'programme_opened'}补助项目已设立，本年度此前登记的合同已按其条款核算。"
            + "{#case 'target_set'}目标已设定，完成率按新目标计算。"
            + "{#case 'terms_version_added'}条款新版本已保存，自生效日起适用。"
            + "{#case 'budget_topped_up'}预算已追加，等待预算的补助已按先后顺序核定。"
            + "{#case 'programme_closed'}补助项目已关闭。"
            + "{#case 'programme_copied'}补助项目已复制到新的年度，请下达预算。"
            + "{#case 'bid_reconfirmed'}揭榜方案已按榜单当前版本重新确认，截止前仍密封。"
            + "{#case 'proposal_in_review'}已受理，榜单申报进入审核。"
            + "{#case 'challenge_cancelled'}已撤榜，撤榜原因已告知相关单位。"
            + "{#case 'challenge_revised'}榜单已修改为新版本，已提交的揭榜方案须重新确认。"
            + "{#case 'challenge_added'}榜单已加入批次。"
            + "{#case 'call_published'}榜单批次及其中的榜单已发布。"
            // bid documents, 揭榜协议 and milestones (issue 17, P3)
            + "{#case 'bid_document_uploaded'}附件已上传，截止前仍密封。"
            + "{#case 'bid_document_deleted'}附件已删除。"
            + "{#case 'agreement_saved'}协议条款已保存为新的修订版本，双方均需重新确认。"
            + "{#case 'agreement_confirmed'}已确认协议条款；双方均确认后协议生效。"
            + "{#case 'milestone_reported'}里程碑已报告，等待专家检查和验收。"
            + "{#case 'milestone_checked'}专家检查意见已记录。"
            + "{#case 'milestone_accepted'}里程碑已验收，省级支持资金将按本里程碑金额拨付。"
            + "{#case 'milestone_returned'}里程碑已退回揭榜方，并附退回原因。"
            + "{#case 'agreement_terminated'}项目已终止，未验收里程碑的支持资金不再拨付。"
            // evaluation (issue 17)
            + "{#case 'scored'}评分已提交，不能修改；全部专家评完后公布排名。"
            + "{#case 'qualification_opened'}资格审查已开始。"
            + "{#case 'bid_decided'}已记录该方案的资格审查结论。"
            + "{#case 'challenge_failed'}已流标。"
            + "{#case 'panel_drawn'}评审专家已抽取，评审开始。"
            + "{#case 'complaint_filed'}质疑已提交，处理结果将在本页显示；质疑期间暂停定榜。"
            + "{#case 'complaint_withdrawn'}质疑已撤回。"
            + "{#case 'complaint_decided'}已记录质疑处理决定。"
            + "{#else}{kind}{/switch}")
    String flash(String kind);

    @Message("{#switch action}"
            + "{#case 'submit'}提交审核"
            + "{#case 'approve'}审核通过并发布"
            + "{#case 'reject'}退回"
            + "{#case 'withdraw'}撤回成果"
            + "{#case 'close'}关闭需求"
            + "{#case 'publish'}发榜"
            + "{#case 'bid'}提交揭榜方案"
            + "{#case 'award'}定榜"
            + "{#case 'redeem'}兑付创新券"
            + "{#case 'file'}提交认定登记"
            + "{#case 'accept'}受理"
            + "{#case 'register'}准予登记"
            + "{#case 'return-for-correction'}退回补正"
            + "{#case 'verify-organisation'}核验机构"
            + "{#case 'suspend-organisation'}停用机构"
            + "{#case 'revoke-qualification'}撤销资质"
            + "{#case 'verify-bank-account'}核验结算账户"
            + "{#case 'open-registration-point'}开放登记点"
            + "{#case 'close-registration-point'}关闭登记点"
            + "{#case 'verify-application'}核验通过"
            + "{#case 'reject-application'}驳回申请"
            + "{#case 'remove-member'}移除成员"
            + "{#case 'refuse'}不予登记"
            + "{#case 'start-review'}提请专家评审"
            + "{#case 'amend'}变更登记"
            + "{#case 'deregister'}注销登记"
            + "{#case 'resolve-objection'}处理异议"
            + "{#case 'resubmit'}重新提交"
            + "{#case 'delete-attachment'}删除附件"
            + "{#case 'load-calendar'}载入工作日历"
            + "{#case 'submit-claim'}提交补助申报"
            + "{#case 'verify-claim'}初审通过"
            + "{#case 'approve-claim'}核准补助"
            + "{#case 'return-claim'}退回申报"
            + "{#case 'reject-claim'}不予支持"
            + "{#case 'top-up-budget'}追加预算"
            + "{#case 'close-programme'}关闭补助项目"
            + "{#case 'copy-programme'}复制到下一年度"
            + "{#case 'approve-batch'}审批拨付批次"
            + "{#case 'mark-batch-paid'}登记拨付"
            + "{#case 'record-repayment'}登记追回款退回"
            + "{#case 'withdraw-bid'}撤回揭榜方案"
            + "{#case 'reconfirm-bid'}重新确认揭榜方案"
            + "{#case 'cancel-challenge'}撤榜"
            + "{#case 'revise-challenge'}修改榜单（生成新版本）"
            + "{#case 'publish-call'}发布榜单批次"
            // bid documents, 揭榜协议 and milestones (issue 17, P3)
            + "{#case 'delete-bid-document'}删除方案附件"
            + "{#case 'confirm-agreement'}确认揭榜协议"
            + "{#case 'accept-milestone'}验收里程碑"
            + "{#case 'terminate-agreement'}终止项目"
            // evaluation (issue 17)
            + "{#case 'score'}提交评分"
            + "{#case 'fail-challenge'}流标"
            // 意向洽谈 (issue 18)
            + "{#case 'close-interest'}结束洽谈"
            + "{#case 'draw-panel'}抽取评审专家"
            + "{#case 'qualify-bid'}资格审查合格"
            + "{#case 'disqualify-bid'}资格审查不通过"
            + "{#case 'file-complaint'}提出质疑"
            + "{#case 'withdraw-complaint'}撤回质疑"
            + "{#case 'decide-complaint'}处理质疑"
            + "{#else}{action}{/switch}")
    String confirm_title(String action);

    @Message("{#switch action}"
            + "{#case 'submit'}提交后由所在地区的运营机构审核，审核期间不能修改。"
            + "{#case 'approve'}审核通过后立即在平台公开发布，所有访问者可见。"
            + "{#case 'reject'}将退回发布单位，并附上退回原因。"
            + "{#case 'withdraw'}撤回后成果从平台下架，不能恢复。"
            + "{#case 'close'}关闭后需求从平台下架、不再对接，不能恢复。"
            + "{#case 'publish'}发榜后榜单立即公开，揭榜单位可在截止时间前提交方案；发榜后不能修改。"
            + "{#case 'bid'}揭榜方案密封提交，截止时间前需求单位看不到；每个单位只能提交一次，提交后不能修改。"
            + "{#case 'award'}选中的揭榜方案中标，其余方案落选，并据此起草技术开发合同；定榜后不能撤销。"
            + "{#case 'redeem'}兑付后券款计入收款单位的应付补助，未用部分退回预算；兑付后不能撤销或重复兑付。"
            + "{#case 'file'}提交后由技术合同登记机构认定登记，期间不能修改。"
            + "{#case 'accept'}受理后进入认定登记审查。"
            + "{#case 'register'}准予登记后生成登记编号，并据技术交易额核算补助；不能撤销。"
            + "{#case 'return-for-correction'}合同将退回卖方补正，并附上补正原因。"
            + "{#case 'verify-organisation'}核验后机构信息即为全平台的依据，各业务系统据此判断主体、关联关系和补助。"
            + "{#case 'suspend-organisation'}停用后该机构的用户不能再办理业务，其登记点随之关闭；可重新核验恢复。"
            + "{#case 'revoke-qualification'}资质自今日起失效，依赖该资质的补助和登记随之停止；撤销不能恢复，只能重新授予。"
            + "{#case 'verify-bank-account'}核验后补助资金将付往此账户；账户修改后需重新核验。"
            + "{#case 'open-registration-point'}开放后该机构的登记员即可按登记点代码受理和登记技术合同。"
            + "{#case 'close-registration-point'}关闭后该登记点不再受理登记，登记点代码仍归其所有。"
            + "{#case 'verify-application'}机构即在全市场发布，申请人成为其管理员并以其身份操作；不能撤销。"
            + "{#case 'reject-application'}申请将被驳回，申请人可看到驳回原因并可重新申请。"
            + "{#case 'refuse'}合同不予登记并加盖“未予登记”，当事人将收到所选理由；不能撤销。"
            + "{#case 'start-review'}从专家库随机抽取与双方无关联的专家评审，审查时限改为较长期限；不能撤销。"
            + "{#case 'amend'}按变更后的事项重新登记（登记编号不变），补助随之重新核算；不能撤销。"
            + "{#case 'deregister'}登记被注销，已核算的补助随之冲回；不能撤销。"
            + "{#case 'resolve-objection'}异议处理结果将告知提出方；成立的异议需另行变更或注销登记。"
            + "{#case 'resubmit'}补正后的申请重新提交，审查时限重新起算。"
            + "{#case 'delete-attachment'}附件将从申请中删除。"
            + "{#case 'load-calendar'}该年度的节假日和调休日将被替换，期限按新日历计算。"
            + "{#case 'remove-member'}该用户将不再代表本机构（重新登录后生效）。"
            + "{#case 'submit-claim'}提交后由审核机关审核，审核期间不能修改；补助按审核通过时的凭证计算。"
            + "{#case 'verify-claim'}初审通过后转省级审批。"
            + "{#case 'approve-claim'}按凭证计算的补助金额计入预算支出并应付给申报单位（预算不足时待预算）；不能撤销。"
            + "{#case 'return-claim'}申报将退回申报单位修改，并附上退回原因。"
            + "{#case 'reject-claim'}申报不予支持，申报单位将收到原因；不能撤销。"
            + "{#case 'top-up-budget'}追加的预算记入台账（借：财政拨款，贷：预算），不能撤回；等待预算的补助随即按先后顺序核定。"
            + "{#case 'close-programme'}关闭后，此后登记的合同不再按本项目核算；已核定的补助和预算保留。不能重新开放。"
            + "{#case 'copy-programme'}按最新版本条款在下一年度设立同一项目，自该年度1月1日起执行，预算为零，需另行下达。"
            + "{#case 'approve-batch'}审批后可导出拨付文件交银行支付；批次中的补助如被冲销，需重新审批。"
            + "{#case 'mark-batch-paid'}按银行凭证登记拨付并记账，各收款单位将收到通知；不能撤销，也不能重复登记。"
            + "{#case 'record-repayment'}按凭证登记单位退回的追回款并记账；不能撤销。"
            + "{#case 'withdraw-bid'}撤回后方案不再参与揭榜，本单位也不能再对该榜揭榜；不能撤销。"
            + "{#case 'reconfirm-bid'}方案按榜单当前版本重新参与揭榜，截止前仍密封。"
            + "{#case 'cancel-challenge'}撤榜后不再接受揭榜，已提交的方案随之作废，各揭榜单位将收到撤榜原因；不能撤销。"
            + "{#case 'revise-challenge'}生成新版本并公开差异；已提交的揭榜方案全部失效，须重新确认；距截止不足 7 天的顺延至第 7 天。"
            + "{#case 'publish-call'}批次及其中的全部榜单立即公开发布，截止时间为批次的截止时间；发布后不能再加入榜单。"
            // bid documents, 揭榜协议 and milestones (issue 17, P3)
            + "{#case 'delete-bid-document'}附件从方案中删除，不能恢复。"
            + "{#case 'confirm-agreement'}确认本修订版本的全部条款；双方均确认后协议生效，登记机构据此起草技术合同，条款不能再修改。"
            + "{#case 'accept-milestone'}验收后按本里程碑金额拨付省级支持资金；不能撤销。"
            + "{#case 'terminate-agreement'}项目终止，未验收里程碑的支持资金不再拨付；不能撤销。"
            // evaluation (issue 17)
            + "{#case 'score'}评分提交后不能修改；全部专家评完前，其他专家看不到您的评分。"
            + "{#case 'fail-challenge'}榜单流标并通知各揭榜单位和需求方；不能撤销。"
            + "{#case 'close-interest'}洽谈结束后双方和经纪机构都不能再留言；不能重新打开，可对该成果或需求重新表达意向。"
            + "{#case 'draw-panel'}从专家库随机抽取与需求方、各合格揭榜单位均无关联的专家，评审随即开始；不能重新抽取。"
            + "{#case 'qualify-bid'}该方案进入评审；结论记录在案，不能修改。"
            + "{#case 'disqualify-bid'}该方案不再参与评审，揭榜单位将看到所选理由，并可在质疑期内提出质疑。"
            + "{#case 'file-complaint'}质疑提交后由运营机构处理；处理完毕前暂停定榜。"
            + "{#case 'withdraw-complaint'}撤回后不能恢复；质疑期内可另行提出。"
            + "{#case 'decide-complaint'}处理决定和理由将告知质疑单位；成立的质疑将恢复资格或重新评分。"
            + "{#else}{/switch}")
    String confirm_consequence(String action);

    /** Before the action's title on the button that does it: 确认提交审核. */
    @Message("确认")
    String confirm();

    @Message("取消")
    String cancel();

    @Message("返回，不执行")
    String confirm_back();

    @Message("请确认")
    String confirm_heading();

    @Message("大写")
    String in_words();

    @Message("原因")
    String fact_reason();

    @Message("补正原因")
    String fact_reasons();
}
