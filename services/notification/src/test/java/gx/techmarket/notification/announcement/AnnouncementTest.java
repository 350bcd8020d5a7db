package gx.techmarket.notification.announcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 通知公告 and 政策文件: operators publish and withdraw, anyone reads what is published. */
@QuarkusTest
class AnnouncementTest extends NotificationServiceTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    static String publish(String admin, String kind, String title) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("kind", kind, "title", title, "body", "各有关单位：\n现将有关事项通知如下。"))
                .when().post("/announcements")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anOperatorsAnnouncementIsPublishedAtOnceAndReadWithoutSigningIn() {
        String body = "一、申报范围\n" + "字".repeat(19_980);
        String id = given().auth().oauth2(BAISE).contentType("application/json")
                .body(Map.of("kind", "POLICY", "title", "百色市科技成果转化后补助实施细则", "body", body))
                .when().post("/announcements")
                .then().statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .body("publisher.uscc", equalTo(Orgs.BAISE_BUREAU_OF_SCIENCE.uscc()))
                .body("actions", contains("withdraw"))
                .extract().path("id");

        given().when().get("/public/announcements/" + id)
                .then().statusCode(200)
                .body("title", equalTo("百色市科技成果转化后补助实施细则"))
                .body("body", equalTo(body))
                .body("kind", equalTo("POLICY"))
                .body("actions", empty());
        given().when().get("/public/announcements?kind=POLICY")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.kind", everyItem(equalTo("POLICY")));
        given().when().get("/public/announcements?kind=NOTICE")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().when().get("/public/announcements?kind=OTHER").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void onlyThePublishersOperatorsOrTheProvincesWithdrawAndAWithdrawnOneLeavesThePublicFront() {
        String province = publish(PROVINCE, "NOTICE", "关于开展2026年度技术合同认定登记工作的通知");
        String baise = publish(BAISE, "NOTICE", "百色市技术转移服务机构备案通知");

        // a city's operators cannot withdraw the province's; an enterprise cannot publish or withdraw at all
        given().auth().oauth2(BAISE).when().post("/announcements/" + province + "/withdraw")
                .then().statusCode(403).body("code", equalTo("NOT_ANNOUNCEMENT_PUBLISHER"));
        String enterprise = Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
        given().auth().oauth2(enterprise).when().post("/announcements/" + baise + "/withdraw")
                .then().statusCode(403);
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("kind", "NOTICE", "title", "t", "body", "b")).when().post("/announcements")
                .then().statusCode(403);
        given().contentType("application/json").body(Map.of("kind", "NOTICE", "title", "t", "body", "b"))
                .when().post("/announcements").then().statusCode(401);
        given().auth().oauth2(enterprise).when().get("/announcements").then().statusCode(403);

        // the operators' list shows who may withdraw what
        given().auth().oauth2(BAISE).when().get("/announcements?size=100")
                .then().statusCode(200)
                .body("items.find { it.id == '" + province + "' }.actions", empty())
                .body("items.find { it.id == '" + baise + "' }.actions", contains("withdraw"));

        // the province's operators withdraw the city's
        given().auth().oauth2(PROVINCE).when().post("/announcements/" + baise + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("actions", empty());
        given().auth().oauth2(BAISE).when().post("/announcements/" + baise + "/withdraw")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().when().get("/public/announcements/" + baise).then().statusCode(404)
                .body("code", equalTo("ANNOUNCEMENT_NOT_FOUND"));
        given().when().get("/public/announcements?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(baise))).body("items.id", hasItem(province));
        given().auth().oauth2(PROVINCE).when().get("/announcements?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + baise + "' }.status", equalTo("WITHDRAWN"));
        given().when().get("/public/announcements/not-an-id").then().statusCode(404);
    }

    @Test
    void aTitleOrBodyBeyondItsLimitIsRefusedOnItsField() {
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "NOTICE", "title", "题".repeat(201), "body", "正文"))
                .when().post("/announcements").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("title"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "NOTICE", "title", "标题", "body", "文".repeat(20_001)))
                .when().post("/announcements").then().statusCode(400)
                .body("errors.field", hasItem("body"));
    }
}
