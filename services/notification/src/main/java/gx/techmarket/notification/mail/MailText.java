package gx.techmarket.notification.mail;

import gx.techmarket.platform.domain.MarketClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * The subject and body of a notice's mail, in Chinese and in English in one message (the reader's language first;
 * Chinese when it is not English), times in China time. Plain text: a mail client shows it as written.
 *
 * @param subject the subject line
 * @param body    the body, ending with the link to the subject in the portal
 */
public record MailText(String subject, String body) {

    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketClock.CHINA);
    private static final String MARKET_ZH = "广西网上技术市场";
    private static final String MARKET_EN = "Guangxi Online Technology Market";

    public MailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The mail of a notice of {@code kind} with its {@code args}; {@code url} is the subject's page in the portal,
     * {@code deadline} the one the notice carries.
     */
    public static MailText of(String kind, Map<String, String> args, String url, Instant deadline, String locale) {
        String title = args.getOrDefault("title", "");
        String when = deadline == null ? "" : CHINA_TIME.format(deadline);
        String zhSubject;
        String zh;
        String enSubject;
        String en;
        switch (kind) {
            case "CHALLENGE_DEADLINE_APPROACHING" -> {
                zhSubject = "榜单即将截止：" + title;
                zh = "您单位发布的揭榜挂帅榜单「" + title + "」将于 " + when + "（北京时间）截止揭榜。截止后请及时评审并定榜。";
                enSubject = "Challenge closing soon: " + title;
                en = "The challenge \"" + title + "\" of your organisation stops taking bids on " + when
                        + " (China time). Please review the bids and award it after the deadline.";
            }
            case "BID_TO_RECONFIRM" -> {
                boolean moved = Boolean.parseBoolean(args.getOrDefault("deadlineMoved", "false"));
                String reason = args.getOrDefault("reason", "");
                zhSubject = "榜单已修改，请重新确认揭榜：" + title;
                zh = "揭榜挂帅榜单「" + title + "」已修改为第 " + args.getOrDefault("revision", "") + " 版（修改理由："
                        + reason + "），您单位的揭榜申请已失效。请于 " + when + "（北京时间）前按新版本重新确认"
                        + (moved ? "；因修改后距截止不足 7 天，截止时间已顺延" : "") + "。逾期未确认的揭榜申请将不予通过资格审查。";
                enSubject = "Challenge revised, reconfirm your bid: " + title;
                en = "The challenge \"" + title + "\" was revised to version " + args.getOrDefault("revision", "")
                        + " (reason: " + reason + ") and your organisation's bid is invalidated. Please reconfirm it on "
                        + "the new version by " + when + " (China time)"
                        + (moved ? "; the deadline moved, since fewer than 7 days were left after the edit" : "")
                        + ". A bid not reconfirmed by then does not pass the qualification.";
            }
            case "CONTRACT_RETURNED" -> {
                String reasons = args.getOrDefault("reasons", "");
                zhSubject = "技术合同退回补正：" + title;
                zh = args.getOrDefault("registrationPoint", "登记机构") + "将技术合同「" + title + "」退回补正"
                        + (deadline == null ? "" : "，请于 " + when + "（北京时间）前补正后重新提交")
                        + "。退回理由：\n" + reasons;
                enSubject = "Contract returned for correction: " + title;
                en = "The registration point returned the contract \"" + title + "\" for correction"
                        + (deadline == null ? "" : "; please correct and file it again by " + when + " (China time)")
                        + ". Reasons:\n" + reasons;
            }
            case "CONTRACT_DEADLINE_APPROACHING", "CONTRACT_OVERDUE" -> {
                // the registration point's deadline is a China date (its last working day), not an instant
                String dueOn = args.getOrDefault("dueOn", "");
                String point = args.getOrDefault("registrationPoint", "");
                boolean provisional = Boolean.parseBoolean(args.getOrDefault("provisional", "false"));
                String zhProvisional = provisional ? "（该年度节假日安排尚未公布，期限暂按周一至周五计算）" : "";
                String enProvisional = provisional
                        ? " (that year's public holidays are not published yet: the deadline counts Monday to Friday for now)"
                        : "";
                if (kind.equals("CONTRACT_OVERDUE")) {
                    zhSubject = "技术合同认定登记已逾期：" + title;
                    zh = "技术合同「" + title + "」在" + point + "的认定登记办理期限（" + dueOn + "）已过，尚未办结"
                            + zhProvisional + "。";
                    enSubject = "Contract registration overdue: " + title;
                    en = "The registration of the contract \"" + title + "\" at " + point + " was due by " + dueOn
                            + " and is not finished" + enProvisional + ".";
                } else {
                    String left = args.getOrDefault("workingDaysLeft", "");
                    zhSubject = "技术合同认定登记期限临近：" + title;
                    zh = "技术合同「" + title + "」在" + point + "的认定登记办理期限至 " + dueOn + "（北京时间），还剩 " + left
                            + " 个工作日" + zhProvisional + "。";
                    enSubject = "Contract registration due soon: " + title;
                    en = "The registration of the contract \"" + title + "\" at " + point + " is due by " + dueOn
                            + " (China), " + left + " working day(s) left" + enProvisional + ".";
                }
            }
            default -> {
                zhSubject = "新通知：" + title;
                zh = "您有一条新通知：" + title + (deadline == null ? "" : "，截止时间 " + when + "（北京时间）") + "。";
                enSubject = "New notice: " + title;
                en = "You have a new notice: " + title
                        + (deadline == null ? "" : ", due " + when + " (China time)") + ".";
            }
        }
        boolean englishFirst = locale != null && locale.toLowerCase(java.util.Locale.ROOT).startsWith("en");
        String zhPart = zh + "\n查看详情：" + url;
        String enPart = en + "\nDetails: " + url;
        String subject = englishFirst
                ? "[" + MARKET_EN + "] " + enSubject + " / " + zhSubject
                : "【" + MARKET_ZH + "】" + zhSubject + " / " + enSubject;
        String body = (englishFirst ? enPart + "\n\n" + zhPart : zhPart + "\n\n" + enPart)
                + "\n\n—— " + MARKET_ZH + " / " + MARKET_EN + "（本邮件由系统自动发送，请勿回复 / automatic message, please do not reply）\n";
        return new MailText(clip(subject, 400), body);
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
