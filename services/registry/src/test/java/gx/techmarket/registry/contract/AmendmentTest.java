package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 变更登记 and 注销登记 by the registering point: the number stays, the amounts are derived again to the 分, each
 * change is recorded with its before and after, and {@code ContractAmended} / {@code ContractDeregistered} carry it
 * in the transaction that makes it; refused moves change nothing and announce nothing.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class AmendmentTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anAmendmentReRegistersTheNewAmountsUnderTheSameNumberAndAnnouncesEveryFact() throws Exception {
        String id = Flows.accepted(db);
        String number = Flows.register(REGISTRAR, id);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("actions", contains("amend", "deregister"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("actions", not(hasItem("amend")));

        // refused moves first: another point, nothing changed, no technology left, a buyer the directory lacks
        Map<String, Object> amendment = Map.of("totalContractAmount", "1200000.00",
                "nonTechnicalItems", List.of(Flows.item("EQUIPMENT", "蔗渣生物制浆中试设备一套", "150000.01")),
                "reason", "双方签订补充协议，\n转让费调增并减少设备");
        given().auth().oauth2(LIUZHOU_REGISTRAR).contentType("application/json").body(amendment)
                .when().post("/contracts/" + id + "/amend").then().statusCode(403)
                .body("code", equalTo("NOT_REGISTERING_POINT"));
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("totalContractAmount", "1000000.00", "reason", "核对无误"))
                .when().post("/contracts/" + id + "/amend").then().statusCode(400)
                .body("code", equalTo("AMENDMENT_CHANGES_NOTHING"));
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("totalContractAmount", "200000.00", "reason", "设备款即全部价款"))
                .when().post("/contracts/" + id + "/amend").then().statusCode(400)
                .body("code", equalTo("AMENDED_TECHNOLOGY_AMOUNT_ZERO"))
                .body("errors[0].field", equalTo("totalContractAmount"));
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("buyer", Map.of("uscc", DirectoryPartiesTest.SHENZHEN), "reason", "买方变更"))
                .when().post("/contracts/" + id + "/amend").then().statusCode(400)
                .body("code", equalTo("BUYER_NOT_IN_DIRECTORY"));
        assertThat(outboxCount(id, "registry.ContractAmended.v1")).isZero();

        given().auth().oauth2(REGISTRAR).contentType("application/json").body(amendment)
                .when().post("/contracts/" + id + "/amend").then().statusCode(200)
                .body("status", equalTo("AMENDED"))
                .body("registrationNumber", equalTo(number))
                .body("amendmentNumber", equalTo(1))
                .body("totalContractAmount", equalTo("1200000.00"))
                .body("nonTechnicalAmount", equalTo("150000.01"))
                .body("technologyTransactionAmount", equalTo("1049999.99"))
                .body("actions", contains("amend", "deregister"));

        JsonNode first = outboxPayload(id, "registry.ContractAmended.v1", 1);
        assertThat(first.path("registrationNumber").asText()).isEqualTo(number);
        assertThat(first.path("amendmentNumber").asInt()).isEqualTo(1);
        assertThat(first.path("totalContractAmount").asText()).isEqualTo("1200000.00");
        assertThat(first.path("nonTechnicalAmount").asText()).isEqualTo("150000.01");
        assertThat(first.path("technologyTransactionAmount").asText()).isEqualTo("1049999.99");
        assertThat(first.path("nonTechnicalItems").get(0).path("amount").asText()).isEqualTo("150000.01");
        assertThat(first.path("reason").asText()).isEqualTo("双方签订补充协议，\n转让费调增并减少设备");
        assertThat(first.path("registrationPoint").path("code").asText()).isEqualTo("0101");
        assertThat(first.path("intermediary").path("uscc").asText()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
        String registeredAt = given().auth().oauth2(SELLER).when().get("/contracts/" + id).then()
                .extract().path("registeredAt");
        assertThat(java.time.Instant.parse(first.path("registeredAt").asText()))
                .isEqualTo(java.time.Instant.parse(registeredAt));

        // a second amendment changes the buyer only: number 2, the amounts as amended before
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("buyer", Map.of("uscc", Orgs.GUILIN_SUGAR.uscc()), "reason", "合同权利义务概括转让给桂林桂糖"))
                .when().post("/contracts/" + id + "/amend").then().statusCode(200)
                .body("amendmentNumber", equalTo(2))
                .body("buyer.uscc", equalTo(Orgs.GUILIN_SUGAR.uscc()))
                .body("technologyTransactionAmount", equalTo("1049999.99"));
        JsonNode second = outboxPayload(id, "registry.ContractAmended.v1", 2);
        assertThat(second.path("buyer").path("name").asText()).isEqualTo(Orgs.GUILIN_SUGAR.name());
        assertThat(second.path("technologyTransactionAmount").asText()).isEqualTo("1049999.99");

        // the record of both, with what each changed
        given().auth().oauth2(BUYER).when().get("/contracts/" + id + "/amendments").then().statusCode(404);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/amendments").then().statusCode(200)
                .body("amendmentNumber", contains(1, 2))
                .body("[0].before.totalContractAmount", equalTo("1000000.00"))
                .body("[0].before.technologyTransactionAmount", equalTo("800000.00"))
                .body("[0].after.technologyTransactionAmount", equalTo("1049999.99"))
                .body("[1].before.buyer.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("[1].after.buyer.uscc", equalTo(Orgs.GUILIN_SUGAR.uscc()))
                .body("[1].reason", equalTo("合同权利义务概括转让给桂林桂糖"));

        // the certificate states the amended facts with the amendment's number
        byte[] pdf = given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/certificate.pdf").then()
                .statusCode(200).extract().asByteArray();
        assertThat(CertificateTest.text(pdf)).contains("有效（已变更登记）", "第 2 次变更", "1,049,999.99 元",
                "1,200,000.00 元", Orgs.GUILIN_SUGAR.name());
    }

    @Test
    void aDeregisteredRegistrationIsFinalAnnouncedOnceAndStampedOnItsCertificate() throws Exception {
        String id = Flows.accepted(db);
        String number = Flows.register(REGISTRAR, id);
        Map<String, Object> deregistration = Map.of("reason", "RESCINDED", "explanation", "双方协议解除合同，\n已退还转让费");
        given().auth().oauth2(LIUZHOU_REGISTRAR).contentType("application/json").body(deregistration)
                .when().post("/contracts/" + id + "/deregister").then().statusCode(403);
        given().auth().oauth2(SELLER).contentType("application/json").body(deregistration)
                .when().post("/contracts/" + id + "/deregister").then().statusCode(403);
        assertThat(outboxCount(id, "registry.ContractDeregistered.v1")).isZero();

        given().auth().oauth2(REGISTRAR).contentType("application/json").body(deregistration)
                .when().post("/contracts/" + id + "/deregister").then().statusCode(200)
                .body("status", equalTo("DEREGISTERED"))
                .body("registrationNumber", equalTo(number))
                .body("deregistration.reason", equalTo("RESCINDED"))
                .body("deregistration.explanation", equalTo("双方协议解除合同，\n已退还转让费"))
                .body("actions", empty());
        JsonNode event = outboxPayload(id, "registry.ContractDeregistered.v1", 1);
        assertThat(event.path("registrationNumber").asText()).isEqualTo(number);
        assertThat(event.path("reason").asText()).isEqualTo("RESCINDED");
        assertThat(event.path("buyer").path("uscc").asText()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());

        given().auth().oauth2(REGISTRAR).contentType("application/json").body(deregistration)
                .when().post("/contracts/" + id + "/deregister").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("totalContractAmount", "900000.00", "reason", "调减"))
                .when().post("/contracts/" + id + "/amend").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(outboxCount(id, "registry.ContractDeregistered.v1")).isEqualTo(1);

        String code = given().auth().oauth2(SELLER).when().get("/contracts/" + id).then()
                .extract().path("certificate.verificationCode");
        given().when().get("/public/certificates/" + number + "?code=" + code).then().statusCode(200)
                .body("status", equalTo("DEREGISTERED"))
                .body("statusLabel", equalTo("已注销"));
        byte[] pdf = given().auth().oauth2(BUYER).when().get("/contracts/" + id + "/certificate.pdf").then()
                .statusCode(200).extract().asByteArray();
        assertThat(CertificateTest.text(pdf)).contains("已注销", "合同解除");
    }

    private long outboxCount(String id, String type) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = ?", id, type);
    }

    /** The {@code n}-th event of {@code type} of the contract, valid against its schema. */
    private JsonNode outboxPayload(String id, String type, int n) {
        assertThat(outboxCount(id, type)).as("%s of %s in the outbox", type, id).isEqualTo(n);
        String json = Db.single(db, "select payload::text from outbox where aggregateid = ? and type = ? "
                + "order by (payload->>'amendmentNumber')::int nulls first offset ? limit 1", id, type, n - 1)
                .toString();
        assertThat(EventSchemas.validate(type, json)).isEmpty();
        return EventJson.readTree(json);
    }
}
