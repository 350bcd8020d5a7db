package gx.techmarket.portal.bidding;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
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
 * 我的揭榜, the bidder's workbench of its bids: the consortium shown, each bid's status, only the actions the bidding
 * service offers, each confirmed before it is sent. Against a stubbed bidding service.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BidPagesTest extends PortalTest {

    static final String LED = "b1d00000-aaaa-4bbb-8ccc-0000000000a1";
    static final String JOINED = "b1d00000-aaaa-4bbb-8ccc-0000000000a2";
    static final String INVALIDATED = "b1d00000-aaaa-4bbb-8ccc-0000000000a3";

    @Test
    void shouldShowTheBidsOfTheOrganisationWithOnlyTheOfferedActions() {
        stubs.json("GET", "/bidding/bids/mine", 200, Fixtures.page(
                bid(LED, "SUBMITTED", "\"withdraw\",\"upload\""),
                bid(JOINED, "SUBMITTED", ""),
                bid(INVALIDATED, "INVALIDATED", "\"withdraw\",\"reconfirm\",\"upload\"")));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/bids/mine?status=SUBMITTED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"my-bid-row\" data-id=\"" + LED + "\"",
                "data-testid=\"my-bid-row\" data-id=\"" + JOINED + "\"", "广西科学院", "3,600,000.00 元",
                "已失效（待重新确认）", "action=\"/bids/" + LED + "/withdraw\"",
                "action=\"/bids/" + INVALIDATED + "/reconfirm\"", "<option value=\"SUBMITTED\" selected>");
        assertThat(page.body()).doesNotContain("action=\"/bids/" + JOINED + "/withdraw\"",
                "action=\"/bids/" + LED + "/reconfirm\"");
        assertThat(stubs.calls("GET", "/bidding/bids/mine")).anySatisfy(
                call -> assertThat(call.query()).contains("status=SUBMITTED"));
    }

    @Test
    void shouldWithdrawOnlyOnceConfirmedWithTheAmountInWords() {
        stubs.json("GET", "/bidding/bids/" + LED, 200, bid(LED, "SUBMITTED", "\"withdraw\""));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200,
                Fixtures.challenge("PUBLISHED", gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR));
        stubs.json("POST", "/bidding/bids/" + LED + "/withdraw", 200, bid(LED, "WITHDRAWN", ""));
        stubs.json("GET", "/bidding/bids/mine", 200, Fixtures.page(bid(LED, "SUBMITTED", "\"withdraw\"")));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/bids/mine").body()).contains("data-confirm=\"confirm-withdraw-" + LED + "\"");

        Browser.Page confirm = browser.post("/bids/" + LED + "/withdraw");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"", "data-action=\"withdraw-bid\"",
                "广西大学", "3,600,000.00 元", "data-testid=\"confirm-daxie\"");
        assertThat(stubs.calls("POST", "/bidding/bids/" + LED + "/withdraw")).isEmpty();

        Browser.Page done = browser.post("/bids/" + LED + "/withdraw", "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"", "已撤回");
        assertThat(stubs.calls("POST", "/bidding/bids/" + LED + "/withdraw")).hasSize(1);
    }

    @Test
    void shouldReconfirmOnTheVersionTheConfirmationShowed() {
        stubs.json("GET", "/bidding/bids/" + INVALIDATED, 200, bid(INVALIDATED, "INVALIDATED", "\"reconfirm\""));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200,
                Fixtures.challenge("PUBLISHED", gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR));
        stubs.json("POST", "/bidding/bids/" + INVALIDATED + "/reconfirm", 200, bid(INVALIDATED, "RECONFIRMED", ""));
        stubs.json("GET", "/bidding/bids/mine", 200,
                Fixtures.page(bid(INVALIDATED, "INVALIDATED", "\"reconfirm\"")));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/bids/mine");

        Browser.Page confirm = browser.post("/bids/" + INVALIDATED + "/reconfirm");
        assertThat(confirm.body()).contains("data-action=\"reconfirm-bid\"",
                "name=\"challengeVersion\" value=\"1\"");

        browser.post("/bids/" + INVALIDATED + "/reconfirm", "challengeVersion", "1", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/bids/" + INVALIDATED + "/reconfirm").get(0).body())
                .isEqualTo("{\"challengeVersion\":1}");
    }

    @Test
    void shouldKeepTheWorkbenchOfBidsToBidders() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/bids/mine").status()).isEqualTo(403);
    }

    static String bid(String id, String status, String actions) {
        return """
                {"id":"%s","challengeId":"%s","bidder":{"uscc":"124501004985024102","name":"广西大学",
                 "kind":"UNIVERSITY","region":"450100","parentUscc":null},
                 "members":[{"uscc":"12450000498598577K","name":"广西科学院","kind":"INSTITUTE","region":"450100"}],
                 "price":"3600000.00","planSummary":"联合体揭榜方案。","durationMonths":24,
                 "team":[{"name":"李明","title":"教授","role":"项目负责人"}],"status":"%s","challengeVersion":1,
                 "submittedBy":"uni.gxu","submittedAt":"2026-11-03T02:00:00Z","reconfirmedAt":null,
                 "withdrawnAt":null,"decidedAt":null,"version":0,"actions":[%s]}"""
                .formatted(id, Fixtures.CHALLENGE_ID, status, actions);
    }
}
