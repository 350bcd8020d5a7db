package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.OTHER_ENTERPRISE;
import static gx.techmarket.registry.contract.Flows.OTHER_UNIVERSITY;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Who may see and do what to whose contract, and bad input that changes nothing. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ContractAccessTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anotherOrganisationNeitherSeesNorTouchesAContract() {
        String id = Flows.brokeredDraft(db);
        given().auth().oauth2(OTHER_UNIVERSITY).when().get("/contracts/" + id).then().statusCode(404)
                .body("code", equalTo("CONTRACT_NOT_FOUND"));
        given().auth().oauth2(OTHER_UNIVERSITY).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(OTHER_ENTERPRISE).when().get("/contracts/mine?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        String otherBroker = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
        given().auth().oauth2(otherBroker).when().get("/contracts/" + id).then().statusCode(404);
        // the operators see every contract
        given().auth().oauth2(PROVINCE).when().get("/contracts/" + id).then().statusCode(200);
        // a colleague at the seller is the seller too
        String colleague = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.2", "张伟").build();
        Uploads.attachRequired(colleague, id);
        given().auth().oauth2(colleague).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void onlyTheSellerFilesAndOnlyAKnownRegistrationPointDecides() {
        String id = Flows.brokeredDraft(db);
        given().auth().oauth2(BUYER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(403)
                .body("code", equalTo("NOT_CONTRACT_SELLER"));
        // a broker files contracts its own organisation sells (issue 15), not the ones it intermediates
        given().auth().oauth2(BROKER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(403)
                .body("code", equalTo("NOT_CONTRACT_SELLER"));
        Flows.submit(SELLER, id, Flows.millionWithEquipment());

        // the role alone is not enough: the organisation must be a known registration point
        String stranger = Tokens.of(Role.REGISTRAR, Orgs.GX_DEPT_OF_SCIENCE);
        given().auth().oauth2(stranger).when().post("/contracts/" + id + "/accept").then().statusCode(403)
                .body("code", equalTo("NOT_A_REGISTRATION_POINT"));
        given().auth().oauth2(stranger).when().get("/contracts/queue").then().statusCode(403);
        given().auth().oauth2(stranger).when().get("/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(SELLER).when().post("/contracts/" + id + "/accept").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(SELLER).when().post("/contracts/" + id + "/register").then().statusCode(403);

        // once 南宁 accepted it, another point may neither return nor register it
        Flows.accept(id);
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).when().get("/contracts/" + id).then().statusCode(200);
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).when().get("/contracts/queue?sort=newest&size=100")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(403)
                .body("code", equalTo("NOT_HANDLING_POINT"));
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).contentType("application/json").body(Map.of("reasons", List.of("x")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(403);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?sort=newest&size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(200);
    }

    @Test
    void rolesAreEnforcedOnEveryEndpoint() {
        String id = Flows.brokeredDraft(db);
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        Map<String, Object> draft = Flows.brokeredBody(result, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP);
        given().auth().oauth2(SELLER).contentType("application/json").body(draft).when().post("/contracts/brokered")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/mine").then().statusCode(403);
        given().auth().oauth2(BROKER).when().get("/contracts/queue").then().statusCode(403);
        // an expert reads only what it was drawn to review: this one was not, so the contract does not exist for it
        given().auth().oauth2(Tokens.of(Role.EXPERT, Orgs.GXAS)).when().get("/contracts/" + id).then().statusCode(404)
                .body("code", equalTo("CONTRACT_NOT_FOUND"));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(403);
        given().when().get("/contracts/" + id).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.as(Role.REGISTRAR, Orgs.NANNING_REGISTRY).audience("techmarket-catalogue").build())
                .when().get("/contracts/queue").then().statusCode(401);
    }

    @Test
    void illegalMovesAre409AndChangeNothing() {
        String id = Flows.brokeredDraft(db);
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/accept").then().statusCode(404);
        Flows.submit(SELLER, id, Flows.millionWithEquipment());
        given().auth().oauth2(REGISTRAR).header("Accept-Language", "en").when().post("/contracts/" + id + "/register")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"))
                .body("detail", equalTo("The contract is “submitted” and cannot become “registered”."));
        given().auth().oauth2(SELLER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(Map.of("reasons", List.of("缺少附件")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(409);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void badFilingsAreRefusedAndChangeNothing() {
        String id = Flows.brokeredDraft(db);
        long version = version(id);
        given().auth().oauth2(SELLER).contentType("application/json").header("Accept-Language", "en")
                .body(Flows.filing("100000.00", List.of(Flows.item("EQUIPMENT", "中试设备", "80000.00"),
                        Flows.item("PARTS", "零部件", "20000.01"))))
                .when().post("/contracts/" + id + "/submit").then().statusCode(400)
                .body("code", equalTo("NON_TECHNICAL_EXCEEDS_TOTAL"))
                .body("errors[0].field", equalTo("nonTechnicalItems"))
                .body("detail", equalTo("The non-technical items add up to 100000.01 yuan, more than the total "
                        + "contract amount of 100000.00 yuan."));
        Map<String, Object> future = Flows.millionWithEquipment();
        future.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString());
        given().auth().oauth2(SELLER).contentType("application/json").body(future)
                .when().post("/contracts/" + id + "/submit").then().statusCode(400)
                .body("code", equalTo("SIGNED_ON_IN_FUTURE")).body("errors[0].field", equalTo("signedOn"));
        Map<String, Object> bad = Flows.filing("0.00", List.of(Flows.item("EQUIPMENT", " ", "-1.00"),
                Flows.item("OTHER", "运输", "12.345")));
        bad.put("signedOn", null);
        given().auth().oauth2(SELLER).contentType("application/json").body(bad)
                .when().post("/contracts/" + id + "/submit").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("totalContractAmount"))
                .body("errors.field", hasItem("signedOn"))
                .body("errors.field", hasItem("nonTechnicalItems[0].description"))
                .body("errors.field", hasItem("nonTechnicalItems[0].amount"))
                .body("errors.field", hasItem("nonTechnicalItems[1].amount"));
        Map<String, Object> badCategory = Flows.filing("1000.00", List.of(Flows.item("SOFTWARE", "软件", "1.00")));
        given().auth().oauth2(SELLER).contentType("application/json").body(badCategory)
                .when().post("/contracts/" + id + "/submit").then().statusCode(400)
                .body("code", equalTo("INVALID_JSON_FIELD"));
        given().auth().oauth2(SELLER).contentType("application/json").body("{\"totalContractAmount\":")
                .when().post("/contracts/" + id + "/submit")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertThat(version(id)).isEqualTo(version);
        assertThat(Db.count(db, "select count(*) from contract_non_technical_item where contract_id = ?",
                UUID.fromString(id))).isZero();
    }

    @Test
    void badDraftsAreRefusedAndCreateNothing() {
        UUID licenceOnly = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.LICENSE));
        long before = Db.count(db, "select count(*) from contract");
        Map<String, Object> badBuyer = Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP);
        badBuyer.put("buyer", Map.of("uscc", "91450100MA5K3B2L5X", "name", " ", "region", "45010"));
        given().auth().oauth2(BROKER).contentType("application/json").body(badBuyer).when().post("/contracts/brokered")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("buyer.uscc"))
                .body("errors.field", hasItem("buyer.name"))
                .body("errors.field", hasItem("buyer.region"));
        // six digits are not a region: 100000 is no division of GB/T 2260, 110100 only a statistical placeholder
        for (String fake : List.of("100000", "110100")) {
            Map<String, Object> fakeRegion = Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP);
            fakeRegion.put("buyer", Map.of("uscc", Orgs.GX_SUGAR_GROUP.uscc(), "name", Orgs.GX_SUGAR_GROUP.name(),
                    "region", fake));
            given().auth().oauth2(BROKER).contentType("application/json").body(fakeRegion)
                    .header("Accept-Language", "zh-CN").when().post("/contracts/brokered")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].field", equalTo("buyer.region"))
                    .body("errors[0].code", equalTo("RegionCode"))
                    .body("errors[0].message", equalTo("不是有效的行政区划代码（须为 GB/T 2260 中的省级、地级或县级代码）"));
        }
        Map<String, Object> inEnglish = Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP);
        inEnglish.put("buyer", Map.of("uscc", Orgs.GX_SUGAR_GROUP.uscc(), "name", Orgs.GX_SUGAR_GROUP.name(),
                "region", "100000"));
        given().auth().oauth2(BROKER).contentType("application/json").body(inEnglish).header("Accept-Language", "en")
                .when().post("/contracts/brokered").then().statusCode(400).body("errors[0].message",
                        equalTo("is not a GB/T 2260 region code (a province, prefecture or county of China)"));
        post(Flows.brokeredBody(licenceOnly, "DEVELOPMENT_COMMISSIONED", Orgs.GX_SUGAR_GROUP), 400,
                "CONTRACT_TYPE_NOT_TRANSFER_OR_LICENSE", "contractType");
        post(Flows.brokeredBody(licenceOnly, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP), 409, "TRANSFER_MODE_NOT_OFFERED",
                "contractType");
        post(Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GXU), 400, "BUYER_IS_SELLER", "buyer.uscc");
        post(Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_TECH_TRANSFER), 400, "BROKER_IS_PARTY",
                "buyer.uscc");
        post(Flows.brokeredBody(UUID.randomUUID(), "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP), 404, "RESULT_NOT_KNOWN",
                "resultId");
        Map<String, Object> badType = Flows.brokeredBody(licenceOnly, "LICENCE", Orgs.GX_SUGAR_GROUP);
        given().auth().oauth2(BROKER).contentType("application/json").body(badType).when().post("/contracts/brokered")
                .then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("contractType"));

        // the holder withdraws the result: no new contract for it
        TestEvents.send(new ResultWithdrawn(licenceOnly, Orgs.GXU.uscc(), "已独占许可", Instant.now()),
                "/techmarket/catalogue");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from known_result where id = ? and withdrawn_at is not null", licenceOnly) == 1);
        post(Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP), 409, "RESULT_WITHDRAWN",
                "resultId");
        // the result by its title, never an id
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(licenceOnly, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(409)
                .body("detail", equalTo("科技成果“甘蔗糖厂清洁生产与蔗渣高值化利用成套技术”已从成果库撤回，不能再为其起草合同。"));
        given().auth().oauth2(SELLER).when().get("/contracts/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", equalTo("该技术合同不存在，或您无权查看。"));
        given().auth().oauth2(SELLER).when().get("/contracts/not-a-uuid").then().statusCode(404);
        assertThat(Db.count(db, "select count(*) from contract")).isEqualTo(before);
    }

    /** A brokered draft refused with {@code code} on {@code field} of the request. */
    private static void post(Map<String, Object> body, int status, String code, String field) {
        given().auth().oauth2(BROKER).contentType("application/json").body(body).when().post("/contracts/brokered")
                .then().statusCode(status).body("code", equalTo(code)).body("errors[0].field", equalTo(field));
    }

    private long version(String id) {
        return Db.count(db, "select version from contract where id = ?", UUID.fromString(id));
    }
}
