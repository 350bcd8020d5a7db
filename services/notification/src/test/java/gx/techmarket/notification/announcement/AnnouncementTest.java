package gx.techmarket.notification.announcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.DirectoryFixtures;
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
    /** 靖西市科学技术局: a county bureau (451081) of 百色's sub-market; not an {@code Orgs} fixture. */
    static final Party JINGXI_BUREAU =
            new Party("11451081007564123N", "靖西市科学技术局", OrgKind.GOVERNMENT, "451081", null);

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

        // the operators' list holds their sub-market's announcements and shows who may withdraw what
        given().auth().oauth2(BAISE).when().get("/announcements?size=100")
                .then().statusCode(200)
                .body("items.id", not(hasItem(province)))
                .body("items.find { it.id == '" + baise + "' }.actions", contains("withdraw"));
        given().auth().oauth2(PROVINCE).when().get("/announcements?size=100")
                .then().statusCode(200)
                .body("items.find { it.id == '" + province + "' }.actions", contains("withdraw"))
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
    void aCityOperatorManagesItsCountyBureausAnnouncementsAndNoOtherCitys() {
        DirectoryFixtures.publish(db, DirectoryFixtures.verified(JINGXI_BUREAU));
        String county = Tokens.of(Role.ADMIN, JINGXI_BUREAU);
        String jingxi = publish(county, "NOTICE", "靖西市科技特派员工作站申报通知");
        String baise = publish(BAISE, "NOTICE", "百色市科技成果转化项目征集通知");
        String liuzhou = publish(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE), "NOTICE", "柳州市技术合同登记工作提醒");

        // 百色 covers its county 靖西 (451081), not 柳州; the county bureau covers itself only
        given().auth().oauth2(BAISE).when().get("/announcements?size=100").then().statusCode(200)
                .body("items.id", hasItem(jingxi)).body("items.id", not(hasItem(liuzhou)))
                .body("items.find { it.id == '" + jingxi + "' }.actions", contains("withdraw"));
        given().auth().oauth2(county).when().get("/announcements?size=100").then().statusCode(200)
                .body("items.id", hasItem(jingxi)).body("items.id", not(hasItem(baise)));
        given().auth().oauth2(county).when().post("/announcements/" + baise + "/withdraw")
                .then().statusCode(403).body("code", equalTo("NOT_ANNOUNCEMENT_PUBLISHER"));
        given().auth().oauth2(BAISE).when().post("/announcements/" + liuzhou + "/withdraw")
                .then().statusCode(403).body("code", equalTo("NOT_ANNOUNCEMENT_PUBLISHER"));
        given().auth().oauth2(BAISE).when().post("/announcements/" + jingxi + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        // the sub-market is the organisation's region in the directory, not what the token claims
        given().auth().oauth2(Tokens.as(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE).claim("org_region", "450000")
                .build()).when().post("/announcements/" + liuzhou + "/withdraw").then().statusCode(403);
        given().when().get("/public/announcements/" + liuzhou).then().statusCode(200);
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
