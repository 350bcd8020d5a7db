package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 统计分析 in the portal, against a stubbed statistics service: the dashboard shows every figure as a table a chart is
 * drawn from (with its Excel link), a city's row drills into the city and into its contracts; a month the user typed
 * wrong, or a period the service refuses, is said next to its field and nothing else is asked.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StatisticsPagesTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String BY_CITY = """
            {"dimension":"city","flow":"OUTPUT","from":"2026-01-01","to":"2026-12-31","region":"450000",
             "regionLabel":"广西壮族自治区",
             "rows":[{"key":"450100","label":"南宁市","labelEn":"Nanning","count":3,"totalAmount":"1200000.50",
                      "technologyAmount":"1000000.50"},
                     {"key":"451000","label":"百色市","labelEn":"Baise","count":1,"totalAmount":"300000.00",
                      "technologyAmount":"300000.00"}],
             "total":{"key":null,"label":"合计","labelEn":"Total","count":4,"totalAmount":"1500000.50",
                      "technologyAmount":"1300000.50"}}""";

    private void stubTheRest() {
        stubs.json("GET", "/statistics/statistics/contracts", 200, BY_CITY);
        stubs.json("GET", "/statistics/statistics/targets", 200, """
                [{"region":"450000","label":"广西壮族自治区","labelEn":"Guangxi","year":2026,"target":null,
                  "achieved":"1500000.50","progress":null,"source":null,"actions":["set"]},
                 {"region":"451000","label":"百色市","labelEn":"Baise","year":2026,"target":"2000000.00",
                  "achieved":"300000.00","progress":"0.1500","source":"百色市目标","actions":["set"]}]""");
        stubs.json("GET", "/statistics/statistics/listings", 200, """
                {"dimension":"month","kind":null,"from":"2026-01-01","to":"2026-12-31","region":"450000",
                 "rows":[{"key":"2026-03","label":"2026年3月","labelEn":"Mar 2026","published":5,"matched":1,
                          "withdrawn":0,"closed":0,"expired":1,"avgDaysToMatch":10.0}],
                 "total":{"key":null,"label":"合计","labelEn":"Total","published":5,"matched":1,"withdrawn":0,
                          "closed":0,"expired":1,"avgDaysToMatch":10.0}}""");
        stubs.json("GET", "/statistics/statistics/challenges", 200, """
                {"dimension":"month","kind":null,"from":"2026-01-01","to":"2026-12-31","region":"450000",
                 "rows":[{"key":"2026-03","label":"2026年3月","labelEn":"Mar 2026","published":2,"awarded":1,
                          "failed":1,"cancelled":0,"awardedAmount":"800000.00","avgDaysToAward":30.0}],
                 "total":{"key":null,"label":"合计","labelEn":"Total","published":2,"awarded":1,"failed":1,
                          "cancelled":0,"awardedAmount":"800000.00","avgDaysToAward":30.0}}""");
        stubs.json("GET", "/statistics/statistics/subsidies", 200, """
                [{"key":"INTERMEDIARY_SUBSIDY","label":"INTERMEDIARY_SUBSIDY","labelEn":"INTERMEDIARY_SUBSIDY",
                  "granted":1,"grantedAmount":"6000.00","claimsApproved":0,"claimedAmount":"0.00","paid":1,
                  "paidGross":"6000.00","paidNet":"5000.00","vouchersIssued":3,"issuedValue":"150000.00",
                  "vouchersRedeemed":1,"redeemedAmount":"42000.00","vouchersExpired":1,"returnedAmount":"58000.00",
                  "subMarket":"450000","budget":"20000000.00","available":"19844000.00"},
                 {"key":"INNOVATION_VOUCHER","label":"INNOVATION_VOUCHER","labelEn":"INNOVATION_VOUCHER",
                  "granted":0,"grantedAmount":"0.00","claimsApproved":0,"claimedAmount":"0.00","paid":0,
                  "paidGross":"0.00","paidNet":"0.00","vouchersIssued":20,"issuedValue":"1000000.00",
                  "vouchersRedeemed":0,"redeemedAmount":"0.00","vouchersExpired":0,"returnedAmount":"0.00",
                  "subMarket":"450000","budget":"1000000.00","available":"0.00"}]""");
        stubs.json("GET", "/statistics/statistics/brokers/people", 200, """
                [{"account":"5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e10","name":"张伟","certificateNumber":"GXJSJL-2025-0101",
                  "agencyUscc":"91450100MA5P2D9E7A","agencyName":"广西技术转移中心有限公司","region":"450100",
                  "regionLabel":"南宁市","count":2,"totalAmount":"1500000.00","technologyAmount":"1200000.00"},
                 {"account":"0b7e2d1c-1a2b-4c3d-8e4f-5a6b7c8d9e03","name":null,"certificateNumber":null,
                  "agencyUscc":"91450100MA5P2D9E7A","agencyName":"广西技术转移中心有限公司","region":"450100",
                  "regionLabel":"南宁市","count":1,"totalAmount":"300000.00","technologyAmount":"300000.00"}]""");
        stubs.json("GET", "/statistics/statistics/brokers", 200, """
                [{"uscc":"91450100MA5P2D9E7A","name":"广西技术转移中心有限公司","region":"450100","regionLabel":"南宁市",
                  "count":2,"totalAmount":"900000.00","technologyAmount":"800000.00"}]""");
    }

    @Test
    void shouldShowEveryFigureAsATableWithItsChartAndExcelAndDrillIntoACity() {
        stubTheRest();
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);

        Browser.Page page = browser.get("/statistics?from=2026-01&to=2026-12");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"nav-statistics\"", "/js/statistics.js",
                "data-chart=\"line\" data-testid=\"chart-trend\"", "data-chart=\"hbar\" data-testid=\"chart-places\"",
                "data-testid=\"table-places\"", "1,200,000.50", "data-value=\"1200000.50\"",
                "data-testid=\"chart-fields\"", "技术领域",
                "href=\"/statistics?region=451000&from=2026-01&to=2026-12\"",
                "/statistics/contracts.xlsx?by=city&from=2026-01",
                "data-testid=\"table-targets\"", "15.0", "data-testid=\"table-listings\"",
                "data-testid=\"table-challenges\"", "800,000.00", "data-testid=\"table-subsidies\"",
                "150,000.00", "42,000.00", "20,000,000.00", "19,844,000.00", "创新券发放", "剩余预算（元）",
                // a budget spent to the fen shows 0.00, not a dash
                "data-testid=\"subsidy-available\">0.00",
                "data-testid=\"table-broker-people\"", "张伟", "GXJSJL-2025-0101", "1,200,000.00",
                "未在机构库登记（账户 0b7e2d1c-1a2b-4c3d-8e4f-5a6b7c8d9e03）", "/statistics/brokers/people.xlsx?",
                "广西技术转移中心有限公司");
        assertThat(stubs.calls("GET", "/statistics/statistics/contracts")).extracting(c -> c.query())
                .contains("by=month&from=2026-01&to=2026-12", "by=city&from=2026-01&to=2026-12",
                        "by=category&from=2026-01&to=2026-12", "by=field&from=2026-01&to=2026-12");
        assertThat(stubs.calls("GET", "/statistics/statistics/targets").get(0).query()).isEqualTo("year=2026");

        // a city opened: its counties, the region sent on every figure
        stubs.reset();
        stubTheRest();
        browser.get("/statistics?from=2026-01&to=2026-12&region=451000&flow=absorption");
        assertThat(stubs.calls("GET", "/statistics/statistics/contracts")).extracting(c -> c.query())
                .contains("by=county&from=2026-01&to=2026-12&region=451000&flow=absorption");
    }

    @Test
    void shouldListTheContractsBehindARow() {
        stubs.json("GET", "/statistics/statistics/contracts/list", 200, """
                {"items":[{"contractId":"%s","registrationNumber":"26451001000007","title":"赤泥综合利用技术开发合同",
                  "contractType":"DEVELOPMENT_COMMISSIONED","typeLabel":"委托开发","registeredOn":"2026-05-10",
                  "sellerName":"百色华银新材料有限公司","sellerRegion":"451000","buyerName":"柳州汽车零部件有限公司",
                  "buyerRegion":"450200","intermediaryName":null,"pointName":"百色市技术合同登记站",
                  "totalAmount":"300000.00","technologyAmount":"300000.00"}],"total":1,"page":0,"size":20}"""
                .formatted(Fixtures.CONTRACT_ID));
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);

        Browser.Page page = browser.get("/statistics/contracts?by=city&key=451000&label=百色市&from=2026-01&to=2026-12");

        assertThat(page.body()).contains("合同明细：百色市", "26451001000007", "300,000.00", "委托开发");
        assertThat(stubs.calls("GET", "/statistics/statistics/contracts/list").get(0).query())
                .isEqualTo("by=city&key=451000&from=2026-01&to=2026-12&page=0&size=20");
    }

    @Test
    void shouldSayAWrongMonthOrARefusedPeriodNextToItsField() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);

        Browser.Page typo = browser.get("/statistics?from=2026-13&to=2026-12");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body()).contains("data-testid=\"error-from\"", "aria-invalid=\"true\"");
        assertThat(stubs.calls("GET", "/statistics/statistics/contracts")).isEmpty();

        stubs.problem("GET", "/statistics/statistics/contracts", 400, Fixtures.problem(400, "PERIOD_BACKWARDS",
                "统计期间的结束日期不能早于开始日期。",
                "[{\"field\":\"to\",\"code\":\"PERIOD_BACKWARDS\",\"message\":\"结束日期不能早于开始日期\"}]"));
        Browser.Page backwards = browser.get("/statistics?from=2026-05&to=2026-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("data-testid=\"error-to\"");
        assertThat(stubs.calls("GET", "/statistics/statistics/targets")).isEmpty();
    }

    @Test
    void shouldPassTheServicesWorkbookOn() {
        stubs.json("GET", "/statistics/statistics/contracts.xlsx", 200, "PK-not-really-a-zip");
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);

        var answer = browser.send(java.net.http.HttpRequest.newBuilder(
                browser.resolve("/statistics/contracts.xlsx?by=city&from=2026-01&to=2026-12")).GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(stubs.calls("GET", "/statistics/statistics/contracts.xlsx").get(0).query())
                .isEqualTo("by=city&from=2026-01&to=2026-12");
    }

    @Test
    void theProvinceSetsACitysTargetOfTheYearAndAWrongAmountIsSaidNextToItsField() throws Exception {
        stubTheRest();
        stubs.json("PUT", "/statistics/statistics/targets/451000/2026", 200, """
                {"region":"451000","label":"百色市","labelEn":"Baise","year":2026,"target":"2500000.00",
                 "achieved":"300000.00","progress":"0.1200","source":"百色市2026年目标","actions":["set"]}""");
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);
        assertThat(browser.get("/statistics?from=2026-01&to=2026-12").body()).contains(
                "data-testid=\"target-form\"", "设定2026年目标", "<option value=\"451000\">百色市</option>");

        Browser.Page wrong = browser.post("/statistics/targets", "from", "2026-01", "to", "2026-12",
                "targetRegion", "451000", "amount", "两百万", "source", "");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("data-testid=\"error-amount\"", "value=\"两百万\"");
        assertThat(stubs.calls("PUT", "/statistics/statistics/targets/451000/2026")).isEmpty();

        Browser.Page set = browser.post("/statistics/targets", "from", "2026-01", "to", "2026-12",
                "targetRegion", "451000", "amount", "2,500,000", "source", " 百色市2026年目标 ");
        assertThat(set.uri().getPath()).isEqualTo("/statistics");
        assertThat(set.body()).contains("目标已设定");
        JsonNode sent = JSON.readTree(stubs.calls("PUT", "/statistics/statistics/targets/451000/2026").get(0).body());
        assertThat(sent.get("amount").asText()).isEqualTo("2500000.00");
        assertThat(sent.get("source").asText()).isEqualTo("百色市2026年目标");
    }

    @Test
    void aYearWithoutContractsShowsZeroNotAWithheldAmount() {
        stubs.json("GET", "/statistics/statistics/public/summary", 200, """
                {"year":2026,"from":"2026-01-01","to":"2026-01-01",
                 "contracts":{"key":null,"label":"合计","labelEn":"Total","count":0,"totalAmount":"0.00",
                              "technologyAmount":"0.00"},
                 "byCity":[],"byCategory":[],
                 "listings":{"resultsPublished":0,"demandsPublished":0,"demandsMatched":0},
                 "challenges":{"published":0,"awarded":0}}""");
        String page = Browser.open(portal).get("/market/statistics").body();
        assertThat(page).contains("data-testid=\"public-contracts-total\">0.00").doesNotContain("amount-withheld");
    }

    @Test
    void aCitysOperatorIsNotOfferedTheTargetForm() {
        stubTheRest();
        stubs.json("GET", "/statistics/statistics/targets", 200, """
                [{"region":"451000","label":"百色市","labelEn":"Baise","year":2026,"target":"2000000.00",
                  "achieved":"300000.00","progress":"0.1500","source":"百色市目标","actions":[]}]""");
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_BAISE);
        String page = browser.get("/statistics?from=2026-01&to=2026-12").body();
        assertThat(page).contains("data-testid=\"table-targets\"").doesNotContain("data-testid=\"target-form\"");
    }

    @Test
    void thePublicFrontShowsCountsOfFewDealsButNotTheirAmounts() {
        stubs.json("GET", "/statistics/statistics/public/summary", 200, """
                {"year":2026,"from":"2026-01-01","to":"2026-12-07",
                 "contracts":{"key":null,"label":"合计","labelEn":"Total","count":5,"totalAmount":"2100000.00",
                              "technologyAmount":"1900000.00"},
                 "byCity":[{"key":"450100","label":"南宁市","labelEn":"Nanning","count":3,"totalAmount":"1200000.50",
                            "technologyAmount":"1000000.50"},
                           {"key":"451000","label":"百色市","labelEn":"Baise","count":2,"totalAmount":null,
                            "technologyAmount":null}],
                 "byCategory":[],
                 "listings":{"resultsPublished":4,"demandsPublished":2,"demandsMatched":1},
                 "challenges":{"published":1,"awarded":0}}""");
        Browser browser = Browser.open(portal);
        Browser.Page page = browser.get("/market/statistics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("1,200,000.50", "百色市", "data-testid=\"amount-withheld\"", "不公开",
                "少于3份合同的金额不公开");
    }

        @Test
    void onlyOperatorsSeeTheStatistics() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ENT_GXSUGAR);
        assertThat(browser.get("/statistics").status()).isEqualTo(403);
        assertThat(browser.get("/home").body()).doesNotContain("data-testid=\"nav-statistics\"");
    }
}
