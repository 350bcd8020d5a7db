package gx.techmarket.portal.bidding.call;

import static gx.techmarket.portal.bidding.call.OpsFixtures.CHALLENGE_ID;


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
 * Proposals: an enterprise proposes a 技术攻关类 challenge from its own published demand, a university a 成果转化类 one
 * from its own result; the draft is edited and submitted; the operator takes it into review, approves it or returns
 * it with a reason. Every step only when the challenge's actions offer it, the irreversible ones confirmed first.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProposalPagesTest extends PortalTest {

    static final String DEMAND = Fixtures.demand("PUBLISHED", ENT_GXSUGAR);
    static final String RESULT = Fixtures.result("PUBLISHED", UNI_GXU);

    @Test
    void shouldOfferTheEnterprisesPublishedDemandsAndResults() {
        stubs.json("GET", "/demand/demands/mine", 200, Fixtures.page(DEMAND));
        stubs.json("GET", "/catalogue/results/mine", 200, Fixtures.page(Fixtures.result("PUBLISHED", ENT_GXSUGAR)));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page chosen = browser.get("/proposals/new?demandId=" + Fixtures.DEMAND_ID);
        Browser.Page open = browser.get("/proposals/new");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).contains(
                "<option value=\"" + Fixtures.DEMAND_ID + "\" selected>甘蔗渣高值化利用</option>",
                "data-testid=\"proposal-form\"");
        assertThat(chosen.body()).doesNotContain("data-testid=\"proposal-result\"");
        assertThat(open.body()).contains("data-testid=\"proposal-demand\"", "data-testid=\"proposal-result\"",
                "赤泥综合利用制备建材技术");
        assertThat(stubs.calls("GET", "/demand/demands/mine")).anySatisfy(
                call -> assertThat(call.query()).contains("status=PUBLISHED"));
    }

    @Test
    void shouldOfferAUniversityOnlyItsResults() {
        stubs.json("GET", "/catalogue/results/mine", 200, Fixtures.page(RESULT));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/proposals/new");

        assertThat(page.body()).contains("<option value=\"" + Fixtures.RESULT_ID + "\">赤泥综合利用制备建材技术</option>");
        assertThat(page.body()).doesNotContain("data-testid=\"proposal-demand\"");
        assertThat(stubs.calls("GET", "/demand/demands/mine")).isEmpty();
    }

    @Test
    void shouldKeepTheProposalWithItsErrorsAndSendNothing() {
        stubs.json("GET", "/demand/demands/mine", 200, Fixtures.page(DEMAND));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/proposals/new");

        Browser.Page page = browser.post("/proposals", "demandId", "", "resultId", "", "problem", "蔗渣纤维强度不足。",
                "goals", "", "budgetMin", "300.001", "budgetMax", "100", "durationMonths", "200", "deadline", "明天");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("请选择本单位已发布的需求或成果。", "实施周期为 1 至 120 个月。",
                "蔗渣纤维强度不足。", "value=\"300.001\"", "aria-invalid=\"true\"");
        assertThat(stubs.calls("POST", "/bidding/challenges/proposals")).isEmpty();
    }

    @Test
    void shouldProposeFromTheDemandAndShowTheDraft() {
        stubs.json("GET", "/demand/demands/mine", 200, Fixtures.page(DEMAND));
        stubs.json("POST", "/bidding/challenges/proposals", 201,
                OpsFixtures.challenge(CHALLENGE_ID, "DRAFT", null, "edit", "submit"));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "DRAFT", null, "edit", "submit"));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/proposals/new");

        Browser.Page page = browser.post("/proposals", "demandId", Fixtures.DEMAND_ID, "resultId", "", "title", "",
                "problem", "蔗渣纤维强度不足。", "goals", "拉伸强度提高30%。", "budgetMin", "1,000,000",
                "budgetMax", "3000000.00", "durationMonths", "24", "deadline", "2027-01-15T17:00");

        assertThat(page.uri().getPath()).isEqualTo("/challenges/" + CHALLENGE_ID);
        assertThat(stubs.calls("POST", "/bidding/challenges/proposals").get(0).body()).isEqualTo(
                "{\"demandId\":\"" + Fixtures.DEMAND_ID + "\",\"resultId\":null,\"title\":null,\"problem\":\"蔗渣纤维强度不足。\","
                        + "\"goals\":\"拉伸强度提高30%。\",\"budgetMin\":\"1000000\",\"budgetMax\":\"3000000.00\","
                        + "\"durationMonths\":24,\"deadline\":\"2027-01-15T09:00:00Z\"}");
        assertThat(page.body()).contains("data-testid=\"proposal-edit-link\"", "data-testid=\"proposal-submit-form\"",
                "蔗渣纤维强度不足。", "1,000,000.00 – 3,000,000.00 元");
        assertThat(page.body()).doesNotContain("data-testid=\"proposal-approve-form\"",
                "data-testid=\"challenge-revise-link\"");
    }

    @Test
    void shouldShowTheServicesRefusalOfAProposalNextToItsField() {
        stubs.json("GET", "/catalogue/results/mine", 200, Fixtures.page(RESULT));
        stubs.problem("POST", "/bidding/challenges/proposals", 409, Fixtures.problem(409,
                "RESULT_ALREADY_CHALLENGED", "该成果已有榜单", "[{\"field\":\"resultId\",\"message\":\"该成果已有榜单\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/proposals/new");

        Browser.Page page = browser.post("/proposals", "resultId", Fixtures.RESULT_ID, "problem", "转化", "goals", "量产",
                "budgetMin", "1", "budgetMax", "2", "durationMonths", "12", "deadline", "2027-01-15T17:00");

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("data-code=\"RESULT_ALREADY_CHALLENGED\"", "该成果已有榜单",
                "<option value=\"" + Fixtures.RESULT_ID + "\" selected>");
    }

    @Test
    void shouldShowTheReturnReasonAndSaveTheEditedDraft() {
        String returned = OpsFixtures.challenge(CHALLENGE_ID, "DRAFT",
                "\"returnReason\":\"攻关目标不够具体\",\"returnedAt\":\"2026-11-05T02:00:00Z\"", "edit", "submit");
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200, returned);
        stubs.json("PUT", "/bidding/challenges/" + CHALLENGE_ID + "/proposal", 200, returned);
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        assertThat(browser.get("/challenges/" + CHALLENGE_ID).body()).contains(
                "data-testid=\"challenge-return-reason\"", "攻关目标不够具体");

        Browser.Page form = browser.get("/challenges/" + CHALLENGE_ID + "/proposal");
        assertThat(form.body()).contains("攻关目标不够具体", "value=\"2027-01-01T00:00\"", "value=\"1000000.00\"");
        Browser.Page missing = browser.post("/challenges/" + CHALLENGE_ID + "/proposal", "title", "",
                "problem", "p", "goals", "g", "budgetMin", "1", "budgetMax", "2", "durationMonths", "3",
                "deadline", "2027-01-15T17:00");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(stubs.calls("PUT", "/bidding/challenges/" + CHALLENGE_ID + "/proposal")).isEmpty();

        browser.post("/challenges/" + CHALLENGE_ID + "/proposal", "title", "甘蔗渣高值化利用揭榜", "problem", "p",
                "goals", "拉伸强度提高30%，成本下降10%。", "budgetMin", "1", "budgetMax", "2", "durationMonths", "3",
                "deadline", "2027-01-15T17:00");
        assertThat(stubs.calls("PUT", "/bidding/challenges/" + CHALLENGE_ID + "/proposal").get(0).body())
                .contains("\"goals\":\"拉伸强度提高30%，成本下降10%。\"", "\"deadline\":\"2027-01-15T09:00:00Z\"");
    }

    @Test
    void shouldSubmitOnlyOnceConfirmed() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "DRAFT", null, "edit", "submit"));
        stubs.json("POST", "/bidding/challenges/" + CHALLENGE_ID + "/submit", 200,
                OpsFixtures.challenge(CHALLENGE_ID, "SUBMITTED", null));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/challenges/" + CHALLENGE_ID);

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE_ID + "/submit");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"", "data-action=\"submit\"");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/submit")).isEmpty();

        browser.post("/challenges/" + CHALLENGE_ID + "/submit", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/submit")).hasSize(1);
    }

    @Test
    void shouldListTheProposalsAndTheDemandedChallenges() {
        stubs.json("GET", "/bidding/challenges/proposed", 200, Fixtures.page(OpsFixtures.challenge(CHALLENGE_ID,
                "DRAFT", "\"returnReason\":\"目标不具体\"", "edit", "submit")));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page page = browser.get("/proposals");

        assertThat(page.body()).contains("data-testid=\"proposal-row\" data-id=\"" + CHALLENGE_ID + "\"",
                "data-testid=\"proposal-returned\"", "href=\"/work/demanded-challenges\"");
    }

    @Test
    void shouldLetTheOperatorReviewApproveAndReturnWithAReason() {
        stubs.json("GET", "/bidding/challenges/submitted", 200,
                Fixtures.page(OpsFixtures.challenge(CHALLENGE_ID, "SUBMITTED", null, "review", "cancel")));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "UNDER_REVIEW", null, "approve", "reject", "cancel"));
        stubs.json("POST", "/bidding/challenges/" + CHALLENGE_ID + "/review", 200,
                OpsFixtures.challenge(CHALLENGE_ID, "UNDER_REVIEW", null));
        stubs.json("POST", "/bidding/challenges/" + CHALLENGE_ID + "/reject", 200,
                OpsFixtures.challenge(CHALLENGE_ID, "DRAFT", null));
        stubs.json("POST", "/bidding/challenges/" + CHALLENGE_ID + "/approve", 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        assertThat(browser.get("/proposals/queue").body()).contains(
                "data-testid=\"review-row\" data-id=\"" + CHALLENGE_ID + "\"");
        Browser.Page detail = browser.get("/challenges/" + CHALLENGE_ID);
        assertThat(detail.body()).contains("data-testid=\"proposal-approve-form\"",
                "data-testid=\"challenge-reject-form\"", "data-testid=\"challenge-cancel-form\"");
        assertThat(detail.body()).doesNotContain("data-testid=\"proposal-review-form\"",
                "data-testid=\"proposal-edit-link\"");

        browser.post("/challenges/" + CHALLENGE_ID + "/review");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/review")).hasSize(1);

        Browser.Page noReason = browser.post("/challenges/" + CHALLENGE_ID + "/reject", "reason", " ",
                "confirmed", "yes");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("data-testid=\"challenge-reject-form\"", "aria-invalid=\"true\"");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/reject")).isEmpty();

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE_ID + "/reject", "reason", "攻关目标不够具体");
        assertThat(confirm.body()).contains("data-action=\"reject\"", "攻关目标不够具体");
        browser.post("/challenges/" + CHALLENGE_ID + "/reject", "reason", "攻关目标不够具体", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/reject").get(0).body())
                .isEqualTo("{\"reason\":\"攻关目标不够具体\"}");

        browser.post("/challenges/" + CHALLENGE_ID + "/approve", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/approve")).hasSize(1);
    }

    @Test
    void shouldShowTheServicesRefusalOfAStep() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "UNDER_REVIEW", null, "approve", "reject"));
        stubs.problem("POST", "/bidding/challenges/" + CHALLENGE_ID + "/approve", 409,
                Fixtures.problem(409, "DEADLINE_PASSED", "揭榜截止时间已过", null));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE_ID);

        Browser.Page page = browser.post("/challenges/" + CHALLENGE_ID + "/approve", "confirmed", "yes");

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("data-code=\"DEADLINE_PASSED\"", "揭榜截止时间已过",
                "data-testid=\"back-to-challenge\"");
    }

    @Test
    void shouldKeepTheReviewQueueToOperators() {
        assertThat(Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/proposals/queue").status())
                .isEqualTo(403);
        assertThat(Browser.signedIn(portal, keycloak, ADMIN_GX).get("/proposals/new").status()).isEqualTo(403);
    }
}
