package gx.techmarket.portal.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import gx.techmarket.portal.notification.NotificationView;

/**
 * The texts of the notification centre and the announcements, zh-CN first; the English texts are in {@code
 * messages/notification_en.properties}. A notice's text is written here from its kind and arguments, in the user's
 * language (the service sends no text).
 */
@MessageBundle(value = "notification", locale = "zh-CN")
public interface NotificationMsg {

    @Message("消息中心")
    String centre_title();

    @Message("全部标为已读")
    String read_all();

    @Message("全部消息")
    String show_all();

    @Message("未读消息")
    String show_unread();

    @Message("暂无消息。")
    String none();

    @Message("未读")
    String unread();

    @Message("查看")
    String open();

    @Message("标为已读")
    String mark_read();

    @Message("截止 {when}")
    String due(String when);

    @Message("已撤回")
    String withdrawn();

    @Message("已发布")
    String published();

    @Message("发布通知公告或政策文件")
    String publish_title();

    @Message("类别")
    String field_kind();

    @Message("正文")
    String field_body();

    @Message("最多 {max} 个字。")
    String limit(int max);

    @Message("发布")
    String publish();

    @Message("撤回")
    String withdraw();

    @Message("确认撤回公告")
    String withdraw_title();

    @Message("撤回后，该公告将从公众页面移除，且不能恢复；如需再次公开，请重新发布。")
    String withdraw_consequence();

    @Message("确认撤回")
    String withdraw_confirm();

    @Message("取消")
    String cancel();

    @Message("已发布的公告")
    String all_announcements();

    @Message("发布时间")
    String published_at();

