package gx.techmarket.portal.bidding.evaluation;

import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.CHALLENGE;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.GXU_BID;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.ZJU_BID;
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
 * The ranking with every component and 定榜 from it, against a stubbed bidding service: the challenge page leads the
 * demander to the ranking; a bid that is not first needs a reason (the field's error, nothing sent); the award is
 * confirmed first with the amount in words; an open complaint suspends it.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RankingPagesTest extends PortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BIDDING = "/bidding/challenges/" + CHALLENGE;

    @Test
    void shouldShowEveryComponentOfTheRankingAndLeadTheDemanderThereFromTheChallenge() {
        stubs.json("GET", BIDDING, 200, Fixtures.challenge("EVALUATION", ENT_GXSUGAR, "award"));
        stubs.json("GET", BIDDING + "/bids", 200, Fixtures.page(Fixtures.bid(UNI_GXU)));
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null, "award"));
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        assertThat(browser.get("/challenges/" + CHALLENGE).body())
                .contains("href=\"/challenges/" + CHALLENGE + "/ranking\" data-testid=\"award-bid\"");
        Browser.Page ranking = browser.get("/challenges/" + CHALLENGE + "/ranking");

        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains("data-testid=\"ranked-row\" data-id=\"" + GXU_BID + "\" data-rank=\"1\"",
                "data-testid=\"ranked-row\" data-id=\"" + ZJU_BID + "\" data-rank=\"2\"", "92.11", "92.33", "89.67",
                "91.71", "84.80", "技术方案", "陆建华", "data-testid=\"ranking-award-form\"",
                "data-confirm=\"confirm-award-" + ZJU_BID + "\"", "src=\"/js/forms.js\"")
                .doesNotContain("data-testid=\"award-suspended\"");
        // only the second bid's form asks for a reason
        assertThat(ranking.body().split("data-testid=\"departure-reason\"", -1)).hasSize(2);
    }

    @Test
    void shouldRequireAReasonForABidThatIsNotFirstAndSendNothingWithoutIt() {
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null, "award"));
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/challenges/" + CHALLENGE + "/ranking");

        Browser.Page again = browser.post("/challenges/" + CHALLENGE + "/award", "bidId", ZJU_BID,
                "departureReason", " ", "confirmed", "yes");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-testid=\"error-departureReason\"", "未选排名第一",
                "id=\"departureReason\"");
        assertThat(stubs.calls("POST", BIDDING + "/award")).isEmpty();
    }

    @Test
    void shouldAwardTheChosenBidWithItsReasonOnceConfirmed() throws Exception {
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null, "award"));
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        stubs.json("POST", BIDDING + "/award", 200, EvaluationFixtures.ranking("AWARDED", ZJU_BID));
        stubs.json("GET", BIDDING, 200, Fixtures.challenge("AWARDED", ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/challenges/" + CHALLENGE + "/ranking");
        String reason = "浙江大学已有中试线，可提前一年完成工业示范。";

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE + "/award", "bidId", ZJU_BID,
                "departureReason", reason);
        assertThat(confirm.body()).contains("data-action=\"award\"", "浙江大学", "3,500,000.50 元",
                "data-testid=\"confirm-daxie\"", reason, "name=\"departureReason\" value=\"" + reason + "\"");
        assertThat(stubs.calls("POST", BIDDING + "/award")).isEmpty();

        Browser.Page done = browser.post("/challenges/" + CHALLENGE + "/award", "bidId", ZJU_BID,
                "departureReason", reason, "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"", "已定榜");
        JsonNode sent = JSON.readTree(stubs.calls("POST", BIDDING + "/award").get(0).body());
        assertThat(sent.get("bidId").asText()).isEqualTo(ZJU_BID);
        assertThat(sent.get("departureReason").asText()).isEqualTo(reason);
    }

    @Test
    void shouldShowTheServicesRefusalOfTheAward() {
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null, "award"));
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        stubs.problem("POST", BIDDING + "/award", 409, """
                {"status":409,"code":"AWARD_SUSPENDED_BY_COMPLAINT","title":"Conflict","detail":"有未处理的质疑。"}""");
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/challenges/" + CHALLENGE + "/ranking");

        Browser.Page refused = browser.post("/challenges/" + CHALLENGE + "/award", "bidId", GXU_BID,
                "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"AWARD_SUSPENDED_BY_COMPLAINT\"");
    }

    @Test
    void shouldSayThatAnOpenComplaintSuspendsTheAward() {
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null));
        stubs.json("GET", BIDDING + "/complaints", 200,
                "[" + EvaluationFixtures.complaint("SUBMITTED", "RANKING") + "]");
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page ranking = browser.get("/challenges/" + CHALLENGE + "/ranking");

        assertThat(ranking.body()).contains("data-testid=\"award-suspended\"")
                .doesNotContain("data-testid=\"ranking-award-form\"");
    }

    @Test
    void shouldSayTheScoresAreSealedUntilEveryExpertScored() {
        stubs.problem("GET", BIDDING + "/ranking", 403, """
                {"status":403,"code":"SCORES_SEALED","title":"Forbidden","detail":"全部专家评分完成前不公布排名。"}""");
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page ranking = browser.get("/challenges/" + CHALLENGE + "/ranking");

        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains("data-code=\"SCORES_SEALED\"").doesNotContain("data-testid=\"ranked-row\"");
    }
}
