package gx.techmarket.portal.bidding.evaluation;

import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.CHALLENGE;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.GXU_BID;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.ZJU_BID;
import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The operator's 资格审查 and 抽取专家 pages and the challenge page's evaluation part, against a stubbed bidding
 * service: only the offered actions, a disqualification with a reason from the list (errors next to the row's
 * inputs, nothing sent), every step confirmed first; the panel's seed, experts and who was avoided and why.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class QualificationPagesTest extends PortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BIDDING = "/bidding/challenges/" + CHALLENGE;

    @Test
    void shouldOfferTheOperatorOnlyTheListedDecisions() {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[0], "[\"qualify\",\"disqualify\"]"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get("/challenges/" + CHALLENGE + "/qualification");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"qualified-bid-row\" data-id=\"" + GXU_BID + "\"",
                "data-qualified=\"true\"", "action=\"/challenges/" + CHALLENGE + "/qualification/bids/" + ZJU_BID + "\"",
                "报价超出榜单预算", "data-confirm=\"confirm-disqualify-" + ZJU_BID + "\"")
                .doesNotContain("action=\"/challenges/" + CHALLENGE + "/qualification/bids/" + GXU_BID + "\"",
                        "data-testid=\"qualification-open\"", "data-testid=\"qualification-fail\"",
                        "data-testid=\"qualification-panel-link\"");
        assertThat(page.body().split("data-testid=\"disqualify-reason\"", -1)).hasSize(2);
    }

    @Test
    void shouldRefuseADisqualificationWithoutAReasonOrAnOtherWithoutANote() {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[0], "[\"qualify\",\"disqualify\"]"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE + "/qualification");
        String path = "/challenges/" + CHALLENGE + "/qualification/bids/" + ZJU_BID;

        Browser.Page noReason = browser.post(path, "qualified", "false", "reason", "", "confirmed", "yes");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("data-testid=\"error-reason\"", "id=\"reason\"");

        Browser.Page noNote = browser.post(path, "qualified", "false", "reason", "OTHER", "confirmed", "yes");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("data-testid=\"error-note\"", "<option value=\"OTHER\" selected>");
        assertThat(stubs.calls("POST", BIDDING + "/qualification/bids/" + ZJU_BID)).isEmpty();
    }

    @Test
    void shouldDisqualifyWithTheReasonAndNoteOnceConfirmed() throws Exception {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[0], "[\"qualify\",\"disqualify\"]"));
        stubs.json("POST", BIDDING + "/qualification/bids/" + ZJU_BID, 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[] {"panel"}, "[]"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE + "/qualification");
        String path = "/challenges/" + CHALLENGE + "/qualification/bids/" + ZJU_BID;

        Browser.Page confirm = browser.post(path, "qualified", "false", "reason", "PRICE_OVER_BUDGET", "note",
                "超出预算上限。");
        assertThat(confirm.body()).contains("data-action=\"disqualify-bid\"", "浙江大学", "报价超出榜单预算",
                "超出预算上限。", "data-testid=\"confirm-daxie\"");
        assertThat(stubs.calls("POST", BIDDING + "/qualification/bids/" + ZJU_BID)).isEmpty();

        Browser.Page done = browser.post(path, "qualified", "false", "reason", "PRICE_OVER_BUDGET", "note",
                "超出预算上限。", "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"");
        JsonNode sent = JSON.readTree(stubs.calls("POST", BIDDING + "/qualification/bids/" + ZJU_BID).get(0).body());
        assertThat(sent.get("qualified").asBoolean()).isFalse();
        assertThat(sent.get("reason").asText()).isEqualTo("PRICE_OVER_BUDGET");
        assertThat(sent.get("note").asText()).isEqualTo("超出预算上限。");
    }

    @Test
    void shouldOpenTheQualificationAndRecordAFailureOnlyOnceConfirmed() {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("CLOSED", new String[] {"open"}, "[]"));
        stubs.json("POST", BIDDING + "/qualification/open", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[0], "[]"));
        stubs.json("POST", BIDDING + "/qualification/fail", 200,
                EvaluationFixtures.qualification("FAILED", new String[0], "[]"));
        stubs.json("GET", BIDDING, 200, Fixtures.challenge("FAILED", ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/challenges/" + CHALLENGE + "/qualification").body())
                .contains("data-testid=\"qualification-open\"").doesNotContain("data-testid=\"qualification-fail\"");

        browser.post("/challenges/" + CHALLENGE + "/qualification/open");
        assertThat(stubs.calls("POST", BIDDING + "/qualification/open")).hasSize(1);

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE + "/qualification/fail");
        assertThat(confirm.body()).contains("data-action=\"fail-challenge\"");
        assertThat(stubs.calls("POST", BIDDING + "/qualification/fail")).isEmpty();
        browser.post("/challenges/" + CHALLENGE + "/qualification/fail", "confirmed", "yes");
        assertThat(stubs.calls("POST", BIDDING + "/qualification/fail")).hasSize(1);
    }

    @Test
    void shouldDrawThePanelWithItsSizeAndSeedOnceConfirmedAndShowWhoWasAvoided() throws Exception {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[] {"panel"}, "[]"));
        stubs.problem("GET", BIDDING + "/panel", 404, """
                {"status":404,"code":"PANEL_NOT_FOUND","title":"Not Found","detail":"尚未抽取评审专家。"}""");
        stubs.json("POST", BIDDING + "/panel", 200, EvaluationFixtures.panel());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/challenges/" + CHALLENGE + "/panel").body())
                .contains("data-testid=\"panel-form\"", "data-confirm=\"confirm-panel\"");

        Browser.Page bad = browser.post("/challenges/" + CHALLENGE + "/panel", "size", "4", "seed", "x1",
                "confirmed", "yes");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("data-testid=\"error-size\"", "data-testid=\"error-seed\"", "value=\"x1\"");
        assertThat(stubs.calls("POST", BIDDING + "/panel")).isEmpty();

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE + "/panel", "size", "3", "seed", "20261206");
        assertThat(confirm.body()).contains("data-action=\"draw-panel\"", "20261206");
        browser.post("/challenges/" + CHALLENGE + "/panel", "size", "3", "seed", "20261206", "confirmed", "yes");
        JsonNode sent = JSON.readTree(stubs.calls("POST", BIDDING + "/panel").get(0).body());
        assertThat(sent.get("size").asInt()).isEqualTo(3);
        assertThat(sent.get("seed").asLong()).isEqualTo(20261206L);

        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("EVALUATION", new String[0], "[]"));
        stubs.json("GET", BIDDING + "/panel", 200, EvaluationFixtures.panel());
        Browser.Page drawn = browser.get("/challenges/" + CHALLENGE + "/panel");
        assertThat(drawn.body()).contains("data-testid=\"panel-seed-used\">20261206<", "韦志强", "覃丽萍", "蒙海燕",
                "data-testid=\"panel-avoided-expert\"", "黎国平", "同一单位").doesNotContain("data-testid=\"panel-form\"");
    }

    @Test
    void shouldShowTheMethodAndTheEvaluationLinksOnTheChallengePage() {
        stubs.json("GET", BIDDING, 200, Fixtures.challenge("EVALUATION", ENT_GXSUGAR));
        stubs.json("GET", BIDDING + "/bids", 200, Fixtures.page(Fixtures.bid(UNI_GXU)));
        stubs.json("GET", BIDDING + "/evaluation-method", 200, EvaluationFixtures.method());
        stubs.json("GET", BIDDING + "/complaints", 200,
                "[" + EvaluationFixtures.complaint("ACCEPTED_FOR_REVIEW", "RANKING") + "]");
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get("/challenges/" + CHALLENGE);

        assertThat(page.body()).contains("data-testid=\"evaluation-section\"", "data-testid=\"method-criterion\"",
                "技术方案", "href=\"/challenges/" + CHALLENGE + "/qualification\"",
                "href=\"/challenges/" + CHALLENGE + "/panel\"", "href=\"/challenges/" + CHALLENGE + "/ranking\"",
                "data-testid=\"challenge-award-suspended\"").doesNotContain("data-testid=\"method-edit-link\"");
    }

    @Test
    void shouldKeepTheOperatorsPagesToOperators() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/challenges/" + CHALLENGE + "/panel").status()).isEqualTo(403);
    }
}
