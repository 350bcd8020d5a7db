package gx.techmarket.portal.bidding.evaluation;

import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.CHALLENGE;
import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.COMPLAINT;
import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
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
 * 质疑 against a stubbed bidding service: a bidder files one about what the service offers it to contest
 * ({@code complain}), confirmed first, or withdraws it; the operator decides with one of the offered decisions and
 * its reasons (errors next to the inputs, nothing sent).
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ComplaintPagesTest extends PortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BIDDING = "/bidding/challenges/" + CHALLENGE;

    @Test
    void shouldLetABidderFileAComplaintAboutTheRankingOnceConfirmed() throws Exception {
        stubs.json("GET", BIDDING + "/complaints", 200, "[]");
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("EVALUATION", new String[0], "[]"));
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null, "complain"));
        stubs.json("POST", BIDDING + "/complaints", 201, EvaluationFixtures.complaint("SUBMITTED", "RANKING",
                "withdraw"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        Browser.Page page = browser.get("/challenges/" + CHALLENGE + "/complaints");
        assertThat(page.body()).contains("data-testid=\"complaint-file-form\"", "<option value=\"RANKING\"")
                .doesNotContain("<option value=\"QUALIFICATION\"");

        Browser.Page empty = browser.post("/challenges/" + CHALLENGE + "/complaints", "subject", "RANKING",
                "grounds", " ", "confirmed", "yes");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("data-testid=\"error-grounds\"");

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE + "/complaints", "subject", "RANKING",
                "grounds", "评分未考虑中试条件。");
        assertThat(confirm.body()).contains("data-action=\"file-complaint\"", "评审排名", "评分未考虑中试条件。");
        assertThat(stubs.calls("POST", BIDDING + "/complaints")).isEmpty();
        browser.post("/challenges/" + CHALLENGE + "/complaints", "subject", "RANKING", "grounds", "评分未考虑中试条件。",
                "confirmed", "yes");
        JsonNode sent = JSON.readTree(stubs.calls("POST", BIDDING + "/complaints").get(0).body());
        assertThat(sent.get("subject").asText()).isEqualTo("RANKING");
        assertThat(sent.get("grounds").asText()).isEqualTo("评分未考虑中试条件。");
    }

    @Test
    void shouldLeadABidderFromItsOwnDecidedBidToTheComplaints() {
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("QUALIFICATION", new String[0], "[\"complain\"]"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/challenges/" + CHALLENGE + "/qualification");

        assertThat(page.body()).contains("data-testid=\"qualified-bid-complain\"",
                "href=\"/challenges/" + CHALLENGE + "/complaints\"").doesNotContain("data-testid=\"qualify-form\"",
                "data-testid=\"disqualify-form\"");
    }

    @Test
    void shouldOfferNoFilingWhenTheServiceOffersNothingToContest() {
        stubs.json("GET", BIDDING + "/complaints", 200,
                "[" + EvaluationFixtures.complaint("SUBMITTED", "RANKING", "withdraw") + "]");
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("EVALUATION", new String[0], "[]"));
        stubs.json("GET", BIDDING + "/ranking", 200, EvaluationFixtures.ranking("EVALUATION", null));
        stubs.json("POST", "/bidding/complaints/" + COMPLAINT + "/withdraw", 200,
                EvaluationFixtures.complaint("WITHDRAWN", "RANKING"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/challenges/" + CHALLENGE + "/complaints");

        assertThat(page.body()).contains("data-testid=\"complaint\" data-id=\"" + COMPLAINT + "\"",
                "data-testid=\"complaint-withdraw\"").doesNotContain("data-testid=\"complaint-file-form\"",
                "data-testid=\"complaint-decision-form\"");
        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE + "/complaints/" + COMPLAINT + "/withdraw");
        assertThat(confirm.body()).contains("data-action=\"withdraw-complaint\"");
        browser.post("/challenges/" + CHALLENGE + "/complaints/" + COMPLAINT + "/withdraw", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/complaints/" + COMPLAINT + "/withdraw")).hasSize(1);
    }

    @Test
    void shouldLetTheOperatorDecideWithAnOfferedDecisionAndItsReasons() throws Exception {
        stubs.json("GET", BIDDING + "/complaints", 200,
                "[" + EvaluationFixtures.complaint("SUBMITTED", "RANKING", "accept", "reject") + "]");
        stubs.problem("GET", BIDDING + "/ranking", 403, """
                {"status":403,"code":"SCORES_SEALED","title":"Forbidden","detail":"未公布排名。"}""");
        stubs.json("GET", BIDDING + "/qualification", 200,
                EvaluationFixtures.qualification("EVALUATION", new String[0], "[]"));
        stubs.json("POST", "/bidding/complaints/" + COMPLAINT + "/decision", 200,
                EvaluationFixtures.complaint("ACCEPTED_FOR_REVIEW", "RANKING", "satisfy", "dismiss"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        Browser.Page page = browser.get("/challenges/" + CHALLENGE + "/complaints");
        assertThat(page.body()).contains("data-testid=\"complaint-action-accept\"",
                "data-testid=\"complaint-action-reject\"").doesNotContain("data-testid=\"complaint-action-satisfy\"",
                "data-testid=\"complaint-withdraw\"", "data-testid=\"complaint-file-form\"");
        String path = "/challenges/" + CHALLENGE + "/complaints/" + COMPLAINT + "/decision";

        Browser.Page noReason = browser.post(path, "action", "accept", "reason", "", "confirmed", "yes");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("data-testid=\"error-reason\"", "id=\"reason\"");
        assertThat(stubs.calls("POST", "/bidding/complaints/" + COMPLAINT + "/decision")).isEmpty();

        browser.post(path, "action", "accept", "reason", "质疑在期限内提出，予以受理。", "confirmed", "yes");
        JsonNode sent = JSON.readTree(stubs.calls("POST", "/bidding/complaints/" + COMPLAINT + "/decision").get(0)
                .body());
        assertThat(sent.get("action").asText()).isEqualTo("accept");
        assertThat(sent.get("reason").asText()).isEqualTo("质疑在期限内提出，予以受理。");
    }
}
