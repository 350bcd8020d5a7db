package gx.techmarket.demand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import gx.techmarket.demand.infra.AdjustableClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /demands/search} and {@code GET /public/demands/search} on the search index (ADR 0030): listed demands
 * only (published, deadline today or later), Chinese queries, facets, highlights, cursor, actions.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandIndexSearchTest {

    static final String BAISE = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String SUGAR = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);

    @Inject
    AdjustableClock clock;

    String manganese;
    String harvest;
    String mill;
    String soon;

    @BeforeEach
    void publishOnce() {
        if (manganese != null) {
            return;
        }
        manganese = Requests.published(BAISE, demand("钪锰渣资源化利用", "钪锰矿冶炼渣的处理。", "ALUMINIUM", "451000",
                "80000.00", 60));
        harvest = Requests.published(SUGAR, demand("钪区甘蔗机械化收获", "丘陵钪区的甘蔗联合收获作业。", "SUGAR", "450300",
                "2000000.00", 60));
        mill = Requests.published(SUGAR, demand("钪糖厂废水处理", "压榨季废水处理与回用。", "SUGAR", "450300", "600000.00",
                60));
        soon = Requests.published(SUGAR, demand("钪蔗渣板材", "蔗渣人造板。", "SUGAR", "450300", "600000.00", 3));
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void chineseQueriesFindListedDemands() {
        publicSearch(Map.of("q", "锰")).body("items.demand.id", contains(manganese));
        publicSearch(Map.of("q", "甘蔗收获")).body("items.demand.id", hasItem(harvest))
                .body("items.demand.id", not(hasItem(manganese)));
        publicSearch(Map.of("q", "制糖")).body("items.demand.id", hasItem(mill));
        publicSearch(Map.of("q", "收获")).body("items[0].highlights.title", equalTo("钪区甘蔗机械化<em>收获</em>"));
    }

    @Test
    void facetsCountAndFilter() {
        publicSearch(Map.of("q", "钪")).body("total", equalTo(4))
                .body("facets.industry.find { it.value == 'SUGAR' }.count", equalTo(3))
                .body("facets.budgetBand.find { it.value == 'BELOW_100K' }.count", equalTo(1))
                .body("facets.budgetBand.find { it.value == 'FROM_500K_TO_1M' }.count", equalTo(2))
                .body("facets.city.find { it.value == '450300' }.count", equalTo(3))
                .body("facets.cooperationMode.find { it.value == 'JOINT_DEVELOPMENT' }.count", equalTo(4));
        publicSearch(Map.of("q", "钪", "budgetBand", "FROM_1M_TO_5M")).body("items.demand.id", contains(harvest));
        publicSearch(Map.of("q", "钪", "sort", "deadline")).body("items[0].demand.id", equalTo(soon));
        publicSearch(Map.of("q", "钪", "sort", "budget")).body("items[0].demand.id", equalTo(harvest));
    }

    @Test
    void aDemandPastItsDeadlineIsNoLongerFound() {
        // the only demand with every word; others with some of them follow it, marked partial (ADR 0036)
        publicSearch(Map.of("q", "蔗渣板材")).body("items[0].demand.id", equalTo(soon))
                .body("items[0].partial", equalTo(false)).body("items.findAll { !it.partial }.demand.id", contains(soon));
        clock.advance(Duration.ofDays(4));
        publicSearch(Map.of("q", "蔗渣板材")).body("items.demand.id", not(hasItem(soon)));
        publicSearch(Map.of("q", "钪")).body("total", equalTo(3));
    }

    @Test
    void aClosedDemandIsGoneAtOnce() {
        String closing = Requests.published(SUGAR, demand("钪钒电池储能需求", "钒电池。", "SUGAR", "450300", "600000.00",
                60));
        publicSearch(Map.of("q", "钒")).body("items.demand.id", contains(closing));
        given().auth().oauth2(SUGAR).contentType("application/json").body("{}").when()
                .post("/demands/" + closing + "/close").then().statusCode(200);
        publicSearch(Map.of("q", "钒")).body("items", empty());
    }

    @Test
    void pagesByCursorAndActionsForTheSignedIn() {
        ValidatableResponse first = publicSearch(Map.of("q", "钪", "size", "3", "sort", "newest"))
                .body("nextCursor", notNullValue());
        String cursor = first.extract().path("nextCursor");
        publicSearch(Map.of("q", "钪", "size", "3", "sort", "newest", "cursor", cursor))
                .body("items.demand.id", contains(manganese));
        given().queryParam("q", "锰").queryParam("cursor", cursor).when().get("/public/demands/search").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("CURSOR_MISMATCH"));
        given().auth().oauth2(BAISE).queryParam("q", "锰").when().get("/demands/search").then().statusCode(200)
                .body("items[0].demand.actions", hasItem("close"));
        publicSearch(Map.of("q", "锰")).body("items[0].demand.actions", empty());
    }

    @Test
    void theHealthCheckShowsTheIndex() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.data.state", equalTo("READY"));
    }

    private static Map<String, Object> demand(String title, String problem, String industry, String region,
            String budgetMax, int daysLeft) {
        Map<String, Object> body = Requests.demand(title, problem, industry, region);
        body.put("budgetMin", "10000.00");
        body.put("budgetMax", budgetMax);
        body.put("deadline", Requests.today().plusDays(daysLeft).toString());
        return body;
    }

    private ValidatableResponse publicSearch(Map<String, String> query) {
        return given().queryParams(new HashMap<>(query)).when().get("/public/demands/search").then().statusCode(200);
    }
}
