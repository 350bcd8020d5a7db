package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.BAISE_ALUMINIUM;
import static gx.techmarket.demand.listing.Requests.LIUZHOU_AUTO;
import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what to whose demand, and bad input that changes nothing. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandAccessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anotherEnterpriseCannotSeeOrTouchADraft() {
        String id = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(404)
                .body("code", equalTo("DEMAND_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(Requests.redMud())
                .when().put("/demands/" + id).then().statusCode(404).body("code", equalTo("DEMAND_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU_AUTO).when().post("/demands/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(404);
        given().auth().oauth2(LIUZHOU_AUTO).queryParam("size", 100).when().get("/demands/mine").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // a subsidiary's parent is another organisation: it does not hold the subsidiary's drafts
        String subsidiaryDraft = Requests.create(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR),
                Requests.demand("糖蜜发酵工艺改进", "提高糖蜜酵母发酵效率。", "SUGAR", "450300"));
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP)).when().get("/demands/" + subsidiaryDraft)
                .then().statusCode(404);
        // another user of the same enterprise is the demander too
        String colleague = Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).user("ent.huayin.2", "黄丽").build();
        given().auth().oauth2(colleague).when().post("/demands/" + id + "/submit").then().statusCode(200);
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void aPublishedDemandIsReadableByAllButChangeableOnlyByItsEnterprise() {
        String id = Requests.published(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).when().get("/demands/" + id)
                .then().statusCode(200);
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(403).body("code", equalTo("NOT_DEMANDER"));
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(Requests.redMud())
                .when().put("/demands/" + id).then().statusCode(403).body("code", equalTo("NOT_DEMANDER"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Requests.redMud())
                .header("Accept-Language", "zh-CN")
                .when().put("/demands/" + id).then().statusCode(409).body("code", equalTo("DEMAND_NOT_EDITABLE"))
                .body("detail", containsString("氧化铝赤泥综合利用与脱碱技术")).body("detail", not(containsString(id)));
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("PUBLISHED");
    }

    @Test
    void aCityOperatorReviewsOnlyItsOwnSubMarket() {
        String nanning = Requests.submitted(BAISE_ALUMINIUM,
                Requests.demand("铝型材表面处理废水回用", "阳极氧化废水中铝离子回收与水回用技术。", "ALUMINIUM", "450100"));
        String baise = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(BAISE_OPERATOR).queryParam("size", 100).when().get("/demands/review-queue").then()
                .statusCode(200)
                .body("items.id", not(hasItem(nanning))).body("items.id", hasItem(baise))
                .body("items.regionCode", not(hasItem("450100")));
        ReviewQueues.assertOutOfReach(BAISE_OPERATOR, "/demands/review-queue", "/demands/" + nanning,
                "DEMAND_NOT_FOUND");
        // a token claiming the province changes nothing: the sub-market is the organisation's region in the directory
        ReviewQueues.assertOutOfReach(Operators.BAISE_OPERATOR_CLAIMING_PROVINCE, "/demands/review-queue",
                "/demands/" + nanning, "DEMAND_NOT_FOUND");
        assertThat(Rows.statusOf(dataSource, nanning)).isEqualTo("SUBMITTED");
        assertThat(Rows.outboxRows(dataSource, nanning)).isZero();
        // the city operator sees and reviews its own sub-market, the province every one
        given().auth().oauth2(BAISE_OPERATOR).when().get("/demands/" + baise).then().statusCode(200);
        given().auth().oauth2(Operators.PROVINCE).queryParam("size", 100).when().get("/demands/review-queue").then()
                .statusCode(200)
                .body("items.id", hasItems(nanning, baise));
        given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + nanning + "/approve").then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + baise + "/approve").then().statusCode(200);
        // once public, the other city's operator reads it but still may not review it
        String another = Requests.submitted(BAISE_ALUMINIUM,
                Requests.demand("氧化铝焙烧余热利用", "焙烧炉烟气余热回收发电。", "ALUMINIUM", "450100"));
        given().auth().oauth2(Operators.PROVINCE).contentType("application/json").body(Map.of("reason", "请补充余热参数"))
                .when().post("/demands/" + another + "/reject").then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().get("/demands/" + nanning).then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + another + "/approve").then().statusCode(404);
    }

    @Test
    void aCityOperatorOfAnotherCityMayReadButNotReviewAPublishedDemand() {
        String id = Requests.published(BAISE_ALUMINIUM,
                Requests.demand("铝合金轮毂轻量化", "轮毂铸造工艺优化以减重10%。", "ALUMINIUM", "450100"));
        given().auth().oauth2(BAISE_OPERATOR).when().get("/demands/" + id).then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + id + "/approve").then().statusCode(403)
                .body("code", equalTo("REGION_NOT_OPERATED"));
    }

    @Test
    void rolesAreEnforcedOnEveryEndpoint() {
        String id = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        String university = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
        String broker = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        long before = rows();
        given().auth().oauth2(university).contentType("application/json").body(Requests.redMud())
                .when().post("/demands").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(broker).contentType("application/json").body(Requests.redMud())
                .when().post("/demands").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Operators.PROVINCE).contentType("application/json").body(Requests.redMud())
                .when().post("/demands").then().statusCode(403);
        assertThat(rows()).isEqualTo(before);
        given().auth().oauth2(university).contentType("application/json").body(Requests.redMud())
                .when().put("/demands/" + id).then().statusCode(403);
        given().auth().oauth2(university).when().post("/demands/" + id + "/submit").then().statusCode(403);
        given().auth().oauth2(broker).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/approve").then().statusCode(403);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Map.of("reason", "x"))
                .when().post("/demands/" + id + "/reject").then().statusCode(403);
        given().auth().oauth2(university).when().get("/demands/mine").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Role.EXPERT, Orgs.GXAS)).when().get("/demands/review-queue")
                .then().statusCode(403);
        given().auth().oauth2(BAISE_ALUMINIUM).when().get("/demands/review-queue").then().statusCode(403);
        given().when().get("/demands").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().when().get("/demands/" + id).then().statusCode(401);
        given().contentType("application/json").body(Requests.redMud()).when().post("/demands").then().statusCode(401);
        // a token for another service of the market is not a token for this one
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).audience("techmarket-catalogue").build())
                .when().get("/demands/" + id).then().statusCode(401);
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("DRAFT");
    }

    @Test
    void illegalTransitionsAre409() {
        String id = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(Operators.PROVINCE).header("Accept-Language", "en")
                .when().post("/demands/" + id + "/approve")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"))
                .body("detail", equalTo("The demand is “draft” and cannot become “published”."));
        given().auth().oauth2(Operators.PROVINCE).contentType("application/json").body(Map.of("reason", "x"))
                .when().post("/demands/" + id + "/reject").then().statusCode(409);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Requests.redMud())
                .when().put("/demands/" + id).then().statusCode(409).body("code", equalTo("DEMAND_NOT_EDITABLE"));
        given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve").then().statusCode(409);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(200);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(409);
        // one DemandPublished, one DemandClosed: the refused moves left nothing
        assertThat(Rows.outboxRows(dataSource, id)).isEqualTo(2);
    }

    @Test
    void aProblemOfFiveThousandChineseCharactersIsKeptWholeAndOneMoreIsRefused() {
        String problem = chinese(5000);
        Map<String, Object> body = Requests.redMud();
        body.put("problem", problem);
        String id = Requests.create(BAISE_ALUMINIUM, body);
        given().auth().oauth2(BAISE_ALUMINIUM).when().get("/demands/" + id).then().statusCode(200)
                .body("problem", equalTo(problem));

        long before = rows();
        body.put("problem", chinese(5001));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(body).when().post("/demands")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("problem"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aClosingReasonTakesAThousandCharactersAsARejectionDoes() {
        String id = Requests.published(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Map.of("reason", chinese(1001)))
                .when().post("/demands/" + id + "/close").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("reason"));
        String reason = chinese(1000);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Map.of("reason", reason))
                .when().post("/demands/" + id + "/close").then().statusCode(200).body("closeReason", equalTo(reason));
    }

    /** {@code length} Chinese characters of running text (each one UTF-16 unit, three bytes in UTF-8). */
    static String chinese(int length) {
        String text = "公司氧化铝生产每年产生赤泥约两百万吨堆存占地大碱含量高需要一种可工业化的赤泥脱碱及制备建筑材料的技术";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(text, 0, Math.min(text.length(), length - sb.length()));
        }
        return sb.toString();
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long before = rows();
        Map<String, Object> reversed = Requests.redMud();
        reversed.put("budgetMin", "5000000.01");
        reversed.put("budgetMax", "5000000.00");
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(reversed).header("Accept-Language", "en")
                .when().post("/demands")
                .then().statusCode(400).body("code", equalTo("BUDGET_RANGE_INVALID"))
                .body("detail", equalTo("The lower budget 5000000.01 yuan is above the upper budget 5000000.00 yuan."))
                .body("errors.field", contains("budgetMax"));
        Map<String, Object> yesterday = Requests.redMud();
        yesterday.put("deadline", Requests.today().minusDays(1).toString());
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(yesterday)
                .when().post("/demands").then().statusCode(400).body("code", equalTo("DEADLINE_IN_PAST"))
                .body("errors.field", contains("deadline"));
        Map<String, Object> twice = Requests.redMud();
        twice.put("cooperationModes", List.of("TRANSFER", "TRANSFER"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(twice)
                .when().post("/demands").then().statusCode(400).body("code", equalTo("DUPLICATE_ITEM"))
                .body("errors.field", contains("cooperationModes"));
        Map<String, Object> today = Requests.redMud();
        today.put("deadline", Requests.today().toString());
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(today)
                .when().post("/demands").then().statusCode(400).body("code", equalTo("DEADLINE_IN_PAST"));

        Map<String, Object> bad = Requests.redMud();
        bad.put("title", "赤".repeat(201));
        bad.put("problem", "泥".repeat(5001));
        bad.put("industry", "aluminium");
        bad.put("regionCode", "440300");
        bad.put("budgetMin", "0.00");
        bad.put("budgetMax", "12.345");
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(bad).header("Accept-Language", "zh-CN")
                .when().post("/demands")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("title", "problem", "industry", "regionCode", "budgetMin", "budgetMax"));
        Map<String, Object> missing = Requests.redMud();
        missing.remove("deadline");
        missing.remove("budgetMax");
        missing.put("cooperationModes", List.of());
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(missing)
                .when().post("/demands")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("deadline", "budgetMax", "cooperationModes"));
        Map<String, Object> unknownMode = Requests.redMud();
        unknownMode.put("cooperationModes", List.of("BARTER"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(unknownMode)
                .when().post("/demands")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("cooperationModes[0]"))
                .body("errors[0].code", equalTo("UNKNOWN_ENUM_VALUE"));
        Map<String, Object> badDate = Requests.redMud();
        badDate.put("deadline", "2027-02-30");
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(badDate)
                .when().post("/demands")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD")).body("errors[0].field", equalTo("deadline"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("{\"title\":")
                .when().post("/demands").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("[]")
                .when().post("/demands").then().statusCode(400);
        assertThat(rows()).isEqualTo(before);

        // an edit with bad input leaves the draft as it was
        String id = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        String title = titleOf(id);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(reversed)
                .when().put("/demands/" + id).then().statusCode(400).body("code", equalTo("BUDGET_RANGE_INVALID"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(bad)
                .when().put("/demands/" + id).then().statusCode(400);
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(yesterday)
                .when().put("/demands/" + id).then().statusCode(400).body("code", equalTo("DEADLINE_IN_PAST"));
        assertThat(titleOf(id)).isEqualTo(title);
        assertThat(versionOf(id)).isZero();

        // a rejection needs a reason; the submission stays where it was
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json").body(Map.of("reason", "  "))
                .when().post("/demands/" + id + "/reject").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json").body(Map.of("reason", "理".repeat(1001)))
                .when().post("/demands/" + id + "/reject").then().statusCode(400);
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("SUBMITTED");

        given().auth().oauth2(BAISE_ALUMINIUM).when().get("/demands/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(BAISE_ALUMINIUM).when().get("/demands/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("size", 1000).when().get("/demands").then().statusCode(400);
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("region", "440300").when().get("/demands").then().statusCode(400);
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("industry", "sugar").when().get("/demands").then().statusCode(400);
    }

    private long rows() {
        return Db.count(dataSource, "select count(*) from demand");
    }

    private String titleOf(String id) {
        return (String) Db.single(dataSource, "select title from demand where id = ?::uuid", id);
    }

    private long versionOf(String id) {
        return Db.count(dataSource, "select version from demand where id = ?::uuid", id);
    }
}
