package gx.techmarket.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A notice's mail: Chinese first (English first for an English reader), times in China time, the portal link. */
class MailTextTest {

    static final Instant DEADLINE = Instant.parse("2026-10-15T10:00:00Z");
    static final String URL = "http://localhost:8080/challenges/9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31";

    @Test
    void aDeadlineReminderNamesTheChallengeAndItsDeadlineInChinaTimeInBothLanguages() {
        MailText text = MailText.of("CHALLENGE_DEADLINE_APPROACHING", Map.of("title", "赤泥综合利用技术攻关"), URL,
                DEADLINE, "zh-CN");

        assertThat(text.subject()).startsWith("【广西网上技术市场】榜单即将截止：赤泥综合利用技术攻关")
                .contains("Challenge closing soon: 赤泥综合利用技术攻关");
        // 10:00 UTC is 18:00 in China; never an ISO instant in a text people read
        assertThat(text.body()).contains("2026-10-15 18:00（北京时间）", "2026-10-15 18:00 (China time)", URL)
                .doesNotContain("T10:00");
        assertThat(text.body().indexOf("榜单")).isLessThan(text.body().indexOf("The challenge"));
    }

    @Test
    void anInvalidatedBidderIsToldToReconfirmByTheNewDeadlineAndWhyItMoved() {
        MailText text = MailText.of("BID_TO_RECONFIRM", Map.of("title", "赤泥综合利用技术攻关", "revision", "2",
                "deadlineMoved", "true", "reason", "补充攻关目标"), URL, DEADLINE, "zh-CN");

        assertThat(text.subject()).startsWith("【广西网上技术市场】榜单已修改，请重新确认揭榜：赤泥综合利用技术攻关")
                .contains("Challenge revised, reconfirm your bid");
        assertThat(text.body()).contains("第 2 版", "补充攻关目标", "2026-10-15 18:00（北京时间）前按新版本重新确认",
                "截止时间已顺延", "by 2026-10-15 18:00 (China time)", "the deadline moved", URL);
        assertThat(MailText.of("BID_TO_RECONFIRM", Map.of("title", "赤泥综合利用技术攻关", "revision", "3",
                "deadlineMoved", "false", "reason", "更正"), URL, DEADLINE, "zh-CN").body())
                .doesNotContain("顺延", "the deadline moved");
    }

    @Test
    void anEnglishReaderGetsEnglishFirst() {
        MailText text = MailText.of("CHALLENGE_DEADLINE_APPROACHING", Map.of("title", "赤泥综合利用技术攻关"), URL,
                DEADLINE, "en");
        assertThat(text.subject()).startsWith("[Guangxi Online Technology Market] Challenge closing soon");
        assertThat(text.body().indexOf("The challenge")).isLessThan(text.body().indexOf("榜单"));
    }

    @Test
    void aReturnedFilingListsTheReasons() {
        MailText text = MailText.of("CONTRACT_RETURNED", Map.of("title", "蔗渣技术许可合同",
                "registrationPoint", "南宁市技术合同登记站", "reasons", "缺少附件\n金额有误"), URL, DEADLINE, "zh-CN");
        assertThat(text.subject()).contains("技术合同退回补正：蔗渣技术许可合同");
        assertThat(text.body()).contains("南宁市技术合同登记站将技术合同「蔗渣技术许可合同」退回补正，请于 2026-10-15 18:00",
                "缺少附件\n金额有误");
    }

    @Test
    void aRegistrationDeadlineNamesTheContractThePointAndTheDueDateAndSaysWhenItIsProvisional() {
        Instant endOfDueDay = Instant.parse("2026-10-16T16:00:00Z");
        MailText soon = MailText.of("CONTRACT_DEADLINE_APPROACHING", Map.of("title", "蔗渣技术开发合同",
                "registrationPoint", "南宁市技术合同登记站", "dueOn", "2026-10-16", "workingDaysLeft", "2",
                "provisional", "false"), URL, endOfDueDay, "zh-CN");
        assertThat(soon.subject()).contains("技术合同认定登记期限临近：蔗渣技术开发合同", "Contract registration due soon");
        // the due date is a China date, not the instant the day ends (which would read 2026-10-17 00:00)
        assertThat(soon.body()).contains("在南宁市技术合同登记站的认定登记办理期限至 2026-10-16（北京时间），还剩 2 个工作日。",
                "due by 2026-10-16 (China), 2 working day(s) left.").doesNotContain("2026-10-17", "暂按");

        MailText overdue = MailText.of("CONTRACT_OVERDUE", Map.of("title", "蔗渣技术开发合同",
                "registrationPoint", "南宁市技术合同登记站", "dueOn", "2027-01-08", "workingDaysLeft", "0",
                "provisional", "true"), URL, endOfDueDay, "en");
        assertThat(overdue.subject()).startsWith("[Guangxi Online Technology Market] Contract registration overdue");
        assertThat(overdue.body()).contains("was due by 2027-01-08 and is not finished (that year's public holidays",
                "认定登记办理期限（2027-01-08）已过，尚未办结（该年度节假日安排尚未公布，期限暂按周一至周五计算）。");
    }
}
