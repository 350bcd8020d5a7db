package gx.techmarket.directory.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 技术经理人 register: who keeps a broker, and who sees which of its contact details. */
@QuarkusTest
class BrokerRegisterTest extends PeopleTest {

    static final String GXTTC_BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String LIUZHOU_BROKER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    @BeforeEach
    void organisationsAreVerified() {
        ensureVerified(Orgs.GX_TECH_TRANSFER);
        ensureVerified(Orgs.LIUZHOU_TECH_BROKERS);
        ensureVerified(Orgs.BAISE_BUREAU_OF_SCIENCE);
        ensureVerified(Orgs.LIUZHOU_AUTO_PARTS);
    }

    @Test
    void eachReaderSeesTheContactDetailsTheBrokerAllowsAndTheBrokerChangesThem() {
        String username = "broker.self." + newField().toLowerCase();
        String name = "韦" + newField();
        String id = given().auth().oauth2(GXTTC_BROKER).contentType("application/json")
                .body(broker(name, Orgs.GX_TECH_TRANSFER.uscc(), newCertificate(), List.of("SUGAR"),
                        contact("13907710001", "PRIVATE", "wei@demo.techmarket.gx.cn", "SIGNED_IN"),
                        subjectOf(username)))
                .when().post("/brokers").then().statusCode(201)
                .body("contact.phone", equalTo("13907710001"))
                .body("contact.phoneVisibility", equalTo("PRIVATE"))
                .body("agency.name", equalTo(Orgs.GX_TECH_TRANSFER.name()))
                .body("certified", equalTo(true))
                .body("actions", contains("edit", "set-contact", "suspend", "history"))
                .extract().path("id");

        // anyone: neither detail
        given().when().get("/public/brokers?q=" + name).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].phone", nullValue()).body("items[0].email", nullValue());
        // a signed-in user of another organisation: the e-mail only, no choices, no account, no actions
        given().auth().oauth2(ENTERPRISE).when().get("/brokers/" + id).then().statusCode(200)
                .body("contact.phone", nullValue()).body("contact.email", equalTo("wei@demo.techmarket.gx.cn"))
                .body("contact.phoneVisibility", nullValue()).body("accountSubject", nullValue())
                .body("actions", empty());
        given().auth().oauth2(ENTERPRISE).when().get("/brokers/" + id + "/history").then().statusCode(403)
                .body("code", equalTo("NOT_PERSON_KEEPER"));

        // the broker itself, whatever organisation it signs in for, sees all and makes its phone public
        String self = userToken(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS, username);
        given().auth().oauth2(self).contentType("application/json")
                .body(contact("13907710001", "PUBLIC", "wei@demo.techmarket.gx.cn", "SIGNED_IN"))
                .when().put("/brokers/" + id + "/contact").then().statusCode(200)
                .body("contact.phoneVisibility", equalTo("PUBLIC"));
        given().when().get("/public/brokers?q=" + name).then().statusCode(200)
                .body("items[0].phone", equalTo("13907710001")).body("items[0].email", nullValue());
        given().auth().oauth2(ENTERPRISE).contentType("application/json")
                .body(contact("13000000000", "PUBLIC", null, "PUBLIC"))
                .when().put("/brokers/" + id + "/contact").then().statusCode(403)
                .body("code", equalTo("NOT_PERSON_KEEPER"));

        given().auth().oauth2(GXTTC_BROKER).when().get("/brokers/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(2)).body("items.action", contains("set-contact", "create"))
                .body("items[0].username", equalTo(username))
                .body("items[0].before.contact.phoneVisibility", equalTo("PRIVATE"))
                .body("items[0].after.contact.phoneVisibility", equalTo("PUBLIC"));
    }

