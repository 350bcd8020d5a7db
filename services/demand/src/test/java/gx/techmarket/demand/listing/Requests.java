package gx.techmarket.demand.listing;

import static io.restassured.RestAssured.given;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.listing.testing.Operators;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a client sends them, and the steps most tests take. */
final class Requests {

    /** An enterprise of the 百色 sub-market, posting the red-mud demand. */
    static final String BAISE_ALUMINIUM = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    /** An enterprise of the 柳州 sub-market. */
    static final String LIUZHOU_AUTO = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    private Requests() {}

    /** Today in China time, by the real clock (the service's clock unless a test moved it). */
    static LocalDate today() {
        return MarketClock.today(Clock.systemUTC());
    }

    static Map<String, Object> demand(String title, String problem, String industry, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problem", problem);
        body.put("industry", industry);
        body.put("budgetMin", "3000000.00");
        body.put("budgetMax", "5000000.00");
        body.put("deadline", today().plusDays(60).toString());
        body.put("regionCode", region);
        body.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT", "JOINT_DEVELOPMENT"));
        return body;
    }

    /** 百色华银's red-mud demand, in the 百色 sub-market. */
    static Map<String, Object> redMud() {
        return demand("氧化铝赤泥综合利用与脱碱技术",
                "公司氧化铝生产每年产生赤泥约200万吨，堆存占地大、碱含量高。需要一种可工业化的赤泥脱碱及制备建筑材料的技术。",
                "ALUMINIUM", "451000");
    }

    static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/demands").then().statusCode(201).extract().path("id");
    }

    static String submitted(String token, Map<String, Object> body) {
        String id = create(token, body);
        given().auth().oauth2(token).when().post("/demands/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static String published(String token, Map<String, Object> body) {
        String id = submitted(token, body);
        given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
