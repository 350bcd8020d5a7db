package gx.techmarket.portal.bidding.evaluation;

import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.CHALLENGE;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.GXU_BID;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.ZJU_BID;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 评审任务, the expert's scoring page, against a stubbed bidding service: the expert's challenges with the bids left,
 * the method and the qualified bids, one form per bid still offered, only the expert's own scores, the scores sent
 * once confirmed, errors next to their inputs with the form kept.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScoringPagesTest extends PortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCORING = "/bidding/challenges/" + CHALLENGE + "/scoring";
    static final String SCORES = "/bidding/challenges/" + CHALLENGE + "/bids/" + ZJU_BID + "/scores";

    @Test
    void shouldListTheChallengesOfTheExpertsPanelsWithTheBidsLeftAndATileOnTheHome() {
        stubs.json("GET", "/bidding/scoring", 200, EvaluationFixtures.assignments("EVALUATION", 1, 1, false, "score"));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);

        Browser.Page list = browser.get("/scoring");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("data-testid=\"assignment-row\" data-id=\"" + CHALLENGE + "\"",
                "href=\"/scoring/" + CHALLENGE + "\"", "甘蔗渣高值化利用揭榜", "data-testid=\"assignment-left\">1<",
                "评审中", "data-testid=\"pager-range\">1–1 / 1<", "data-testid=\"nav-scoring\"");
        Browser.Page home = browser.get("/home");
        assertThat(home.body()).contains("data-testid=\"scoring-tile\" data-count=\"1\"");
    }

    @Test
    void shouldShowTheMethodTheBidsAndOnlyTheExpertsOwnScoresWithAFormPerBidLeft() {
        stubs.json("GET", SCORING, 200, EvaluationFixtures.scoring(true, false));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);

        Browser.Page page = browser.get("/scoring/" + CHALLENGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"method-criterion\"", "技术方案", "团队能力",
                "data-testid=\"score-bid\" data-id=\"" + GXU_BID + "\"", "3,800,000.00 元", "蔗渣模压成型中试。",
                "李明", "data-testid=\"own-sheet\"", "95.00", "方案可行。",
                "action=\"/scoring/" + CHALLENGE + "/bids/" + ZJU_BID + "\"",
                "data-confirm=\"confirm-score-" + ZJU_BID + "\"", "data-testid=\"score-input-1\"",
                "src=\"/js/forms.js\"")
                .doesNotContain("action=\"/scoring/" + CHALLENGE + "/bids/" + GXU_BID + "\"",
                        "data-testid=\"ranking-link\"");
        assertThat(page.body().split("data-testid=\"score-form\"", -1)).hasSize(2);
    }

    @Test
    void shouldSendTheScoresOnlyOnceConfirmed() throws Exception {
        stubs.json("GET", SCORING, 200, EvaluationFixtures.scoring(true, false));
        stubs.json("POST", SCORES, 200, EvaluationFixtures.scoring(true, true));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        browser.get("/scoring/" + CHALLENGE);
        String path = "/scoring/" + CHALLENGE + "/bids/" + ZJU_BID;

        Browser.Page confirm = browser.post(path, "criterion", "1", "score", "88.5", "criterion", "2", "score", "90",
                "comment", "团队经验丰富。");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"", "data-action=\"score\"", "浙江大学",
                "88.5", "团队经验丰富。");
        assertThat(stubs.calls("POST", SCORES)).isEmpty();

        Browser.Page done = browser.post(path, "criterion", "1", "score", "88.5", "criterion", "2", "score", "90",
                "comment", "团队经验丰富。", "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"", "评分已提交");
        JsonNode sent = JSON.readTree(stubs.calls("POST", SCORES).get(0).body());
        assertThat(sent.get("scores").toString())
                .isEqualTo("[{\"criterion\":1,\"score\":88.5},{\"criterion\":2,\"score\":90}]");
        assertThat(sent.get("comment").asText()).isEqualTo("团队经验丰富。");
    }

    @Test
    void shouldKeepTheFormWithTheErrorsNextToTheInputs() {
        stubs.json("GET", SCORING, 200, EvaluationFixtures.scoring(true, false));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        browser.get("/scoring/" + CHALLENGE);

        Browser.Page again = browser.post("/scoring/" + CHALLENGE + "/bids/" + ZJU_BID, "criterion", "1", "score",
                "100.5", "criterion", "2", "score", "80", "comment", " ", "confirmed", "yes");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-testid=\"error-scores[0].score\"", "data-testid=\"error-comment\"",
                "id=\"scores-0-score\"", "value=\"100.5\"", "value=\"80\"");
        assertThat(stubs.calls("POST", SCORES)).isEmpty();
    }

    @Test
    void shouldShowTheServicesRefusalOnTheBidsForm() {
        stubs.json("GET", SCORING, 200, EvaluationFixtures.scoring(true, false));
        stubs.problem("POST", SCORES, 409, """
                {"status":409,"code":"ALREADY_SCORED","title":"Conflict","detail":"您已对浙江大学的方案评分。"}""");
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        browser.get("/scoring/" + CHALLENGE);

        Browser.Page refused = browser.post("/scoring/" + CHALLENGE + "/bids/" + ZJU_BID, "criterion", "1", "score",
                "70", "criterion", "2", "score", "75", "comment", "一般。", "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"ALREADY_SCORED\"", "您已对浙江大学的方案评分。");
    }

    @Test
    void shouldLinkToTheRankingOnceEveryExpertScored() {
        stubs.json("GET", SCORING, 200, EvaluationFixtures.scoring(true, true));
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);

        Browser.Page page = browser.get("/scoring/" + CHALLENGE);

        assertThat(page.body()).contains("data-testid=\"scoring-all-scored\"",
                "href=\"/challenges/" + CHALLENGE + "/ranking\"").doesNotContain("data-testid=\"score-form\"");
    }

    @Test
    void shouldSayWhenTheExpertIsNotOnThePanel() {
        stubs.problem("GET", SCORING, 403, """
                {"status":403,"code":"NOT_ON_PANEL","title":"Forbidden","detail":"您不是本榜评审专家组成员。"}""");
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);

        Browser.Page page = browser.get("/scoring/" + CHALLENGE);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("您不是本榜评审专家组成员。").doesNotContain("data-testid=\"score-form\"");
    }

    @Test
    void shouldKeepTheScoringPagesToExperts() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/scoring").status()).isEqualTo(403);
        assertThat(browser.get("/home").body()).doesNotContain("data-testid=\"scoring-tile\"");
    }
}
