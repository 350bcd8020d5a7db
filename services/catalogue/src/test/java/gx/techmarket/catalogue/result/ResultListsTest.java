package gx.techmarket.catalogue.result;

import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
 * The catalogue's lists as pages with totals, filters and orders, and what a visitor who has not signed in may read.
 * The holder of the first test (浙江大学) holds nothing anywhere else, so its own list is exactly what that test made.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultListsTest {

    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);

    @TestHTTPResource("/")
    URI root;

    @Test
    void theHoldersListIsPagedFilteredAndSortedWithATotalOfEverything() {
        String first = ResultLifecycleTest.create(ZJU, priced("甘蔗渣制备可降解餐具技术", "300000.00"));
        String second = ResultLifecycleTest.create(ZJU, priced("桑蚕丝蛋白提取工艺", "900000.00"));
        String third = ResultLifecycleTest.create(ZJU, priced("罗汉果甜苷纯化技术", "500000.00"));
        given().auth().oauth2(ZJU).when().post("/results/" + third + "/submit").then().statusCode(200);

        given().auth().oauth2(ZJU).queryParam("size", 2).when().get("/results/mine").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(third, second));
        given().auth().oauth2(ZJU).queryParams(Map.of("size", 2, "page", 1)).when().get("/results/mine")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains(first));
        given().auth().oauth2(ZJU).queryParam("sort", "oldest").when().get("/results/mine").then().statusCode(200)
                .body("items.id", contains(first, second, third));
        given().auth().oauth2(ZJU).queryParam("sort", "amount").when().get("/results/mine").then().statusCode(200)
                .body("items.id", contains(second, third, first));
        given().auth().oauth2(ZJU).queryParam("status", "DRAFT").when().get("/results/mine").then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", everyItem(equalTo("DRAFT")));
        given().auth().oauth2(ZJU).queryParam("status", "SUBMITTED").when().get("/results/mine").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", contains(third));
    }

    @Test
    void aSortOrStatusOutsideTheListIsRefusedOnItsField() {
        given().auth().oauth2(ZJU).queryParam("sort", "deadline").when().get("/results/mine").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("sort"));
        given().auth().oauth2(ZJU).queryParam("status", "LOST").when().get("/results/mine").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("status"));
        given().auth().oauth2(PROVINCE).queryParam("sort", "amount").when().get("/results/review-queue").then()
                .statusCode(400).body("errors.field", contains("sort"));
        given().queryParam("sort", "cheapest").when().get("/public/results").then().statusCode(400)
                .body("errors.field", contains("sort"));
    }

    @Test
    void theReviewQueueCountsEverySubmissionAndServesTheOldestFirst() {
        String earlier = submitted(priced("芒果核综合利用技术", "100000.00"));
        String later = submitted(priced("芒果皮果胶提取技术", "100000.00"));
        ReviewQueues.assertCountsEverySubmissionOldestFirst(PROVINCE, "/results/review-queue", earlier, later);
    }

    @Test
    void aVisitorWithoutATokenBrowsesPublishedResultsAndNothingElse() {
        String published = submitted(priced("六堡茶发酵工艺优化", "800000.00"));
        given().auth().oauth2(PROVINCE).when().post("/results/" + published + "/approve").then().statusCode(200);
        String draft = ResultLifecycleTest.create(Requests.GXU, priced("六堡茶陈化仓储技术", "200000.00"));

        given().queryParam("q", "六堡茶").when().get("/public/results").then().statusCode(200)
                .body("items.id", hasItem(published)).body("items.id", not(hasItem(draft)))
                .body("items.find { it.id == '" + published + "' }.actions", empty());
        given().when().get("/public/results/" + published).then().statusCode(200)
                .body("title", equalTo("六堡茶发酵工艺优化")).body("status", equalTo("PUBLISHED"))
                .body("actions", empty());
        given().header("Accept-Language", "zh-CN").when().get("/public/results/" + draft).then().statusCode(404)
                .body("code", equalTo("RESULT_NOT_FOUND")).body("detail", not(org.hamcrest.Matchers.containsString(draft)));
        given().when().get("/public/results/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("RESULT_NOT_FOUND"));
        // signed in or not, the holder's own draft is not public either
        given().auth().oauth2(Requests.GXU).when().get("/public/results/" + draft).then().statusCode(404);
    }

    @Test
    void withoutATokenOnlyThePublicReadsAnswer() throws Exception {
        new AnonymousAccess(root).assertOnlyPublicReadsAreOpen();
    }

    private static String submitted(Map<String, Object> body) {
        String id = ResultLifecycleTest.create(Requests.GXU, body);
        given().auth().oauth2(Requests.GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> priced(String title, String price) {
        Map<String, Object> body = Requests.result(title, title + "：成熟工艺，已完成中试。", "FOOD_PROCESSING", "450100");
        body.put("askingPrice", price);
        return body;
    }
}
