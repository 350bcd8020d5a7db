package gx.techmarket.portal.bidding.call;

import static gx.techmarket.portal.bidding.call.OpsFixtures.CALL_ID;
import static gx.techmarket.portal.bidding.call.OpsFixtures.CHALLENGE_ID;
import static gx.techmarket.portal.bidding.call.OpsFixtures.DRAFT_ID;
import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 榜单批次 and the public front's calls: the operator creates a call with its terms (the portal's checks and the
 * service's answer next to the fields), adds drafts and publishes it once confirmed; anyone reads the published calls
 * and their challenges. Against a stubbed bidding service.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CallPagesTest extends PortalTest {

    @Test
    void shouldShowThePublishedCallsAndTheirChallengesToAnAnonymousVisitor() {
        stubs.json("GET", "/bidding/public/calls", 200, Fixtures.page(OpsFixtures.call("PUBLISHED")));
        stubs.json("GET", "/bidding/public/calls/" + CALL_ID, 200, OpsFixtures.call("PUBLISHED"));
        stubs.json("GET", "/bidding/public/calls/" + CALL_ID + "/challenges", 200,
                Fixtures.page(OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", "\"callId\":\"" + CALL_ID + "\"")));
        Browser visitor = Browser.open(portal);

        Browser.Page list = visitor.get("/market/calls");
        Browser.Page call = visitor.get("/market/calls/" + CALL_ID);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("data-testid=\"call-row\" data-id=\"" + CALL_ID + "\"",
                "2026年第二批揭榜挂帅榜单", "href=\"/market/calls/" + CALL_ID + "\"", "技术攻关类");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.body()).contains("data-testid=\"call-support-share\">12.5 %", "data-testid=\"call-minimum\">2",
                "5 天", "data-testid=\"public-challenge-row\" data-id=\"" + CHALLENGE_ID + "\"",
                "1,000,000.00 – 3,000,000.00 元", "2027-01-31 17:00");
        assertThat(stubs.calls("GET", "/bidding/public/calls").get(0).header("Authorization")).isNull();
    }

    @Test
    void shouldKeepTheCallFormWithItsErrorsAndSendNothing() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/calls/new").body()).contains("data-testid=\"call-form\"", "value=\"450000\"");

        Browser.Page page = browser.post("/calls", "title", "2026年第二批", "regionCode", "450000",
                "opensAt", "2026-12-10T09:00", "closesAt", "2026-12-01T09:00", "supportPercent", "60");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("截止时间须晚于开始时间。", "省级支持比例须大于 0 且不超过 50%。",
                "请至少选择一个榜单类别。", "value=\"2026年第二批\"", "value=\"60\"");
        assertThat(stubs.calls("POST", "/bidding/calls")).isEmpty();
    }

    @Test
    void shouldCreateACallWithItsTermsAsTheServiceReadsThem() {
        stubs.json("POST", "/bidding/calls", 201, OpsFixtures.call("DRAFT", "add-challenge"));
        stubs.json("GET", "/bidding/calls/" + CALL_ID, 200, OpsFixtures.call("DRAFT", "add-challenge"));
        stubs.json("GET", "/bidding/calls/" + CALL_ID + "/challenges", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/calls/new");

        Browser.Page page = browser.post("/calls", "title", "2026年第二批揭榜挂帅榜单", "regionCode", "450000",
                "kinds", "TECHNOLOGY_BREAKTHROUGH", "opensAt", "2026-12-01T08:00", "closesAt", "2027-01-31T17:00",
                "minimumQualifiedBids", "2", "supportPercent", "12.5", "complaintPeriodDays", "");

        assertThat(page.uri().getPath()).isEqualTo("/calls/" + CALL_ID);
        assertThat(page.body()).contains("data-testid=\"flash\"", "data-testid=\"call-add-section\"");
        assertThat(stubs.calls("POST", "/bidding/calls").get(0).body()).isEqualTo(
                "{\"title\":\"2026年第二批揭榜挂帅榜单\",\"regionCode\":\"450000\",\"kinds\":[\"TECHNOLOGY_BREAKTHROUGH\"],"
                        + "\"opensAt\":\"2026-12-01T00:00:00Z\",\"closesAt\":\"2027-01-31T09:00:00Z\","
                        + "\"minimumQualifiedBids\":2,\"supportShare\":\"0.125\",\"complaintPeriodDays\":null}");
    }

    @Test
    void shouldShowTheServicesRefusalOfACallNextToItsField() {
        stubs.problem("POST", "/bidding/calls", 400, Fixtures.problem(400, "SUPPORT_SHARE_ABOVE_LIMIT",
                "省级支持比例不能超过50%", "[{\"field\":\"supportShare\",\"message\":\"不能超过 0.50\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/calls/new");

        Browser.Page page = browser.post("/calls", "title", "第三批", "regionCode", "450000", "kinds",
                "RESULT_TRANSFORMATION", "opensAt", "2026-12-01T08:00", "closesAt", "2027-01-31T17:00",
                "supportPercent", "50");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("data-code=\"SUPPORT_SHARE_ABOVE_LIMIT\"", "不能超过 0.50",
                "value=\"第三批\"");
    }

    @Test
    void shouldAddADraftOfTheCallsKindsAndPublishOnlyOnceConfirmed() {
        stubs.json("GET", "/bidding/calls/" + CALL_ID, 200, OpsFixtures.call("DRAFT", "add-challenge", "publish"));
        stubs.json("GET", "/bidding/calls/" + CALL_ID + "/challenges", 200,
                Fixtures.page(OpsFixtures.challenge(CHALLENGE_ID, "DRAFT", "\"callId\":\"" + CALL_ID + "\"")));
        String operatorsDraft = OpsFixtures.challenge(DRAFT_ID, "DRAFT", null).replace("\"proposed\":true",
                "\"proposed\":false");
        String proposal = OpsFixtures.challenge("d4af0000-1111-4222-8333-000000000002", "DRAFT", null);
        stubs.json("GET", "/bidding/challenges/drafts", 200, Fixtures.page(operatorsDraft, proposal));
        stubs.json("POST", "/bidding/calls/" + CALL_ID + "/challenges", 200,
                OpsFixtures.challenge(DRAFT_ID, "DRAFT", null));
        stubs.json("POST", "/bidding/calls/" + CALL_ID + "/publish", 200, OpsFixtures.call("PUBLISHED"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page detail = browser.get("/calls/" + CALL_ID);
        assertThat(detail.body()).contains("<option value=\"" + DRAFT_ID + "\">",
                "data-confirm=\"confirm-publish-call\"", "data-testid=\"call-challenge-row\"");
        assertThat(detail.body()).doesNotContain("d4af0000-1111-4222-8333-000000000002");

        browser.post("/calls/" + CALL_ID + "/challenges", "challengeId", DRAFT_ID);
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/challenges").get(0).body())
                .isEqualTo("{\"challengeId\":\"" + DRAFT_ID + "\"}");

        Browser.Page confirm = browser.post("/calls/" + CALL_ID + "/publish");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"", "data-action=\"publish-call\"");
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/publish")).isEmpty();
        Browser.Page done = browser.post("/calls/" + CALL_ID + "/publish", "confirmed", "yes");
        assertThat(done.body()).contains("榜单批次及其中的榜单已发布。");
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/publish")).hasSize(1);
    }

    @Test
    void shouldMakeADraftFromAResultForTheCallAndAddIt() {
        stubs.json("GET", "/bidding/calls/" + CALL_ID, 200, OpsFixtures.call("DRAFT", "add-challenge"));
        stubs.json("GET", "/bidding/calls/" + CALL_ID + "/challenges", 200, Fixtures.page());
        stubs.json("GET", "/bidding/demands", 200, Fixtures.page(Fixtures.knownDemand(ENT_GXSUGAR, "challenge")));
        stubs.json("GET", "/catalogue/results", 200, Fixtures.page(Fixtures.result("PUBLISHED", UNI_GXU)));
        stubs.json("POST", "/bidding/challenges", 201, OpsFixtures.challenge(DRAFT_ID, "DRAFT", null));
        stubs.json("POST", "/bidding/calls/" + CALL_ID + "/challenges", 200,
                OpsFixtures.challenge(DRAFT_ID, "DRAFT", "\"callId\":\"" + CALL_ID + "\""));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page detail = browser.get("/calls/" + CALL_ID + "?resultQuery=%E8%B5%A4%E6%B3%A5");
        assertThat(detail.body()).contains("<option value=\"demand:" + Fixtures.DEMAND_ID + "\">",
                "<option value=\"result:" + Fixtures.RESULT_ID + "\">赤泥综合利用制备建材技术 — 广西大学</option>");
        assertThat(stubs.calls("GET", "/catalogue/results").get(0).query()).contains("q=%E8%B5%A4%E6%B3%A5");

        Browser.Page missing = browser.post("/calls/" + CALL_ID + "/new-challenge", "subject", "", "title", "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("请选择一个需求或成果。");
        assertThat(stubs.calls("POST", "/bidding/challenges")).isEmpty();

        browser.post("/calls/" + CALL_ID + "/new-challenge", "subject", "result:" + Fixtures.RESULT_ID, "title",
                "赤泥建材成果转化");
        assertThat(stubs.calls("POST", "/bidding/challenges").get(0).body()).isEqualTo(
                "{\"demandId\":null,\"resultId\":\"" + Fixtures.RESULT_ID + "\",\"regionCode\":\"450000\","
                        + "\"title\":\"赤泥建材成果转化\",\"deadline\":\"2027-01-31T09:00:00Z\"}");
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/challenges").get(0).body())
                .isEqualTo("{\"challengeId\":\"" + DRAFT_ID + "\"}");
    }

    @Test
    void shouldAskForADraftBeforeAddingOne() {
        stubs.json("GET", "/bidding/calls/" + CALL_ID, 200, OpsFixtures.call("DRAFT", "add-challenge"));
        stubs.json("GET", "/bidding/challenges/drafts", 200, Fixtures.page(OpsFixtures.challenge(DRAFT_ID, "DRAFT",
                null).replace("\"proposed\":true", "\"proposed\":false")));
        stubs.json("GET", "/bidding/calls/" + CALL_ID + "/challenges", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/calls/" + CALL_ID);

        Browser.Page page = browser.post("/calls/" + CALL_ID + "/challenges", "challengeId", "not-an-id");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("请选择一个待发布的榜单。");
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/challenges")).isEmpty();
    }

    @Test
    void shouldKeepCallManagementToOperators() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/calls").status()).isEqualTo(403);
        Browser enterprise = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        enterprise.get("/home");
        assertThat(enterprise.post("/calls/" + CALL_ID + "/publish", "confirmed", "yes").status()).isEqualTo(403);
        assertThat(stubs.calls("POST", "/bidding/calls/" + CALL_ID + "/publish")).isEmpty();
    }
}
