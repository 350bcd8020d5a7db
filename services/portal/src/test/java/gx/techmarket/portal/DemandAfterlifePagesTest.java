package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A demand's end on its page (issue 18): matched, with the way to the challenge or the contract that matched it;
 * expired, with when; and nothing offered that the view's actions do not allow. The notices of both in both languages.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DemandAfterlifePagesTest extends PortalTest {

    static final String CHALLENGE = "9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The fixture demand in {@code status}, with {@code extra} JSON members and no actions. */
    private static String demand(String status, String extra) {
        return Fixtures.demand(status, ENT_GXSUGAR).replace("\"closedAt\":null", "\"closedAt\":null," + extra);
    }

    @Test
    void shouldLinkAMatchedDemandToTheChallengeThatMatchedItAndOfferNothing() {
        stubs.json("GET", "/demand/demands/" + Fixtures.DEMAND_ID, 200, demand("MATCHED",
                "\"matchedChallengeId\":\"" + CHALLENGE + "\",\"matchedContractId\":null,"
                        + "\"matchedAt\":\"2026-11-05T02:00:00Z\",\"expiredAt\":null"));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page page = browser.get("/demands/" + Fixtures.DEMAND_ID);
        Browser.Page english = browser.get("/demands/" + Fixtures.DEMAND_ID + "?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/challenges/" + CHALLENGE + "\" data-testid=\"demand-matched-challenge\"",
                "据此发布的揭榜挂帅榜单", "2026-11-05 10:00")
                .doesNotContain("data-testid=\"demand-close-form\"", "data-testid=\"demand-edit\"",
                        "data-testid=\"demand-matched-contract\"");
        assertThat(english.body()).contains("The challenge published from it", "Matched by");
    }

    @Test
    void shouldLinkADemandMatchedByAContractToTheContract() {
        stubs.json("GET", "/demand/demands/" + Fixtures.DEMAND_ID, 200, demand("MATCHED",
                "\"matchedChallengeId\":null,\"matchedContractId\":\"" + Fixtures.CONTRACT_ID + "\","
                        + "\"matchedAt\":\"2026-11-05T02:00:00Z\",\"expiredAt\":null"));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page page = browser.get("/demands/" + Fixtures.DEMAND_ID);

        assertThat(page.body()).contains("href=\"/contracts/" + Fixtures.CONTRACT_ID
                + "\" data-testid=\"demand-matched-contract\"", "据此起草的技术合同");
    }

    @Test
    void shouldShowAnExpiredDemandAsExpiredWithoutActions() {
        stubs.json("GET", "/demand/demands/" + Fixtures.DEMAND_ID, 200, demand("EXPIRED",
                "\"matchedChallengeId\":null,\"matchedContractId\":null,\"matchedAt\":null,"
                        + "\"expiredAt\":\"2027-06-30T16:05:00Z\""));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        Browser.Page page = browser.get("/demands/" + Fixtures.DEMAND_ID);

        assertThat(page.body()).contains("已过期", "data-testid=\"demand-expired\">2027-07-01 00:05<",
                "截止日期已过，本需求已过期下架")
                .doesNotContain("data-testid=\"demand-close-form\"", "data-testid=\"demand-matched-challenge\"");
    }

    @Test
    void shouldCarryTheDemandABrokeredDraftAnswersToTheRegistryAndShowItsRefusalThere() throws Exception {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.json("GET", "/registry/contracts/brokered/" + Fixtures.RESULT_ID, 200, Fixtures.brokerable("brokered"));
        stubs.json("GET", "/directory/organisations/" + ENT_GXSUGAR.orgId(), 200,
                Fixtures.organisation(ENT_GXSUGAR, "VERIFIED"));
        stubs.problem("POST", "/registry/contracts/brokered", 409, Fixtures.problem(409, "DEMAND_NOT_OPEN",
                "技术需求“甘蔗渣高值化利用”已关闭、过期、已匹配或已过截止日期，不再征集方案。",
                "[{\"field\":\"demandId\",\"code\":\"DEMAND_NOT_OPEN\",\"message\":\"该需求已不再征集\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);

        Browser.Page form = browser.get("/contracts/new?resultId=" + Fixtures.RESULT_ID + "&demandId="
                + Fixtures.DEMAND_ID);
        assertThat(form.body()).contains("data-testid=\"brokered-demand\"",
                "<input type=\"hidden\" name=\"demandId\" value=\"" + Fixtures.DEMAND_ID + "\">",
                "href=\"/demands/" + Fixtures.DEMAND_ID + "\"");
        assertThat(browser.get("/contracts/new?resultId=" + Fixtures.RESULT_ID + "&demandId=x").body())
                .doesNotContain("data-testid=\"brokered-demand\"");

        Browser.Page garbage = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "LICENSE_PATENT", "buyerSource", "directory", "buyer.uscc", ENT_GXSUGAR.orgId(), "title", "",
                "demandId", "-".repeat(36));
        assertThat(garbage.status()).isBetween(400, 499);
        assertThat(stubs.calls("POST", "/registry/contracts/brokered")).isEmpty();

        Browser.Page refused = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "LICENSE_PATENT", "buyerSource", "directory", "buyer.uscc", ENT_GXSUGAR.orgId(), "title", "",
                "demandId", Fixtures.DEMAND_ID);

        JsonNode draft = JSON.readTree(stubs.calls("POST", "/registry/contracts/brokered").get(0).body());
        assertThat(draft.get("demandId").asText()).isEqualTo(Fixtures.DEMAND_ID);
        assertThat(refused.body()).contains("DEMAND_NOT_OPEN", "该需求已不再征集", "data-testid=\"brokered-demand\"");
    }

    @Test
    void shouldWriteTheNoticesOfAnExpiredAndAMatchedDemandInBothLanguages() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/notification/notifications", 200, Fixtures.page(
                Fixtures.notification("DEMAND_EXPIRED", false,
                        "{\"title\":\"甘蔗渣高值化利用\",\"deadlineDate\":\"2027-06-30\"}", null),
                Fixtures.notification("DEMAND_MATCHED", false,
                        "{\"title\":\"甘蔗渣高值化利用\",\"challengeId\":\"" + CHALLENGE + "\"}", null),
                Fixtures.notification("DEMAND_MATCHED", false,
                        "{\"title\":\"赤泥脱碱\",\"contractId\":\"" + Fixtures.CONTRACT_ID + "\"}", null)));
        stubs.json("GET", ServiceStubs.UNREAD_COUNT, 200, "{\"unread\":3}");

        Browser.Page chinese = browser.get("/notifications");
        Browser.Page english = browser.get("/notifications?lang=en");

        assertThat(chinese.body()).contains("技术需求《甘蔗渣高值化利用》已过截止日期（2027-06-30），已过期下架。",
                "技术需求《甘蔗渣高值化利用》已匹配：已据此发布揭榜挂帅榜单。", "技术需求《赤泥脱碱》已匹配：已据此起草技术合同。")
                .doesNotContain("DEMAND_EXPIRED：", "DEMAND_MATCHED：");
        assertThat(english.body()).contains("expired: its deadline (2027-06-30) has passed",
                "is matched: a challenge was published from it", "is matched: a technical contract was drafted for it");
    }
}
