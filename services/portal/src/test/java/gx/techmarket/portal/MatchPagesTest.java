package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
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

/** 匹配推荐 in the portal, against a stubbed matching service: the suggestions, their reasons and actions. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MatchPagesTest extends PortalTest {

    static final String INTEREST_ID = "b1b1b1b1-0000-4000-8000-000000000018";

    /** The fixture demand of 广西桂糖集团 with the fixture result suggested; {@code actions} of the suggestion. */
    static String demandMatches(String actions, String openInterest) {
        return """
                {"listingId":"%s","kind":"DEMAND","title":"甘蔗收获机剥叶损失率高","regionCode":"450100",
                 "ownerName":"广西桂糖集团有限公司","listed":true,"computedAt":"2026-12-06T02:20:00Z",
                 "suggestions":[{"listingId":"%s","kind":"RESULT","title":"小型甘蔗收获机切割与剥叶装置",
                   "regionCode":"450100","ownerName":"广西大学","ownerKind":"UNIVERSITY","rank":1,"score":82,
                   "reasons":[{"code":"SHARED_TERMS","terms":["甘蔗","收获机"],"zh":"共同关键词：甘蔗、收获机",
                     "en":"Shared words: 甘蔗, 收获机"},
                    {"code":"PRICE_WITHIN_BUDGET","terms":[],"zh":"报价 80.00 万元，在预算 50.00–200.00 万元之内",
                     "en":"Asking 800,000.00 yuan, within the budget"}]%s,"actions":%s}]}"""
                .formatted(Fixtures.DEMAND_ID, Fixtures.RESULT_ID,
                        openInterest == null ? "" : ",\"openInterestId\":\"" + openInterest + "\"", actions);
    }

    @Test
    void anEnterpriseSeesItsDemandsWithSuggestedResultsReasonsAndTheInterestLink() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/matching/matches", 200, "{\"items\":[" + demandMatches("[\"expressInterest\"]", null)
                + "],\"total\":1,\"page\":0,\"size\":20}");

        Browser.Page page = browser.get("/matches");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"nav-matches\"", "甘蔗收获机剥叶损失率高", "小型甘蔗收获机切割与剥叶装置",
                "data-score=\"82\"", "共同关键词：甘蔗、收获机", "报价 80.00 万元，在预算 50.00–200.00 万元之内",
                "data-testid=\"match-express-interest\"", "href=\"/interests/new?listing=" + Fixtures.RESULT_ID + "\"");

        Browser.Page english = browser.get("/matches?lang=en");
        assertThat(english.body()).contains("Match suggestions", "Shared words: 甘蔗, 收获机")
                .doesNotContain("共同关键词");
    }

    @Test
    void withoutTheServicesOfferNoInterestLinkAndAnOpenConversationIsLinked() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/matching/matches", 200, "{\"items\":[" + demandMatches("[]", INTEREST_ID)
                + "],\"total\":1,\"page\":0,\"size\":20}");
        assertThat(browser.get("/matches").body()).doesNotContain("match-express-interest")
                .contains("data-testid=\"match-open-interest\"", "href=\"/interests/" + INTEREST_ID + "\"");

        stubs.json("GET", "/matching/matches", 200, "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
        assertThat(browser.get("/matches").body()).contains("data-testid=\"match-empty\"");
    }

    @Test
    void theOwnersDemandPageShowsTheMatchPanel() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/demand/demands/" + Fixtures.DEMAND_ID, 200, Fixtures.demand("PUBLISHED", ENT_GXSUGAR));
        stubs.json("GET", "/matching/demands/" + Fixtures.DEMAND_ID + "/matches", 200,
                demandMatches("[\"expressInterest\"]", null));

        Browser.Page page = browser.get("/demands/" + Fixtures.DEMAND_ID);
        assertThat(page.body()).contains("data-testid=\"demand-matches\"", "小型甘蔗收获机切割与剥叶装置",
                "共同关键词：甘蔗、收获机");
    }

    @Test
    void aResultPageWithoutTheServicesListShowsNoPanel() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.problem("GET", "/matching/results/" + Fixtures.RESULT_ID + "/matches", 404,
                "{\"status\":404,\"code\":\"MATCHES_NOT_FOUND\",\"title\":\"未找到该成果或需求\"}");
        assertThat(browser.get("/results/" + Fixtures.RESULT_ID).body()).doesNotContain("result-matches");
    }

    @Test
    void aBrokerHasTheMenuEntryAndTheCitysMatches() {
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        stubs.json("GET", "/matching/matches", 200, "{\"items\":[" + demandMatches("[\"expressInterest\"]", null)
                + "],\"total\":1,\"page\":0,\"size\":20}");
        Browser.Page page = browser.get("/matches");
        assertThat(page.body()).contains("data-testid=\"nav-matches\"", "data-testid=\"match-row\"");
    }

    @Test
    void theNoticeOfMatchesIsWrittenInBothLanguages() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/notification/notifications", 200, Fixtures.page(Fixtures.notification("MATCHES_FOUND",
                false, "{\"title\":\"甘蔗收获机剥叶损失率高\",\"listingKind\":\"DEMAND\",\"count\":\"3\","
                        + "\"best\":\"小型甘蔗收获机切割与剥叶装置\",\"score\":\"82\"}", null)));

        assertThat(browser.get("/notifications").body()).contains(
                "市场为技术需求“甘蔗收获机剥叶损失率高”推荐了 3 项匹配的科技成果，最匹配的是“小型甘蔗收获机切割与剥叶装置”。");
        assertThat(browser.get("/notifications?lang=en").body()).contains(
                "The market suggests 3 result(s) for the demand", "the best fit is");
    }
}
