package gx.techmarket.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may read which figures, and every bad query refused with a 4xx problem+json naming the parameter: unknown
 * dimensions, parameters and values, periods backwards or over ten years, regions not in Guangxi or not the caller's.
 */
@QuarkusTest
class AccessTest extends StatisticsServiceTest {

    static final List<String> FIGURES = List.of("/statistics/contracts", "/statistics/contracts/list",
            "/statistics/listings", "/statistics/challenges", "/statistics/subsidies", "/statistics/brokers",
            "/statistics/brokers/people", "/statistics/targets", "/statistics/contracts.xlsx",
            "/statistics/listings.xlsx", "/statistics/challenges.xlsx", "/statistics/subsidies.xlsx",
            "/statistics/brokers.xlsx", "/statistics/brokers/people.xlsx", "/statistics/targets.xlsx",
            "/statistics/rebuilds");

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyFigureIsForOperatorsOnly() {
        for (String path : FIGURES) {
            given().when().get(path).then().statusCode(401);
            for (Role role : List.of(Role.UNIVERSITY, Role.ENTERPRISE, Role.BROKER, Role.REGISTRAR, Role.EXPERT)) {
                given().auth().oauth2(Tokens.of(role, Orgs.GXU)).when().get(path).then()
                        .statusCode(403);
            }
            given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE)).when().get(path).then()
                    .statusCode(200);
        }
        given().when().post("/statistics/rebuilds").then().statusCode(401);
        given().contentType("application/json").body("{\"amount\": \"1.00\"}").when()
                .put("/statistics/targets/451000/2030").then().statusCode(401);
    }

    @Test
    void aCityAsksForAnotherCityAndIsRefused() {
        String baise = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
        for (String path : FIGURES.subList(0, 13)) {
            given().auth().oauth2(baise).queryParam("region", "450200").when().get(path).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("REGION_OUTSIDE_SUB_MARKET"));
            given().auth().oauth2(baise).queryParam("region", "450000").when().get(path).then().statusCode(403);
            // a county of its own city is its to see
            given().auth().oauth2(baise).queryParam("region", "451002").when().get(path).then().statusCode(200);
        }
        given().auth().oauth2(baise).when().post("/statistics/rebuilds").then().statusCode(403)
                .body("code", equalTo("REBUILD_PROVINCE_ONLY"));
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        String province = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("by=colour", new Object[] {"UNKNOWN_DIMENSION", "by"});
        cases.put("colour=red", new Object[] {"UNKNOWN_PARAMETER", "colour"});
        cases.put("from=2020-05&to=2020-01", new Object[] {"PERIOD_BACKWARDS", "to"});
        cases.put("from=2010&to=2020", new Object[] {"PERIOD_TOO_LONG", "to"});
        cases.put("from=2020-13", new Object[] {"INVALID_PERIOD", "from"});
        cases.put("from=2020-02-30", new Object[] {"INVALID_PERIOD", "from"});
        cases.put("to=yesterday", new Object[] {"INVALID_PERIOD", "to"});
        cases.put("from=1999", new Object[] {"INVALID_PERIOD", "from"});
        cases.put("region=999999", new Object[] {"UNKNOWN_REGION", "region"});
        cases.put("region=440300", new Object[] {"UNKNOWN_REGION", "region"});
        cases.put("type=FOO", new Object[] {"UNKNOWN_FILTER_VALUE", "type"});
        cases.put("sellerKind=enterprise", new Object[] {"UNKNOWN_FILTER_VALUE", "sellerKind"});
        cases.put("scope=MARS", new Object[] {"UNKNOWN_FILTER_VALUE", "scope"});
        cases.put("flow=sideways", new Object[] {"UNKNOWN_FILTER_VALUE", "flow"});
        cases.put("by=month&by=city", new Object[] {"REPEATED_QUERY_PARAMETER", "by"});
        cases.forEach((query, expected) -> given().auth().oauth2(province).header("Accept-Language", "en")
                .when().get("/statistics/contracts?" + query).then().log().ifValidationFails()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo(expected[0])).body("errors[0].field", equalTo(expected[1])));
        given().auth().oauth2(province).when().get("/statistics/listings?kind=PATENT").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_FILTER_VALUE"));
        given().auth().oauth2(province).when().get("/statistics/listings?by=kind").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_DIMENSION"));
        given().auth().oauth2(province).when().get("/statistics/challenges?by=industry").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_DIMENSION"));
        given().auth().oauth2(province).when().get("/statistics/subsidies?year=abc").then().statusCode(400);
        given().auth().oauth2(province).when().get("/statistics/subsidies?year=1999").then().statusCode(400)
                .body("code", equalTo("INVALID_YEAR"));
        given().auth().oauth2(province).when().get("/statistics/subsidies?by=month").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_DIMENSION"));
        given().auth().oauth2(province).when().get("/statistics/contracts/list?by=city&key=451000&size=1000").then()
                .statusCode(400);
        given().auth().oauth2(province).when().get("/statistics/rebuilds/99999").then().statusCode(404)
                .body("code", equalTo("GENERATION_NOT_FOUND"));
        // ten years exactly is fine; the message is in the caller's language
        given().auth().oauth2(province).when().get("/statistics/contracts?from=2011&to=2020").then().statusCode(200);
        given().auth().oauth2(province).header("Accept-Language", "zh-CN").when()
                .get("/statistics/contracts?by=colour").then().statusCode(400)
                .body("title", equalTo("不支持的统计维度"));
    }

    @TestFactory
    Stream<DynamicTest> settingATargetRefusesBadInput() {
        List<Endpoint> endpoints = List.of(Endpoint.body("PUT", "/statistics/targets/{region}/{year}",
                "/statistics/targets/451000/2031", Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE),
                "{\"amount\": \"2000000000.00\", \"source\": \"百色市2031年目标（市政府工作报告）\"}"),
                Endpoint.bodyless("POST", "/statistics/rebuilds", "/statistics/rebuilds",
                        Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)));
        return new BadInputKit(root, db).tests("statistics", endpoints);
    }
}
