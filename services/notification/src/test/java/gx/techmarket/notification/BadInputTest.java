package gx.techmarket.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@QuarkusTest
class BadInputTest extends NotificationServiceTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String SELLER = Tokens.of(Role.UNIVERSITY, Orgs.GUET);

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, db);

        String announcement = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "NOTICE", "title", "关于征集技术需求的通知", "body", "各有关单位：请于月底前提交。"))
                .when().post("/announcements").then().statusCode(201).extract().path("id");
        UUID contract = UUID.randomUUID();
        TestEvents.send(new ContractDrafted(contract, "蔗渣生物制浆技术许可合同", ContractType.LICENSE_PATENT,
                Orgs.GUET, Orgs.BAISE_ALUMINIUM, Orgs.GX_TECH_TRANSFER, UUID.randomUUID(), null,
                new BigDecimal("100000.00"), clock.instant()), "/techmarket/registry");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                Db.count(db, "select count(*) from notification where subject_id = ?", contract) == 2);
        String notice = Db.single(db, "select id from notification where subject_id = ? and recipient_uscc = ?",
                contract, Orgs.GUET.uscc()).toString();
        // the caller is recorded as a subscriber before the kit watches the tables
        given().auth().oauth2(SELLER).when().get("/notifications/unread-count").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().get("/notifications/unread-count").then().statusCode(200);

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/announcements", "/announcements", PROVINCE,
                        "{\"kind\": \"POLICY\", \"title\": \"广西技术转移补助办法\", \"body\": \"第一条 为促进科技成果转化。\\n第二条 本办法适用于全区。\"}"),
                Endpoint.bodyless("POST", "/announcements/{id}/withdraw", "/announcements/" + announcement
                        + "/withdraw", PROVINCE),
                Endpoint.bodyless("POST", "/notifications/{id}/read", "/notifications/" + notice + "/read", SELLER),
                Endpoint.bodyless("POST", "/notifications/read-all", "/notifications/read-all", SELLER));

        return kit.tests("notification", endpoints);
    }
}
