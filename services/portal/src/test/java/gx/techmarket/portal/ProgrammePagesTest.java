package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
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
 * 补助项目管理, the admins' programme pages: a year's state (no programme is said, with the contracts awaiting one),
 * a new programme sent as the service takes it (the rate typed as a percentage, amounts exact), a programme's page
 * showing exactly the actions its view lists, a top-up confirmed with its amount in 大写 before anything is sent, and
 * the service's refusal shown where it belongs.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProgrammePagesTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "/subsidy/programmes/BAISE_POST/2027";
    private static final String PAGE = "/subsidy/programmes/BAISE_POST/2027";

    static String programme(String status, String... actions) {
        return """
                {"code": "BAISE_POST", "budgetYear": 2027, "rule": "BUYER_POST_SUBSIDY", "name": "百色市企业购买科技成果转化后补助",
                 "nameEn": "Baise post-subsidy", "subMarket": "451000", "status": "%s", "closedAt": null, "version": 2,
                 "effectiveFrom": "2027-07-01", "policyClause": "百科发〔2027〕1号", "rate": "0.25",
                 "perContractCap": "300000.00", "minimumBasis": null, "eligibleCategories": ["TRANSFER", "LICENSE"],
                 "grantMode": "AUTOMATIC", "approval": "SUB_MARKET", "perBeneficiaryYearCap": "600000.00",
                 "minimumAmount": null, "fixedAmount": null, "renewalAmount": null, "budget": "1000000.00",
                 "granted": "160000.00", "paid": "0.00", "remaining": "840000.00", "actions": [%s]}"""
                .formatted(status, actions.length == 0 ? "" : "\"" + String.join("\", \"", actions) + "\"");
    }

    static final String VERSIONS = """
            [{"version": 1, "effectiveFrom": "2027-01-01", "inForce": false, "rate": "0.20", "perContractCap": "300000.00",
              "eligibleCategories": ["TRANSFER"], "policyClause": "百科发〔2027〕1号", "grantMode": "AUTOMATIC",
              "approval": "SUB_MARKET", "reason": null, "createdAt": "2026-12-01T02:00:00Z", "createdBy": null},
             {"version": 2, "effectiveFrom": "2027-07-01", "inForce": true, "rate": "0.25", "perContractCap": "300000.00",
              "eligibleCategories": ["TRANSFER", "LICENSE"], "policyClause": "百科发〔2027〕1号", "grantMode": "AUTOMATIC",
              "approval": "SUB_MARKET", "reason": "年中调整补助比例", "createdAt": "2027-06-01T02:00:00Z",
              "createdBy": "admin.baise（百色市科学技术局）"}]""";

    @Test
    void shouldSayAYearHasNoProgrammeAndHowManyContractsAwaitOne() {
        stubs.json("GET", "/subsidy/programmes/years/2028", 200, """
                {"year": 2028, "state": "NO_PROGRAMME", "programmes": [], "registrationsAwaitingProgramme": 3,
                 "awaiting": [{"contractId": "%s", "registrationNumber": "28450103000042",
                               "registeredAt": "2028-01-05T02:00:00Z"}], "actions": ["open"]}"""
                .formatted(Fixtures.CONTRACT_ID));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get("/subsidy/programmes?year=2028");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-state=\"NO_PROGRAMME\"", "本年度未设立补助项目",
                "data-testid=\"programme-year-none\"", "data-count=\"3\"", "28450103000042",
                "href=\"/subsidy/programmes/new?year=2028\"", "href=\"/subsidy/programmes?year=2027\"",
                "href=\"/subsidy/programmes?year=2029\"")
                .doesNotContain("data-testid=\"programme-list\"");
    }

    @Test
    void shouldOpenAProgrammeAsTheServiceTakesIt() throws Exception {
        stubs.json("POST", "/subsidy/programmes", 201, programme("OPEN", "budget"));
        stubs.json("GET", SERVICE, 200, programme("OPEN", "budget"));
        stubs.json("GET", SERVICE + "/terms", 200, VERSIONS);
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/subsidy/programmes/new?year=2027").body()).contains("data-testid=\"programme-form\"",
                "高新技术企业认定奖励", "免申即享", "市级初审、自治区审定");

        Browser.Page done = browser.post("/subsidy/programmes", "code", "BAISE_POST", "budgetYear", "2027",
                "rule", "BUYER_POST_SUBSIDY", "name", "百色市企业购买科技成果转化后补助", "nameEn", "Baise post-subsidy",
                "subMarket", "451000", "budget", "1,000,000.00", "ratePercent", "25", "perContractCap", "300000",
                "minimumBasis", "", "eligibleCategories", "TRANSFER", "eligibleCategories", "LICENSE",
                "grantMode", "AUTOMATIC", "approval", "SUB_MARKET", "perBeneficiaryYearCap", "600000.00",
                "minimumAmount", "", "fixedAmount", "", "renewalAmount", "", "policyClause", "百科发〔2027〕1号");

        assertThat(done.uri().getPath()).isEqualTo(PAGE);
        assertThat(done.body()).contains("data-testid=\"flash\"", "补助项目已设立");
        JsonNode sent = JSON.readTree(stubs.calls("POST", "/subsidy/programmes").get(0).body());
        assertThat(sent.get("budget").asText()).isEqualTo("1000000.00");
        assertThat(sent.get("budgetYear").asInt()).isEqualTo(2027);
        assertThat(sent.at("/terms/rate").asText()).isEqualTo("0.25");
        assertThat(sent.at("/terms/perContractCap").asText()).isEqualTo("300000");
        assertThat(sent.at("/terms/minimumBasis").isNull()).isTrue();
        assertThat(sent.at("/terms/eligibleCategories").toString()).isEqualTo("[\"TRANSFER\",\"LICENSE\"]");
    }

    @Test
    void shouldShowExactlyTheActionsTheProgrammeLists() {
        stubs.json("GET", SERVICE, 200, programme("OPEN", "budget"));
        stubs.json("GET", SERVICE + "/terms", 200, VERSIONS);
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"programme-detail\"", "百色市",
                "data-testid=\"programme-version\" data-version=\"2\"", "第 2 版，自 2027-07-01 起执行", "25%",
                "840,000.00", "data-testid=\"programme-version-row\" data-version=\"1\"",
                "data-version=\"2\" data-in-force=\"true\"", "年中调整补助比例",
                "data-testid=\"programme-top-up-form\"")
                .doesNotContain("data-testid=\"programme-close-form\"", "data-testid=\"programme-copy-form\"",
                        "data-testid=\"programme-new-version-form\"");

        stubs.json("GET", SERVICE, 200, programme("OPEN", "terms", "budget", "close", "copy"));
        assertThat(browser.get(PAGE).body()).contains("data-testid=\"programme-close-form\"",
                "data-testid=\"programme-copy-form\"", "data-testid=\"programme-new-version-form\"");
    }

    @Test
    void shouldTopUpOnlyOnceConfirmedWithTheAmountInWords() throws Exception {
        stubs.json("GET", SERVICE, 200, programme("OPEN", "budget"));
        stubs.json("GET", SERVICE + "/terms", 200, VERSIONS);
        stubs.json("POST", SERVICE + "/budget", 200, programme("OPEN", "budget"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page wrong = browser.post(PAGE + "/budget", "amount", "100.001", "reason", "");
        Browser.Page asked = browser.post(PAGE + "/budget", "amount", "100,000.00", "reason", "第二批");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("data-testid=\"error-amount\"");
        assertThat(asked.body()).contains("data-testid=\"confirm-page\"", "追加预算", "100,000.00",
                "壹拾万元整", "第二批");
        assertThat(stubs.calls("POST", SERVICE + "/budget")).as("nothing sent before it is confirmed").isEmpty();

        Browser.Page done = browser.post(PAGE + "/budget", "amount", "100,000.00", "reason", "第二批",
                "confirmed", "yes");

        assertThat(done.uri().getPath()).isEqualTo(PAGE);
        assertThat(done.body()).contains("预算已追加");
        assertThat(JSON.readTree(stubs.calls("POST", SERVICE + "/budget").get(0).body()).toString())
                .isEqualTo("{\"amount\":\"100000.00\",\"reason\":\"第二批\"}");
    }

    @Test
    void shouldShowTheServicesRefusalOfANewVersion() {
        stubs.json("GET", SERVICE, 200, programme("OPEN", "terms", "budget"));
        stubs.json("GET", SERVICE + "/terms", 200, VERSIONS);
        stubs.problem("POST", SERVICE + "/terms", 400, Fixtures.problem(400, "RATE_ABOVE_POLICY_LIMIT",
                "补助比例 0.6 超出政策上限 0.50（技术交易额的50%）。", null));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page missing = browser.post(PAGE + "/terms", "effectiveFrom", "2027-09-01", "ratePercent", "60",
                "eligibleCategories", "TRANSFER", "grantMode", "AUTOMATIC", "approval", "SUB_MARKET",
                "policyClause", "百科发〔2027〕1号", "changeReason", "");
        Browser.Page refused = browser.post(PAGE + "/terms", "effectiveFrom", "2027-09-01", "ratePercent", "60",
                "eligibleCategories", "TRANSFER", "grantMode", "AUTOMATIC", "approval", "SUB_MARKET",
                "policyClause", "百科发〔2027〕1号", "changeReason", "提高比例");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("data-testid=\"error-changeReason\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-code=\"RATE_ABOVE_POLICY_LIMIT\"", "超出政策上限", "提高比例");
    }

    @Test
    void shouldNotOfferProgrammesToAnyoneButAdmins() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        assertThat(browser.get("/subsidy/programmes?year=2027").status()).isEqualTo(403);
        assertThat(browser.get("/subsidy").body()).doesNotContain("hub-programme-admin");
        assertThat(Browser.signedIn(portal, keycloak, ADMIN_GX).get("/subsidy").body())
                .contains("href=\"/subsidy/programmes\"");
    }
}