    @Test
    void aBrokerIsEnteredByItsOrganisationsUsersOrTheAdminsOfItsSubMarketOnly() {
        String before = peopleState();
        Map<String, Object> body = broker("覃" + newField(), Orgs.GX_TECH_TRANSFER.uscc(), null, List.of("SUGAR"),
                contact(null, "PUBLIC", null, "PUBLIC"), null);
        given().auth().oauth2(LIUZHOU_BROKER).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(403).body("code", equalTo("NOT_PERSON_KEEPER"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(403).body("code", equalTo("NOT_PERSON_KEEPER"));
        given().auth().oauth2(ENTERPRISE).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(403);
        assertThat(peopleState()).isEqualTo(before);

        given().auth().oauth2(PROVINCE).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("certified", equalTo(false));
    }

    @Test
    void theOrganisationMustBeAVerifiedAgencyUniversityOrInstituteAndACertificateIsOneBrokers() {
        String applied = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(applied, "南宁待核验技术转移有限公司", "AGENCY", "450100", null))
                .when().post("/organisations").then().statusCode(201);
        String certificate = newCertificate();
        given().auth().oauth2(GXTTC_BROKER).contentType("application/json")
                .body(broker("蓝" + newField(), Orgs.GX_TECH_TRANSFER.uscc(), certificate, List.of("SUGAR"),
                        contact(null, "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(201);
        String before = peopleState();

        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(broker("甲", applied, null, List.of("SUGAR"), contact(null, "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(409).body("code", equalTo("EMPLOYER_NOT_VERIFIED"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(broker("乙", newUscc("450100"), null, List.of("SUGAR"), contact(null, "PUBLIC", null, "PUBLIC"),
                        null))
                .when().post("/brokers").then().statusCode(400).body("code", equalTo("EMPLOYER_NOT_FOUND"))
                .body("errors[0].field", equalTo("agencyUscc"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(broker("丙", Orgs.BAISE_BUREAU_OF_SCIENCE.uscc(), null, List.of("SUGAR"),
                        contact(null, "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(409).body("code", equalTo("NOT_A_BROKER_EMPLOYER"));
        given().auth().oauth2(GXTTC_BROKER).contentType("application/json")
                .body(broker("丁", Orgs.GX_TECH_TRANSFER.uscc(), certificate, List.of("SUGAR"),
                        contact(null, "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(409).body("code", equalTo("CERTIFICATE_TAKEN"));
        assertThat(peopleState()).isEqualTo(before);
    }

    @Test
    void aSuspendedBrokerLeavesThePublicListAndOnlyItsKeepersSeeIt() {
        String name = "莫" + newField();
        String id = given().auth().oauth2(LIUZHOU_BROKER).contentType("application/json")
                .body(broker(name, Orgs.LIUZHOU_TECH_BROKERS.uscc(), null, List.of("AUTOMOTIVE"),
                        contact("0772-2812345", "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(LIUZHOU_BROKER).contentType("application/json").body(Map.of("reason", "离职"))
                .when().post("/brokers/" + id + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("suspensionReason", equalTo("离职"))
                .body("actions", hasItem("reactivate"));
        given().auth().oauth2(LIUZHOU_BROKER).contentType("application/json").body(Map.of("reason", "再次"))
                .when().post("/brokers/" + id + "/suspend").then().statusCode(409)
                .body("code", equalTo("PERSON_ALREADY_SUSPENDED"));

        given().when().get("/public/brokers?q=" + name).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(ENTERPRISE).when().get("/brokers/" + id).then().statusCode(404)
                .body("code", equalTo("BROKER_NOT_FOUND"));
        given().auth().oauth2(ENTERPRISE).when().get("/brokers?q=" + name).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(LIUZHOU_BROKER).when().get("/brokers?status=SUSPENDED&q=" + name).then()
                .statusCode(200).body("items.id", contains(id));

        given().auth().oauth2(LIUZHOU_BROKER).when().post("/brokers/" + id + "/reactivate").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("actions", not(hasItem("reactivate")));
        given().when().get("/public/brokers?q=" + name).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void listsTakeOnlyTheirSortsAndFilters() {
        given().auth().oauth2(ENTERPRISE).when().get("/brokers?sort=age").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().when().get("/public/brokers?field=sugar").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().when().get("/public/brokers?page=x").then().statusCode(400);
        given().when().get("/public/brokers?agency=91450100MA5P2D9E7B").then().statusCode(400);
        given().auth().oauth2(ENTERPRISE).when().get("/brokers/not-an-id").then().statusCode(404)
                .body("code", equalTo("BROKER_NOT_FOUND"));
        given().when().get("/public/brokers?sort=newest&field=SUGAR&size=5").then().statusCode(200)
                .body("size", equalTo(5));
    }
}
