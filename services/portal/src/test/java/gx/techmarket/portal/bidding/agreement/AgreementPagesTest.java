package gx.techmarket.portal.bidding.agreement;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.bidding.bid.BidderFixtures;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 揭榜协议 and milestones in the portal: the terms written as the service takes them (errors next to their milestone
 * row), the confirmation of the revision read with the amounts in 大写, the signed agreement's contract, the
 * milestones' report, check, acceptance and sending back, the termination, each shown only when offered; the
 * challenge page's summary. Against a stubbed bidding service.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AgreementPagesTest extends PortalTest {

    private static final String PAGE = "/challenges/" + Fixtures.CHALLENGE_ID + "/agreement";
    private static final String API = "/bidding/challenges/" + Fixtures.CHALLENGE_ID + "/agreement";
    private static final String[] NONE = {};

    @Test
    void shouldOfferTheWinnerToDraftTheTermsWithTheCallsSupportShare() {
        stubs.json("GET", API, 200, BidderFixtures.notDrafted("draft"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"NOT_DRAFTED\"", "广西桂糖集团有限公司", "广西大学", "20%",
                "data-testid=\"agreement-form\"", "data-testid=\"ms-title-2\"");
        assertThat(page.body()).doesNotContain("data-testid=\"agreement-confirm-form\"",
                "data-testid=\"agreement-contract-type-input\"");
    }

    @Test
    void shouldSendTheTermsAsTypedAndSkipEmptyRows() {
        stubs.json("GET", API, 200, BidderFixtures.notDrafted("draft"));
        stubs.json("PUT", API, 200, BidderFixtures.agreement("DRAFT", "PLANNED", NONE, "edit", "confirm"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(PAGE);

        Browser.Page saved = browser.post(PAGE, "totalInvestment", "300,000.00", "enterpriseShare", "200000",
                "bidderShare", "100000.00",
                "msTitle", "小试工艺验证", "msDeliverables", "小试报告", "msDueDate", "2027-06-30", "msSupport", "20000",
                "msTitle", "", "msDeliverables", "", "msDueDate", "", "msSupport", "",
                "msTitle", "中试线建成", "msDeliverables", "中试线验收报告", "msDueDate", "2028-06-30",
                "msSupport", "40000.00");

        assertThat(saved.body()).contains("data-testid=\"flash\"", "新的修订版本");
        assertThat(stubs.calls("PUT", API).get(0).body()).isEqualTo("{\"totalInvestment\":\"300000.00\","
                + "\"enterpriseShare\":\"200000\",\"bidderShare\":\"100000.00\",\"milestones\":["
                + "{\"title\":\"小试工艺验证\",\"deliverables\":\"小试报告\",\"dueDate\":\"2027-06-30\",\"supportAmount\":\"20000\"},"
                + "{\"title\":\"中试线建成\",\"deliverables\":\"中试线验收报告\",\"dueDate\":\"2028-06-30\",\"supportAmount\":\"40000.00\"}]}");
    }

    @Test
    void shouldShowTheServicesErrorNextToTheRowTypedAndKeepTheForm() {
        stubs.json("GET", API, 200, BidderFixtures.notDrafted("draft"));
        stubs.problem("PUT", API, 400, """
                {"status":400,"code":"MILESTONE_DUE_DATE_PASSED","title":"x","detail":"第 2 个里程碑的完成日期已过。",
                 "errors":[{"field":"milestones[1].dueDate","code":"MILESTONE_DUE_DATE_PASSED",
                 "message":"第 2 个里程碑的完成日期已过。"}]}""");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(PAGE);

        Browser.Page refused = browser.post(PAGE, "totalInvestment", "300000.00", "enterpriseShare", "200000.00",
                "bidderShare", "100000.00",
                "msTitle", "小试", "msDeliverables", "报告", "msDueDate", "2027-06-30", "msSupport", "20000.00",
                "msTitle", "", "msDeliverables", "", "msDueDate", "", "msSupport", "",
                "msTitle", "中试", "msDeliverables", "验收报告", "msDueDate", "2020-01-01", "msSupport", "40000.00");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-milestones[2].dueDate\"", "完成日期已过",
                "id=\"milestones-2-dueDate\" name=\"msDueDate\" value=\"2020-01-01\"");
    }

    @Test
    void shouldCheckTheFormBeforeCallingTheService() {
        stubs.json("GET", API, 200, BidderFixtures.notDrafted("draft"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(PAGE);

        Browser.Page refused = browser.post(PAGE, "totalInvestment", "300000.001", "enterpriseShare", "-1",
                "bidderShare", "", "msTitle", "小试", "msDeliverables", "", "msDueDate", "明年", "msSupport", "1");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-totalInvestment\"",
                "data-testid=\"error-enterpriseShare\"", "data-testid=\"error-bidderShare\"",
                "data-testid=\"error-milestones[0].deliverables\"", "data-testid=\"error-milestones[0].dueDate\"");
        assertThat(stubs.calls("PUT", API)).isEmpty();
    }

    @Test
    void shouldConfirmTheRevisionReadOnlyOnceConfirmedWithTheAmountsInWords() {
        stubs.json("GET", API, 200, BidderFixtures.agreement("DRAFT", "PLANNED", NONE, "edit", "confirm"));
        stubs.json("POST", API + "/confirm", 200, BidderFixtures.agreement("DRAFT", "PLANNED", NONE, "edit"));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        assertThat(browser.get(PAGE).body()).contains("data-testid=\"agreement-confirm-form\"",
                "name=\"revision\" value=\"2\"", "60,000.00 元", "20,000.00 元");

        Browser.Page confirm = browser.post(PAGE + "/confirm", "revision", "2");
        assertThat(confirm.body()).contains("data-action=\"confirm-agreement\"", "叁拾万元整", "陆万元整");
        assertThat(stubs.calls("POST", API + "/confirm")).isEmpty();

        Browser.Page done = browser.post(PAGE + "/confirm", "revision", "2", "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"", "已确认协议条款");
        assertThat(stubs.calls("POST", API + "/confirm").get(0).body()).isEqualTo("{\"revision\":2}");
    }

    @Test
    void shouldLinkTheContractTheRegistryDraftedFromTheSignedAgreement() {
        stubs.json("GET", API, 200, BidderFixtures.agreement("SIGNED", "PLANNED", new String[] {"report"}));
        stubs.json("GET", "/registry/contracts/mine", 200, Fixtures.page(
                Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR).replace("\"challengeId\":null",
                        "\"challengeId\":\"" + Fixtures.CHALLENGE_ID + "\"")));
        stubs.json("POST", API + "/milestones/1/report", 200,
                BidderFixtures.agreement("SIGNED", "REPORTED", NONE));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);
        assertThat(page.body()).contains("data-status=\"SIGNED\"", "data-testid=\"milestone-report-form\"",
                "href=\"/contracts/" + Fixtures.CONTRACT_ID + "\"");
        assertThat(page.body()).doesNotContain("data-testid=\"agreement-form\"", "data-testid=\"milestone-accept-form\"");

        Browser.Page empty = browser.post(PAGE + "/milestones/1/report", "summary", " ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("data-testid=\"error-summary\"");
        assertThat(stubs.calls("POST", API + "/milestones/1/report")).isEmpty();

        Browser.Page reported = browser.post(PAGE + "/milestones/1/report", "summary", "小试完成。");
        assertThat(reported.body()).contains("data-testid=\"flash\"", "里程碑已报告");
        assertThat(stubs.calls("POST", API + "/milestones/1/report").get(0).body())
                .isEqualTo("{\"summary\":\"小试完成。\"}");
    }

    @Test
    void shouldLetTheOperatorCheckAcceptOnceConfirmedOrSendBackAMilestone() {
        stubs.json("GET", API, 200, BidderFixtures.agreement("SIGNED", "REPORTED",
                new String[] {"check", "accept", "send-back"}, "terminate"));
        stubs.json("POST", API + "/milestones/1/check", 200, BidderFixtures.agreement("SIGNED", "CHECKED", NONE));
        stubs.json("POST", API + "/milestones/1/accept", 200, BidderFixtures.agreement("SIGNED", "ACCEPTED", NONE));
        stubs.json("POST", API + "/milestones/1/send-back", 200,
                BidderFixtures.agreement("SIGNED", "RETURNED", NONE));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get(PAGE);
        assertThat(page.body()).contains("data-testid=\"milestone-check-form\"", "data-testid=\"milestone-accept-form\"",
                "data-testid=\"milestone-send-back-form\"", "data-testid=\"agreement-terminate-form\"",
                "小试完成，余热回收率达到设计值。");
        assertThat(page.body()).doesNotContain("data-testid=\"milestone-report-form\"");

        browser.post(PAGE + "/milestones/1/check", "opinion", "同意验收。");
        assertThat(stubs.calls("POST", API + "/milestones/1/check").get(0).body())
                .isEqualTo("{\"opinion\":\"同意验收。\"}");

        Browser.Page confirm = browser.post(PAGE + "/milestones/1/accept");
        assertThat(confirm.body()).contains("data-action=\"accept-milestone\"", "贰万元整");
        assertThat(stubs.calls("POST", API + "/milestones/1/accept")).isEmpty();
        Browser.Page accepted = browser.post(PAGE + "/milestones/1/accept", "confirmed", "yes");
        assertThat(accepted.body()).contains("里程碑已验收");
        assertThat(stubs.calls("POST", API + "/milestones/1/accept")).hasSize(1);

        browser.post(PAGE + "/milestones/1/send-back", "reason", "交付成果不全。");
        assertThat(stubs.calls("POST", API + "/milestones/1/send-back").get(0).body())
                .isEqualTo("{\"reason\":\"交付成果不全。\"}");
    }

    @Test
    void shouldTerminateOnlyWithAReasonAndOnceConfirmed() {
        stubs.json("GET", API, 200, BidderFixtures.agreement("SIGNED", "ACCEPTED", NONE, "terminate"));
        stubs.json("POST", API + "/terminate", 200, BidderFixtures.agreement("SIGNED", "ACCEPTED", NONE));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get(PAGE).body()).contains("data-testid=\"agreement-released\">20,000.00 元");

        Browser.Page missing = browser.post(PAGE + "/terminate", "terminationReason", "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("data-testid=\"error-terminationReason\"");

        Browser.Page confirm = browser.post(PAGE + "/terminate", "terminationReason", "揭榜方无法继续实施。");
        assertThat(confirm.body()).contains("data-action=\"terminate-agreement\"", "揭榜方无法继续实施。");
        assertThat(stubs.calls("POST", API + "/terminate")).isEmpty();

        browser.post(PAGE + "/terminate", "terminationReason", "揭榜方无法继续实施。", "confirmed", "yes");
        assertThat(stubs.calls("POST", API + "/terminate").get(0).body())
                .isEqualTo("{\"reason\":\"揭榜方无法继续实施。\"}");
    }

    @Test
    void shouldSummariseTheAgreementOnTheChallengePageForItsParties() {
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200,
                Fixtures.challenge("IN_PROGRESS", ENT_GXSUGAR));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID + "/bids", 200, Fixtures.page());
        stubs.json("GET", API, 200, BidderFixtures.agreement("SIGNED", "ACCEPTED", NONE));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page page = browser.get("/challenges/" + Fixtures.CHALLENGE_ID);

        assertThat(page.body()).contains("data-testid=\"agreement-section\"", "href=\"" + PAGE + "\"",
                "60,000.00 元");
    }

    @Test
    void shouldKeepTheReportTypedWhenTheServiceRefusesIt() {
        stubs.json("GET", API, 200, BidderFixtures.agreement("SIGNED", "PLANNED", new String[] {"report"}));
        stubs.problem("POST", API + "/milestones/1/report", 409, """
                {"status":409,"code":"MILESTONE_OUT_OF_ORDER","title":"x","detail":"请先完成上一个里程碑。"}""");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(PAGE);

        Browser.Page refused = browser.post(PAGE + "/milestones/1/report", "summary", "小试完成，报告见附件。");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("MILESTONE_OUT_OF_ORDER", ">小试完成，报告见附件。</textarea>");
    }

    @Test
    void shouldKeepTheAgreementFromOtherRoles() {
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        assertThat(browser.get(PAGE).status()).isEqualTo(403);
        assertThat(stubs.calls("GET", API)).isEmpty();
    }
}