    @Message("{#switch n.kind}"
            + "{#case 'CONTRACT_DRAFTED'}{n.arg('counterparty')}以贵单位名义起草了技术合同《{n.arg('title')}》，请核对并提交登记。"
            + "{#case 'CONTRACT_RETURNED'}技术合同《{n.arg('title')}》被登记机构退回补正{#if n.arg('reasons')}：{n.arg('r"
            + "easons')}{/if}。"
            + "{#case 'CONTRACT_REGISTERED'}技术合同《{n.arg('title')}》已登记{#if n.arg('registrationNumber')}，登记"
            + "号 {n.arg('registrationNumber')}{/if}。"
            + "{#case 'CONTRACT_REFUSED'}技术合同《{n.arg('title')}》经登记机构审查不予登记（未予登记）{#if n.arg('explanat"
            + "ion')}：{n.arg('explanation')}{/if}。"
            + "{#case 'CONTRACT_AMENDED'}技术合同《{n.arg('title')}》已办理变更登记（第{n.arg('amendmentNumber')}次）{#if n"
            + ".arg('reason')}：{n.arg('reason')}{/if}。"
            + "{#case 'CONTRACT_DEREGISTERED'}技术合同《{n.arg('title')}》的登记已注销{#if n.arg('explanation')}：{n.arg('"
            + "explanation')}{/if}。"
            + "{#case 'CONTRACT_DEADLINE_APPROACHING'}技术合同《{n.arg('title')}》的认定登记办理期限将于 {n.arg('dueOn')} 届满"
            + "。"
            + "{#case 'CONTRACT_OVERDUE'}技术合同《{n.arg('title')}》的认定登记已超过办理期限（{n.arg('dueOn')}）。"
            + "{#case 'RESULT_PUBLISHED'}科技成果《{n.arg('title')}》已审核通过并发布。"
            + "{#case 'DEMAND_PUBLISHED'}技术需求《{n.arg('title')}》已审核通过并发布。"
            // the demand lifecycle completed (issue 18)
            + "{#case 'DEMAND_EXPIRED'}技术需求《{n.arg('title')}》已过截止日期（{n.arg('deadlineDate')}），已过期下架。"
            + "{#case 'DEMAND_MATCHED'}技术需求《{n.arg('title')}》已匹配：{#if n.arg('challengeId')}已据此发布揭榜挂帅榜单"
            + "{#else}已据此起草技术合同{/if}。"
            + "{#case 'CHALLENGE_PUBLISHED'}榜单《{n.arg('title')}》已发布，欢迎揭榜。"
            + "{#case 'CHALLENGE_DEADLINE_APPROACHING'}榜单《{n.arg('title')}》即将截止揭榜，请确认您的揭榜方案。"
            + "{#case 'CHALLENGE_AWARDED'}榜单《{n.arg('title')}》已定榜{#if n.arg('counterparty')}，中榜单位：{n.arg("
            + "'counterparty')}{/if}。"
            + "{#case 'SUBSIDY_GRANTED'}贵单位获得应享补助{#if n.amount} {n.amount} 元{/if}{#if n.arg('title')}（{n."
            + "arg('title')}）{/if}。"
            + "{#case 'CLAIM_APPROVED'}贵单位的补助申报（{n.arg('programme')} {n.arg('budgetYear')} 年度{#if n.arg("
            + "'registrationNumber')}，合同登记编号 {n.arg('registrationNumber')}{/if}）已核准{#if n.amount}，金额 "
            + "{n.amount} 元{/if}。"
            + "{#case 'CLAIM_RETURNED'}贵单位的补助申报（{n.arg('programme')} {n.arg('budgetYear')} 年度）已退回修改"
            + "{#if n.arg('reason')}：{n.arg('reason')}{/if}。"
            + "{#case 'CLAIM_REJECTED'}贵单位的补助申报（{n.arg('programme')} {n.arg('budgetYear')} 年度）不予支持"
            + "{#if n.arg('reason')}：{n.arg('reason')}{/if}。"
            + "{#case 'SUBSIDY_PAID'}补助已拨付{#if n.amount} {n.amount} 元{/if}（拨付批次 {n.arg('batchNumber')}，附言 "
            + "{n.arg('reference')}，{n.arg('paidOn')}）{#if n.arg('offset') != '0.00'}，其中抵扣应收追回款 "
            + "{n.arg('offset')} 元{/if}。"
            // 揭榜协议 (issue 17, bidding.agreement)
            + "{#case 'AGREEMENT_SIGNED'}榜单《{n.arg('title')}》的揭榜协议已与{n.arg('counterparty')}签订{#if n.amount}，自治区财政"
            + "支持 {n.amount} 元，分 {n.arg('milestones')} 个里程碑拨付{/if}。"
            + "{#case 'MILESTONE_ACCEPTED'}榜单《{n.arg('title')}》第 {n.arg('number')}/{n.arg('milestones')} 个里程碑“"
            + "{n.arg('milestone')}”已验收{#if n.amount}，拨付自治区财政支持 {n.amount} 元{/if}。"
            // 揭榜挂帅: edits, cancellation, 流标, complaints, terms, milestones sent back (issue 17)
            + "{#case 'BID_TO_RECONFIRM'}榜单《{n.arg('title')}》已修改为第 {n.arg('revision')} 版{#if n.arg('reason')}（"
            + "{n.arg('reason')}）{/if}，贵单位的揭榜方案已失效，请在 {n.due} 前按新版本重新确认{#if n.arg('deadlineMoved') == 'true'}"
            + "（截止时间已顺延）{/if}。"
            + "{#case 'CHALLENGE_CANCELLED'}榜单《{n.arg('title')}》已撤榜{#if n.arg('reason')}：{n.arg('reason')}{/if}。"
            + "{#case 'CHALLENGE_FAILED'}榜单《{n.arg('title')}》流标：{#if n.arg('reason') == 'NO_BIDS'}截止时无人揭榜"
            + "{#else}通过资格审查的揭榜方不足{/if}。"
            + "{#case 'COMPLAINT_FILED'}{n.arg('counterparty')}对榜单《{n.arg('title')}》的"
            + "{#if n.arg('subject') == 'QUALIFICATION'}资格审查结果{#else}评审排名{/if}提出质疑，质疑处理完毕前暂停定榜。"
            + "{#case 'COMPLAINT_DECIDED'}贵单位对榜单《{n.arg('title')}》的质疑：{#switch n.arg('decision')}"
            + "{#case 'ACCEPTED_FOR_REVIEW'}已受理{#case 'REJECTED'}不予受理{#case 'SATISFIED'}质疑成立"
            + "{#case 'DISMISSED'}质疑不成立{#else}{n.arg('decision')}{/switch}{#if n.arg('reason')}，理由：{n.arg('reason')}"
            + "{/if}。"
            + "{#case 'AGREEMENT_TO_CONFIRM'}{n.arg('counterparty')}拟定了榜单《{n.arg('title')}》的揭榜协议条款（第 "
            + "{n.arg('revision')} 版{#if n.amount}，自治区财政支持 {n.amount} 元{/if}），请核对并确认。"
            + "{#case 'MILESTONE_RETURNED'}榜单《{n.arg('title')}》第 {n.arg('number')}/{n.arg('milestones')} 个里程碑“"
            + "{n.arg('milestone')}”被退回{#if n.arg('reason')}：{n.arg('reason')}{/if}，请修改后重新报告。"
            // 意向洽谈 (issue 18, matching)
            + "{#case 'INTEREST_RECEIVED'}{n.arg('counterparty')}对您单位发布的"
            + "{#if n.arg('listingKind') == 'DEMAND'}技术需求{#else}科技成果{/if}表达了合作意向，请查看并回复。"
            + "{#case 'INTEREST_ANSWERED'}{n.arg('counterparty')}回复了您单位的合作意向。"
            + "{#case 'BROKER_INVITED'}{n.arg('counterparty')}邀请您的机构参与与{n.arg('otherParty')}的意向洽谈。"
            // 匹配推荐 (issue 18, matching)
            + "{#case 'MATCHES_FOUND'}市场为{#if n.arg('listingKind') == 'DEMAND'}技术需求{#else}科技成果{/if}“{n.arg('title')}”"
            + "推荐了 {n.arg('count')} 项匹配的{#if n.arg('listingKind') == 'DEMAND'}科技成果{#else}技术需求{/if}，"
            + "最匹配的是“{n.arg('best')}”。"
            + "{#else}{n.kind}：{n.arg('title')}{/switch}")
    String text(NotificationView n);
}
