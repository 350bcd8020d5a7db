package gx.techmarket.portal.bidding.call;

import static gx.techmarket.portal.bidding.call.OpsFixtures.CALL_ID;
import static gx.techmarket.portal.bidding.call.OpsFixtures.CHALLENGE_ID;
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
 * A published challenge: the operator's edit (a new version, confirmed first; the page then says the bids were
 * invalidated and the deadline moved), its cancellation with a reason, and what anyone reads without signing in —
 * kind, field, budget range, the 评审办法, the version history and the differences between two versions.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChallengeOpsPagesTest extends PortalTest {

    static final String REVISED = "\"revision\":2,\"deadlineMoved\":true,"
            + "\"requestedDeadline\":\"2026-12-08T02:00:00Z\"";

    @Test
    void shouldShowThePublicChallengeWithItsMethodVersionAndCall() {
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID, 200, OpsFixtures.challenge(CHALLENGE_ID,
                "PUBLISHED", REVISED + ",\"callId\":\"" + CALL_ID + "\""));
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/evaluation-method", 200,
                OpsFixtures.method());
        stubs.json("GET", "/bidding/public/calls/" + CALL_ID, 200, OpsFixtures.call("PUBLISHED"));
        Browser visitor = Browser.open(portal);

        Browser.Page page = visitor.get("/market/challenges/" + CHALLENGE_ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"public-challenge-kind\">技术攻关类",
                "1,000,000.00 – 3,000,000.00 元", "data-testid=\"public-challenge-method\"", "技术方案", "50.00",
                "价格分＝100×最低价/报价", "第 2 版", "href=\"/challenges/" + CHALLENGE_ID + "/versions/diff?from=1&amp;to=2\"",
                "2026年第二批揭榜挂帅榜单", "data-testid=\"public-challenge-deadline-moved\"", "24 个月");
    }

    @Test
    void shouldShowAResultTransformationWithItsHolder() {
        String transformation = OpsFixtures.transformation("PUBLISHED", "bid");
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200, transformation);
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID, 200, transformation);

        Browser.Page signedIn = Browser.signedIn(portal, keycloak, UNI_GXU).get("/challenges/" + CHALLENGE_ID);
        Browser.Page open = Browser.open(portal).get("/market/challenges/" + CHALLENGE_ID);

        assertThat(signedIn.body()).contains("成果转化类", "data-testid=\"challenge-holder\"", "广西大学",
                "href=\"/results/" + Fixtures.RESULT_ID + "\"");
        assertThat(signedIn.body()).doesNotContain("data-testid=\"challenge-demander\"");
        assertThat(open.body()).contains("成果持有方", "广西大学", "500,000.00 元起", "href=\"/market/results/" + Fixtures.RESULT_ID + "\"");
    }

    @Test
    void shouldLeaveTheMethodOutWhenTheServiceHasNone() {
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null));
        Browser visitor = Browser.open(portal);

        Browser.Page page = visitor.get("/market/challenges/" + CHALLENGE_ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("data-testid=\"public-challenge-method\"");
    }

    @Test
    void shouldShowTheVersionsAndTheirDifferencesWithoutSigningIn() {
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", REVISED));
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions", 200, OpsFixtures.versions());
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions/diff", 200,
                OpsFixtures.differences());
        Browser visitor = Browser.open(portal);

        Browser.Page versions = visitor.get("/challenges/" + CHALLENGE_ID + "/versions");
        Browser.Page diff = visitor.get("/challenges/" + CHALLENGE_ID + "/versions/diff?from=1&to=2");

        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body()).contains("data-testid=\"version-row\" data-number=\"2\"", "预算上限、揭榜截止时间",
                "预算上调", "data-testid=\"version-deadline-moved\"", "发布时的内容");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body()).contains("data-testid=\"diff-row\" data-field=\"budgetMax\"", "2,000,000.00 元",
                "3,000,000.00 元", "2026-12-11 00:00", "2026-12-13 10:00", "第 1 版 → 第 2 版");
        assertThat(stubs.calls("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions/diff").get(0)
                .query()).isEqualTo("from=1&to=2");
    }

    @Test
    void shouldCompareTheLastEditWhenNoVersionsAreNamed() {
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", REVISED));
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions", 200, OpsFixtures.versions());
        stubs.json("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions/diff", 200, "[]");

        Browser.Page diff = Browser.signedIn(portal, keycloak, UNI_GXU).get("/challenges/" + CHALLENGE_ID
                + "/versions/diff?from=x");

        assertThat(diff.body()).contains("data-testid=\"diff-empty\"");
        assertThat(stubs.calls("GET", "/bidding/public/challenges/" + CHALLENGE_ID + "/versions/diff").get(0)
                .query()).isEqualTo("from=1&to=2");
    }

    @Test
    void shouldReviseOnlyOnceConfirmedAndSayWhatTheEditDid() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null, "revise", "cancel"));
        stubs.json("PUT", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", REVISED, "revise", "cancel"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/challenges/" + CHALLENGE_ID).body()).contains(
                "href=\"/challenges/" + CHALLENGE_ID + "/revise\"");
        Browser.Page form = browser.get("/challenges/" + CHALLENGE_ID + "/revise");
        assertThat(form.body()).contains("data-testid=\"challenge-revise-form\"", "value=\"3000000.00\"",
                "data-confirm=\"confirm-revise-challenge\"");

        String[] edit = {"title", "甘蔗渣高值化利用揭榜", "problem", "蔗渣纤维强度不足。", "goals", "",
                "budgetMin", "1000000", "budgetMax", "3500000", "durationMonths", "24", "deadline", "2026-12-08T10:00",
                "reason", "预算上调"};
        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE_ID + "/revise", edit);
        assertThat(confirm.body()).contains("data-action=\"revise-challenge\"", "预算上调", "2026-12-08 10:00",
                "name=\"budgetMax\" value=\"3500000\"");
        assertThat(stubs.calls("PUT", "/bidding/challenges/" + CHALLENGE_ID)).isEmpty();

        String[] confirmed = java.util.Arrays.copyOf(edit, edit.length + 2);
        confirmed[edit.length] = "confirmed";
        confirmed[edit.length + 1] = "yes";
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", REVISED, "revise", "cancel"));
        Browser.Page done = browser.post("/challenges/" + CHALLENGE_ID + "/revise", confirmed);

        assertThat(stubs.calls("PUT", "/bidding/challenges/" + CHALLENGE_ID).get(0).body()).isEqualTo(
                "{\"title\":\"甘蔗渣高值化利用揭榜\",\"problem\":\"蔗渣纤维强度不足。\",\"goals\":null,"
                        + "\"budgetMin\":\"1000000\",\"budgetMax\":\"3500000\",\"durationMonths\":24,"
                        + "\"deadline\":\"2026-12-08T02:00:00Z\",\"reason\":\"预算上调\"}");
        assertThat(done.uri().getPath()).isEqualTo("/challenges/" + CHALLENGE_ID);
        assertThat(done.body()).contains("data-testid=\"challenge-revised\"", "当前为第 2 版。",
                "data-testid=\"challenge-bids-invalidated\"",
                "截止时间已由 2026-12-08 10:00 顺延至 2027-01-01 00:00");
    }

    @Test
    void shouldKeepTheEditWithItsErrorsAndSendNothing() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null, "revise"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE_ID + "/revise");

        Browser.Page page = browser.post("/challenges/" + CHALLENGE_ID + "/revise", "title", "新名称", "problem",
                "p", "budgetMin", "5", "budgetMax", "4", "deadline", "2026-12-08T10:00", "reason", "");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("预算上限不能低于下限。", "value=\"新名称\"", "aria-invalid=\"true\"");
        assertThat(stubs.calls("PUT", "/bidding/challenges/" + CHALLENGE_ID)).isEmpty();
    }

    @Test
    void shouldShowTheServicesRefusalOfAnEditNextToItsField() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null, "revise"));
        stubs.problem("PUT", "/bidding/challenges/" + CHALLENGE_ID, 400, Fixtures.problem(400,
                "REVISION_CHANGES_NOTHING", "修改未改变任何内容", null));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE_ID + "/revise");

        Browser.Page page = browser.post("/challenges/" + CHALLENGE_ID + "/revise", "title", "甘蔗渣高值化利用揭榜",
                "problem", "p", "deadline", "2027-01-01T00:00", "reason", "无", "confirmed", "yes");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("data-code=\"REVISION_CHANGES_NOTHING\"", "data-testid=\"challenge-revise-form\"");
    }

    @Test
    void shouldCancelWithAReasonOnlyOnceConfirmed() {
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200,
                OpsFixtures.challenge(CHALLENGE_ID, "PUBLISHED", null, "revise", "cancel"));
        stubs.json("POST", "/bidding/challenges/" + CHALLENGE_ID + "/cancel", 200, OpsFixtures.challenge(
                CHALLENGE_ID, "CANCELLED", "\"cancelReason\":\"需求方已自行解决\""));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get("/challenges/" + CHALLENGE_ID);

        Browser.Page blank = browser.post("/challenges/" + CHALLENGE_ID + "/cancel", "reason", "");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("data-testid=\"challenge-cancel-form\"");

        Browser.Page confirm = browser.post("/challenges/" + CHALLENGE_ID + "/cancel", "reason", "需求方已自行解决");
        assertThat(confirm.body()).contains("data-action=\"cancel-challenge\"", "需求方已自行解决");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/cancel")).isEmpty();

        stubs.json("GET", "/bidding/challenges/" + CHALLENGE_ID, 200, OpsFixtures.challenge(CHALLENGE_ID,
                "CANCELLED", "\"cancelReason\":\"需求方已自行解决\""));
        Browser.Page done = browser.post("/challenges/" + CHALLENGE_ID + "/cancel", "reason", "需求方已自行解决",
                "confirmed", "yes");
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/cancel").get(0).body())
                .isEqualTo("{\"reason\":\"需求方已自行解决\"}");
        assertThat(done.body()).contains("data-testid=\"challenge-cancel-reason\"", "需求方已自行解决");
        assertThat(done.body()).doesNotContain("data-testid=\"challenge-cancel-form\"");
    }

    @Test
    void shouldKeepEditsAndCancellationToOperators() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/home");
        assertThat(browser.get("/challenges/" + CHALLENGE_ID + "/revise").status()).isEqualTo(403);
        assertThat(browser.post("/challenges/" + CHALLENGE_ID + "/cancel", "reason", "x", "confirmed", "yes")
                .status()).isEqualTo(403);
        assertThat(stubs.calls("POST", "/bidding/challenges/" + CHALLENGE_ID + "/cancel")).isEmpty();
    }
}
