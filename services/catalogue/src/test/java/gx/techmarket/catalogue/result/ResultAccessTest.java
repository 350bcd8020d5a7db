package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GUET;
import static gx.techmarket.catalogue.result.Requests.GXU;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.listing.testing.Operators;
import gx.techmarket.platform.listing.testing.ReviewQueues;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what to whose result, and bad input that changes nothing. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultAccessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anotherOrganisationCannotSeeOrTouchADraft() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        given().auth().oauth2(GUET).when().get("/results/" + id).then().statusCode(404)
                .body("code", equalTo("RESULT_NOT_FOUND"));
        given().auth().oauth2(GUET).contentType("application/json").body(Requests.mango())
                .when().put("/results/" + id).then().statusCode(404);
        given().auth().oauth2(GUET).when().post("/results/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(GUET).when().get("/results/mine").then().statusCode(200).body("items.id", not(hasItem(id)));
        // another user of the same organisation is the holder too
        String colleague = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.2", "张伟").build();
        given().auth().oauth2(colleague).when().post("/results/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void aPublishedResultIsReadableByAllButEditableByNoOneElse() {
        String id = published(Requests.mango());
        given().auth().oauth2(GUET).when().get("/results/" + id).then().statusCode(200);
        given().auth().oauth2(GUET).contentType("application/json").body("{}").when().post("/results/" + id + "/withdraw").then().statusCode(403)
                .body("code", equalTo("NOT_RESULT_HOLDER"));
        given().auth().oauth2(GXU).contentType("application/json").body(Requests.mango())
                .header("Accept-Language", "zh-CN")
                .when().put("/results/" + id).then().statusCode(409)
                .body("code", equalTo("RESULT_NOT_EDITABLE"))
                .body("detail", containsString("芒果深加工与果渣综合利用技术"))
                .body("detail", not(containsString(id)));
    }

    @Test
    void aSummaryOfFiveThousandChineseCharactersIsKeptWholeAndOneMoreIsRefused() {
        String summary = chinese(5000);
        Map<String, Object> body = Requests.mango();
        body.put("summary", summary);
        String id = ResultLifecycleTest.create(GXU, body);
        given().auth().oauth2(GXU).when().get("/results/" + id).then().statusCode(200)
                .body("summary", equalTo(summary));

        long before = rows();
        body.put("summary", chinese(5001));
        given().auth().oauth2(GXU).contentType("application/json").body(body).when().post("/results")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("summary"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aPriceTypedWithNegotiableOrARepeatedItemIsRefusedOnItsField() {
        long before = rows();
        Map<String, Object> both = Requests.mango();
        both.put("priceNegotiable", true);
        given().auth().oauth2(GXU).contentType("application/json").body(both).header("Accept-Language", "zh-CN")
                .when().post("/results")
                .then().statusCode(400).body("code", equalTo("PRICE_WITH_NEGOTIABLE"))
                .body("errors.field", contains("askingPrice"))
                .body("errors[0].code", equalTo("PRICE_WITH_NEGOTIABLE"))
                .body("errors[0].message", containsString("面议"));
        Map<String, Object> twice = Requests.mango();
        twice.put("transferModes", java.util.List.of("LICENSE", "TRANSFER", "LICENSE"));
        given().auth().oauth2(GXU).contentType("application/json").body(twice).when().post("/results")
                .then().statusCode(400).body("code", equalTo("DUPLICATE_ITEM"))
                .body("errors.field", contains("transferModes"));
        assertThat(rows()).isEqualTo(before);
    }

    /** {@code length} Chinese characters of running text (each one UTF-16 unit, three bytes in UTF-8). */
    static String chinese(int length) {
        String text = "以百色芒果为原料开发芒果干芒果汁及果渣膳食纤维的连续化加工工艺中试线已建成年处理鲜果五千吨";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(text, 0, Math.min(text.length(), length - sb.length()));
        }
        return sb.toString();
    }

    @Test
    void aCityOperatorReviewsOnlyItsOwnSubMarket() {
        String nanning = ResultLifecycleTest.create(GXU,
                Requests.result("甘蔗制糖清洁生产工艺", "制糖过程中的节水与减排技术。", "SUGAR", "450100"));
        given().auth().oauth2(GXU).when().post("/results/" + nanning + "/submit").then().statusCode(200);
        String baise = Operators.BAISE_OPERATOR;
        ReviewQueues.assertOutOfReach(baise, "/results/review-queue", "/results/" + nanning, "RESULT_NOT_FOUND");
        // a token claiming the province changes nothing: the sub-market is the organisation's region in the directory
        ReviewQueues.assertOutOfReach(Operators.BAISE_OPERATOR_CLAIMING_PROVINCE, "/results/review-queue",
                "/results/" + nanning, "RESULT_NOT_FOUND");
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE))
                .when().post("/results/" + nanning + "/approve").then().statusCode(200);
        // published, the 百色 operator reads it but may not review it
        given().auth().oauth2(baise).when().get("/results/" + nanning).then().statusCode(200);
        given().auth().oauth2(baise).contentType("application/json").body(Map.of("reason", "不属于本市"))
                .when().post("/results/" + nanning + "/reject").then().statusCode(403)
                .body("code", equalTo("REGION_NOT_OPERATED"));
    }

    @Test
    void rolesAreEnforcedOnEveryEndpoint() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).contentType("application/json")
                .body(Requests.mango()).when().post("/results").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(GXU).when().post("/results/" + id + "/approve").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).contentType("application/json")
                .body(Requests.mango()).when().post("/results").then().statusCode(403);
        given().when().get("/results").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.of(Role.EXPERT, Orgs.GXAS)).when().get("/results/review-queue").then().statusCode(403);
    }

    @Test
    void illegalTransitionsAre409() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).header("Accept-Language", "en")
                .when().post("/results/" + id + "/approve")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"))
                .body("detail", equalTo("The result is “draft” and cannot become “published”."));
        given().auth().oauth2(GXU).contentType("application/json").body("{}").when().post("/results/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long before = rows();
        Map<String, Object> noPrice = Requests.mango();
        noPrice.put("askingPrice", null);
        given().auth().oauth2(GXU).contentType("application/json").body(noPrice).when().post("/results")
                .then().statusCode(400).body("code", equalTo("PRICE_REQUIRED"))
                .body("errors.field", contains("askingPrice"));
        Map<String, Object> both = Requests.mango();
        both.put("priceNegotiable", true);
        given().auth().oauth2(GXU).contentType("application/json").body(both).when().post("/results")
                .then().statusCode(400).body("code", equalTo("PRICE_WITH_NEGOTIABLE"));
        Map<String, Object> bad = Requests.mango();
        bad.put("title", "芒".repeat(201));
        bad.put("regionCode", "440300");
        bad.put("askingPrice", "12.345");
        bad.put("patents", java.util.List.of(Map.of("number", " ", "kind", "INVENTION", "status", "GRANTED")));
        given().auth().oauth2(GXU).contentType("application/json").body(bad).header("Accept-Language", "zh-CN")
                .when().post("/results")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("regionCode"))
                .body("errors.field", hasItem("askingPrice"))
                .body("errors.field", hasItem("patents[0].number"));
        Map<String, Object> badEnum = Requests.mango();
        badEnum.put("maturity", "ALMOST");
        given().auth().oauth2(GXU).contentType("application/json").body(badEnum).when().post("/results")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD")).body("errors[0].field", equalTo("maturity"));
        given().auth().oauth2(GXU).contentType("application/json").body("{\"title\":").when().post("/results")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(GXU).when().get("/results/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(GXU).queryParam("size", 1000).when().get("/results").then().statusCode(400);
        assertThat(rows()).isEqualTo(before);
    }

    private String published(Map<String, Object> body) {
        String id = ResultLifecycleTest.create(GXU, body);
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).when().post("/results/" + id + "/approve")
                .then().statusCode(200);
        return id;
    }

    private long rows() {
        return Db.count(dataSource, "select count(*) from result");
    }
}
