package gx.techmarket.demand.listing;

import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.listing.testing.AnonymousAccess;
import gx.techmarket.platform.listing.testing.ReviewQueues;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demand service's lists as pages with totals, filters and orders, and what a visitor who has not signed in may
 * read. The enterprise of the first test (广西糖业集团) posts nothing anywhere else, so its own list is exactly what
 * that test made.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandListsTest {

    static final String SUGAR_GROUP = Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);

    @TestHTTPResource("/")
    URI root;

    @Test
    void theEnterprisesListIsPagedFilteredAndSortedWithATotalOfEverything() {
        String first = Requests.create(SUGAR_GROUP, demand("甘蔗渣制浆废水处理", "3000000.00", 90));
        String second = Requests.create(SUGAR_GROUP, demand("糖厂锅炉烟气脱硝", "9000000.00", 30));
        String third = Requests.submitted(SUGAR_GROUP, demand("蔗糖分离膜国产化", "5000000.00", 60));

        given().auth().oauth2(SUGAR_GROUP).queryParam("size", 2).when().get("/demands/mine").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(third, second));
        given().auth().oauth2(SUGAR_GROUP).queryParams(Map.of("size", 2, "page", 1)).when().get("/demands/mine")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains(first));
        given().auth().oauth2(SUGAR_GROUP).queryParam("sort", "oldest").when().get("/demands/mine").then()
                .statusCode(200).body("items.id", contains(first, second, third));
        given().auth().oauth2(SUGAR_GROUP).queryParam("sort", "amount").when().get("/demands/mine").then()
                .statusCode(200).body("items.id", contains(second, third, first));
        given().auth().oauth2(SUGAR_GROUP).queryParam("sort", "deadline").when().get("/demands/mine").then()
                .statusCode(200).body("items.id", contains(second, third, first));
        given().auth().oauth2(SUGAR_GROUP).queryParam("status", "DRAFT").when().get("/demands/mine").then()
                .statusCode(200).body("total", equalTo(2)).body("items.status", everyItem(equalTo("DRAFT")));
        given().auth().oauth2(SUGAR_GROUP).queryParam("status", "SUBMITTED").when().get("/demands/mine").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", contains(third));
    }

    @Test
    void aSortOrStatusOutsideTheListIsRefusedOnItsField() {
        given().auth().oauth2(SUGAR_GROUP).queryParam("sort", "cheapest").when().get("/demands/mine").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("sort"));
        given().auth().oauth2(SUGAR_GROUP).queryParam("status", "OPEN").when().get("/demands/mine").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("status"));
        given().auth().oauth2(PROVINCE).queryParam("sort", "deadline").when().get("/demands/review-queue").then()
                .statusCode(400).body("errors.field", contains("sort"));
        given().queryParam("sort", "budget").when().get("/public/demands").then().statusCode(400)
                .body("errors.field", contains("sort"));
    }

    /**
     * In the 百色 sub-market, where no test moves the service's clock: a submission made while the clock is moved
     * (DemandDeadlineTest, DemandActionsTest, in other sub-markets) would be newer than any made here.
     */
    @Test
    void theReviewQueueCountsEverySubmissionAndServesTheOldestFirst() {
        String earlier = Requests.submitted(Requests.BAISE_ALUMINIUM,
                demand("赤泥堆场扬尘治理", "1000000.00", 40, "ALUMINIUM", "451000"));
        String later = Requests.submitted(Requests.BAISE_ALUMINIUM,
                demand("赤泥堆场渗滤液处理", "1000000.00", 40, "ALUMINIUM", "451000"));
        ReviewQueues.assertCountsEverySubmissionOldestFirst(BAISE_OPERATOR, "/demands/review-queue", earlier, later);
    }

    @Test
    void theMarketsDemandsComeNewestOldestLargestOrSoonestFirst() {
        String small = Requests.published(Requests.BAISE_ALUMINIUM, demand("木薯淀粉废水沼气化", "2000000.00", 20, "STARCH"));
        String large = Requests.published(Requests.BAISE_ALUMINIUM, demand("木薯变性淀粉工艺", "8000000.00", 50, "STARCH"));
        given().queryParam("industry", "STARCH").when().get("/public/demands").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(large, small));
        given().queryParams(Map.of("industry", "STARCH", "sort", "oldest")).when().get("/public/demands").then()
                .statusCode(200).body("items.id", contains(small, large));
        given().queryParams(Map.of("industry", "STARCH", "sort", "amount")).when().get("/public/demands").then()
                .statusCode(200).body("items.id", contains(large, small));
        given().queryParams(Map.of("industry", "STARCH", "sort", "deadline")).when().get("/public/demands").then()
                .statusCode(200).body("items.id", contains(small, large));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GXU))
                .queryParams(Map.of("industry", "STARCH", "sort", "deadline", "size", 1, "page", 1))
                .when().get("/demands").then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(large));
    }

    @Test
    void aVisitorWithoutATokenBrowsesOpenDemandsAndNothingElse() {
        String published = Requests.published(Requests.BAISE_ALUMINIUM, demand("制糖滤泥生物有机肥", "4000000.00", 45));
        String draft = Requests.create(Requests.BAISE_ALUMINIUM, demand("制糖滤泥烘干设备", "1000000.00", 45));

        given().queryParam("size", 100).when().get("/public/demands").then().statusCode(200)
                .body("items.id", hasItem(published)).body("items.id", not(hasItem(draft)))
                .body("items.find { it.id == '" + published + "' }.actions", empty());
        given().when().get("/public/demands/" + published).then().statusCode(200)
                .body("title", equalTo("制糖滤泥生物有机肥")).body("status", equalTo("PUBLISHED"))
                .body("actions", empty());
        given().header("Accept-Language", "zh-CN").when().get("/public/demands/" + draft).then().statusCode(404)
                .body("code", equalTo("DEMAND_NOT_FOUND")).body("detail", not(containsString(draft)));
        given().when().get("/public/demands/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("DEMAND_NOT_FOUND"));
        given().auth().oauth2(Requests.BAISE_ALUMINIUM).when().get("/public/demands/" + draft).then().statusCode(404);

        given().auth().oauth2(Requests.BAISE_ALUMINIUM).contentType("application/json").body("{}")
                .when().post("/demands/" + published + "/close").then().statusCode(200);
        given().when().get("/public/demands/" + published).then().statusCode(404);
    }

    @Test
    void aFilterOrOrderGivenTwiceIsRefusedOnItsField() {
        given().queryParam("sort", "newest", "oldest").when().get("/public/demands").then().statusCode(400)
                .body("code", equalTo("REPEATED_QUERY_PARAMETER")).body("errors.field", contains("sort"));
        given().queryParam("region", "451000", "450100").when().get("/public/demands").then().statusCode(400)
                .body("errors.field", contains("region"));
    }

    @Test
    void withoutATokenOnlyThePublicReadsAnswer() throws Exception {
        new AnonymousAccess(root).assertOnlyPublicReadsAreOpen();
    }

    private static Map<String, Object> demand(String title, String budgetMax, int days) {
        return demand(title, budgetMax, days, "SUGAR");
    }

    private static Map<String, Object> demand(String title, String budgetMax, int days, String industry) {
        return demand(title, budgetMax, days, industry, "450100");
    }

    private static Map<String, Object> demand(String title, String budgetMax, int days, String industry,
            String region) {
        Map<String, Object> body = Requests.demand(title, title + "：需要可工业化的成套技术。", industry, region);
        body.put("budgetMin", "500000.00");
        body.put("budgetMax", budgetMax);
        body.put("deadline", Requests.today().plusDays(days).toString());
        return body;
    }
}
