package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The notification centre and the operator's announcements, against a stubbed notification service. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NotificationCentreTest extends PortalTest {

    @Test
    void shouldShowTheUnreadCountInTheHeader() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", ServiceStubs.UNREAD_COUNT, 200, "{\"unread\":3}");

        Browser.Page home = browser.get("/home");

        assertThat(home.body()).contains("data-testid=\"unread-count\">3</span><span class=\"visually-hidden-heading\">条未读<");
    }

    @Test
    void shouldWriteEachNoticeFromItsKindInTheUsersLanguageWithItsDeadlineInChinaTime() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/notification/notifications", 200, Fixtures.page(Fixtures.notification("CONTRACT_RETURNED",
                false, "{\"title\":\"赤泥综合利用制备建材技术专利权转让合同\",\"reasons\":\"缺少技术交易额明细\"}",
                "2026-12-10T16:00:00Z")));

        Browser.Page chinese = browser.get("/notifications");
        Browser.Page english = browser.get("/notifications?lang=en");

        assertThat(chinese.body()).contains(
                "技术合同《赤泥综合利用制备建材技术专利权转让合同》被登记机构退回补正：缺少技术交易额明细。",
                "截止 2026-12-11 00:00", "action=\"/notifications/" + Fixtures.NOTIFICATION_ID + "/open\"",
                "data-testid=\"notification-read\"");
        assertThat(english.body()).contains("The registry returned the contract", "Due 2026-12-11 00:00");
    }

    @Test
    void shouldWriteTheNoticesOfAChallengesEditsComplaintsTermsAndMilestonesInBothLanguages() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/notification/notifications", 200, Fixtures.page(
                        Fixtures.notification("BID_TO_RECONFIRM", false, "{\"title\":\"高糖蔗渣制乙醇\",\"revision\":\"2\","
                                + "\"reason\":\"补充验收指标\",\"deadlineMoved\":\"true\"}", "2026-12-13T16:00:00Z"),
                        Fixtures.notification("CHALLENGE_FAILED", false,
                                "{\"title\":\"铝灰无害化\",\"reason\":\"TOO_FEW_QUALIFIED_BIDS\"}", null),
                        Fixtures.notification("COMPLAINT_DECIDED", false, "{\"title\":\"铝灰无害化\","
                                + "\"subject\":\"RANKING\",\"decision\":\"DISMISSED\",\"reason\":\"评分符合评审办法\"}", null),
                        Fixtures.notification("AGREEMENT_TO_CONFIRM", false, "{\"title\":\"高糖蔗渣制乙醇\","
                                + "\"counterparty\":\"广西桂糖集团有限公司\",\"revision\":\"3\",\"amount\":\"100000.00\"}", null),
                        Fixtures.notification("MILESTONE_RETURNED", false, "{\"title\":\"高糖蔗渣制乙醇\",\"number\":\"1\","
                                + "\"milestones\":\"3\",\"milestone\":\"中试\",\"reason\":\"缺少检测报告\"}", null)));

        Browser.Page chinese = browser.get("/notifications");
        Browser.Page english = browser.get("/notifications?lang=en");

        assertThat(chinese.body()).contains(
                "榜单《高糖蔗渣制乙醇》已修改为第 2 版（补充验收指标），贵单位的揭榜方案已失效，请在 2026-12-14 00:00 前按新版本重新确认（截止时间已顺延）。",
                "榜单《铝灰无害化》流标：通过资格审查的揭榜方不足。",
                "贵单位对榜单《铝灰无害化》的质疑：质疑不成立，理由：评分符合评审办法。",
                "广西桂糖集团有限公司拟定了榜单《高糖蔗渣制乙醇》的揭榜协议条款（第 3 版，自治区财政支持 100,000.00 元），请核对并确认。",
                "榜单《高糖蔗渣制乙醇》第 1/3 个里程碑“中试”被退回：缺少检测报告，请修改后重新报告。")
                .doesNotContain("BID_TO_RECONFIRM：", "MILESTONE_RETURNED：");
        assertThat(english.body()).contains("was revised to version 2 (补充验收指标)", "too few bids passed qualification",
                "dismissed; reasons: 评分符合评审办法", "100,000.00 yuan of provincial support",
                "was sent back: 缺少检测报告; correct it and report it again.");
    }

    @Test
    void shouldMarkANoticeReadWhenOpenedAndGoToItsSubject() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/notifications");
        stubs.json("POST", "/notification/notifications/" + Fixtures.NOTIFICATION_ID + "/read", 200,
                Fixtures.notification("CONTRACT_DRAFTED", true, "{}", null));
        stubs.json("GET", "/registry/contracts/" + Fixtures.CONTRACT_ID, 200,
                Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR, "submit"));

        Browser.Page opened = browser.post("/notifications/" + Fixtures.NOTIFICATION_ID + "/open");

        assertThat(stubs.calls("POST", "/notification/notifications/" + Fixtures.NOTIFICATION_ID + "/read"))
                .hasSize(1);
        assertThat(opened.uri().getPath()).isEqualTo("/contracts/" + Fixtures.CONTRACT_ID);
    }

    @Test
    void shouldLetTheOperatorPublishAnAnnouncement() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/announcements/manage");
        stubs.json("POST", "/notification/announcements", 201, Fixtures.announcement("POLICY", "PUBLISHED"));
        stubs.json("GET", "/notification/public/announcements/" + Fixtures.ANNOUNCEMENT_ID, 200,
                Fixtures.announcement("POLICY", "PUBLISHED"));

        Browser.Page published = browser.post("/announcements/manage", "kind", "POLICY", "title", "关于印发补助办法的通知",
                "body", "第一条 为促进科技成果转化……");

        assertThat(published.uri().getPath()).isEqualTo("/announcements/" + Fixtures.ANNOUNCEMENT_ID);
        assertThat(stubs.calls("POST", "/notification/announcements")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"kind\":\"POLICY\"",
                        "\"title\":\"关于印发补助办法的通知\""));
    }

    @Test
    void shouldRefuseAnEmptyAnnouncementBeforeCallingTheService() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/announcements/manage");

        Browser.Page refused = browser.post("/announcements/manage", "kind", "NOTICE", "title", "", "body", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-title\"", "data-testid=\"error-body\"");
        assertThat(stubs.calls("POST", "/notification/announcements")).isEmpty();
    }

    @Test
    void shouldConfirmAWithdrawalBeforeSendingIt() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.json("GET", "/notification/announcements", 200,
                Fixtures.page(Fixtures.announcement("NOTICE", "PUBLISHED", "withdraw")));
        stubs.json("GET", "/notification/public/announcements/" + Fixtures.ANNOUNCEMENT_ID, 200,
                Fixtures.announcement("NOTICE", "PUBLISHED", "withdraw"));
        stubs.json("POST", "/notification/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw", 200,
                Fixtures.announcement("NOTICE", "WITHDRAWN"));

        Browser.Page list = browser.get("/announcements/manage");
        Browser.Page confirm = browser.get("/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw");

        assertThat(list.body()).contains("href=\"/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw\" "
                + "data-testid=\"announcement-withdraw\"");
        assertThat(confirm.body()).contains("确认撤回公告", "不能恢复", "关于开展2026年度技术合同认定登记工作的通知",
                "data-testid=\"announcement-withdraw-confirm\"");
        assertThat(stubs.calls("POST", "/notification/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw"))
                .as("nothing withdrawn before the confirmation").isEmpty();

        Browser.Page done = browser.post("/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw");

        assertThat(done.uri().getPath()).isEqualTo("/announcements/manage");
        assertThat(stubs.calls("POST", "/notification/announcements/" + Fixtures.ANNOUNCEMENT_ID + "/withdraw"))
                .hasSize(1);
    }
}
