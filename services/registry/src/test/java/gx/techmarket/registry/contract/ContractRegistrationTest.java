package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Topics;
import gx.techmarket.platform.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A brokered contract's way from draft to registration, and a return for correction on the way. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ContractRegistrationTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aBrokerDraftsATransferOfAPublishedResultBetweenItsHolderAndAnEnterprise() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.LICENSE));
        Map<String, Object> body = Flows.brokeredBody(result, "LICENSE_PATENT", Orgs.GX_SUGAR_GROUP);
        String id = given().auth().oauth2(BROKER).contentType("application/json").body(body)
                .when().post("/contracts/brokered")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("contractType", equalTo("LICENSE_PATENT"))
                .body("contractCategory", equalTo("LICENSE"))
                .body("origin", equalTo("BROKERED"))
                .body("resultId", equalTo(result.toString()))
                .body("title", equalTo("甘蔗糖厂清洁生产与蔗渣高值化利用成套技术许可合同"))
                .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                .body("seller.kind", equalTo("UNIVERSITY"))
                .body("buyer.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("buyer.kind", equalTo("ENTERPRISE"))
                .body("intermediary.uscc", equalTo(Orgs.GX_TECH_TRANSFER.uscc()))
                .body("proposedAmount", equalTo("2600000.00"))
                .body("totalContractAmount", nullValue())
                .extract().path("id");
        // each party sees it among its contracts
        for (String party : List.of(SELLER, BUYER, BROKER)) {
            given().auth().oauth2(party).when().get("/contracts/mine?size=100")
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        // a draft is not filed: registrars do not see it yet
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?sort=newest&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aMillionWithTwoHundredThousandOfEquipmentIsRegisteredWithEightHundredThousandOfTechnology() {
        String id = Flows.brokeredDraft(db);
        String signedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
        Uploads.attachRequired(SELLER, id);
        given().auth().oauth2(SELLER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit")
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("totalContractAmount", equalTo("1000000.00"))
                .body("nonTechnicalAmount", equalTo("200000.00"))
                .body("nonTechnicalItems[0].category", equalTo("EQUIPMENT"))
                .body("nonTechnicalItems[0].amount", equalTo("200000.00"))
                .body("signedOn", equalTo(signedOn))
                .body("technicalField", equalTo("SUGAR")); // the brokered result's industry
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?sort=newest&size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/accept")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("registrationPointUscc", equalTo(Orgs.NANNING_REGISTRY.uscc()));
        String number = given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("technologyTransactionAmount", equalTo("800000.00"))
                .body("ruleSetVersion", equalTo("CN-2026"))
                .extract().path("registrationNumber");

        // YY 45 01 01 NNNNNN: this year in China, Guangxi, 南宁 (4501), point 01, a serial from 1
        String year = String.format("%02d", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() % 100);
        assertThat(number).hasSize(14).matches("[0-9]{14}").startsWith(year + "450101");
        assertThat(Integer.parseInt(number.substring(8))).isPositive();
        assertThat(Db.count(db, "select count(*) from contract where registration_number = ?", number)).isEqualTo(1);

        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> id.equals(r.key()) && "registry.ContractRegistered.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("registry.ContractRegistered.v1", event.value())).isEmpty();
        assertThat(Topics.header(event, "ce_source")).isEqualTo("/techmarket/registry");
        assertThat(Topics.header(event, "ce_subject")).isEqualTo(id);
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("contractId").asText()).isEqualTo(id);
        assertThat(payload.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(payload.get("contractType").asText()).isEqualTo("TRANSFER_PATENT");
        assertThat(payload.get("totalContractAmount").asText()).isEqualTo("1000000.00");
        assertThat(payload.get("nonTechnicalAmount").asText()).isEqualTo("200000.00");
        assertThat(payload.get("technologyTransactionAmount").asText()).isEqualTo("800000.00");
        assertThat(payload.get("nonTechnicalItems").get(0).get("description").asText()).isEqualTo("蔗渣生物制浆中试设备一套");
        assertThat(payload.get("seller").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(payload.get("buyer").get("uscc").asText()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(payload.get("intermediary").get("uscc").asText()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
        assertThat(payload.get("registrationPoint").get("code").asText()).isEqualTo("0101");
        assertThat(payload.get("registrationPoint").get("name").asText()).isEqualTo("南宁市技术合同登记站");
        assertThat(payload.get("signedOn").asText()).isEqualTo(signedOn);
        assertThat(payload.get("ruleSetVersion").asText()).isEqualTo("CN-2026");
        assertThat(payload.get("technicalField").asText()).isEqualTo("SUGAR");
        // the 技术经理人 who drafted it: the token's subject (the broker performance record's key)
        assertThat(payload.get("brokerAccount").asText()).isEqualTo(java.util.UUID.nameUUIDFromBytes(
                ("broker." + Orgs.GX_TECH_TRANSFER.uscc().toLowerCase(java.util.Locale.ROOT))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());

        // registered is registered: no second number, and it leaves the queue
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?sort=newest&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().statusCode(200)
                .body("registrationNumber", equalTo(number));
    }

    @Test
    void theSellerStatesTheTechnicalFieldWithItsFilingAndTheRegistrationCarriesIt() {
        String id = Flows.brokeredDraft(db);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("technicalField", equalTo("SUGAR"));
        Uploads.attachRequired(SELLER, id);
        Map<String, Object> badField = new java.util.HashMap<>(Flows.millionWithEquipment());
        badField.put("technicalField", "sugar industry");
        given().auth().oauth2(SELLER).contentType("application/json").body(badField)
                .when().post("/contracts/" + id + "/submit")
                .then().statusCode(400).body("errors.field", hasItem("technicalField"));
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("technicalField", equalTo("SUGAR"));

        Map<String, Object> filing = new java.util.HashMap<>(Flows.millionWithEquipment());
        filing.put("technicalField", "NEW_MATERIALS");
        Flows.submit(SELLER, id, filing);
        Flows.accept(id);
        Flows.register(REGISTRAR, id);
        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> id.equals(r.key()) && "registry.ContractRegistered.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("registry.ContractRegistered.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).get("technicalField").asText()).isEqualTo("NEW_MATERIALS");
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().statusCode(200)
                .body("technicalField", equalTo("NEW_MATERIALS"));
    }

    @Test
    void aReturnedFilingIsCorrectedByTheSellerAndRegisteredOnResubmission() {
        String id = Flows.accepted(db);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of("设备清单与合同附件不一致", "请补充专利权转让登记证明")))
                .when().post("/contracts/" + id + "/return-for-correction")
                .then().statusCode(200)
                .body("status", equalTo("NEEDS_CORRECTION"))
                .body("correctionReasons", contains("设备清单与合同附件不一致", "请补充专利权转让登记证明"));
        given().auth().oauth2(SELLER).when().get("/contracts/mine?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("NEEDS_CORRECTION"));
        // the registrar cannot register what it sent back, the buyer cannot refile for the seller
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(409);
        given().auth().oauth2(BUYER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(403)
                .body("code", equalTo("NOT_CONTRACT_SELLER"));

        Map<String, Object> corrected = Flows.filing("1000000.00", List.of(
                Flows.item("EQUIPMENT", "蔗渣生物制浆中试设备一套", "150000.00"),
                Flows.item("RAW_MATERIALS", "中试用菌剂及化学助剂", "50000.01")));
        corrected.put("title", "甘蔗糖厂蔗渣高值化利用成套技术专利权转让合同");
        // the correction goes back to the point that returned it, whose clock starts again (the full 15 days)
        given().auth().oauth2(SELLER).contentType("application/json").body(corrected)
                .when().post("/contracts/" + id + "/resubmit")
                .then().statusCode(200)
                .body("status", equalTo("RESUBMITTED"))
                .body("correctionReasons", empty())
                .body("registrationPointUscc", equalTo(Orgs.NANNING_REGISTRY.uscc()))
                .body("nonTechnicalAmount", equalTo("200000.01"))
                .body("deadline.startedOn", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .body("deadline.workingDays", equalTo(15));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("title", equalTo("甘蔗糖厂蔗渣高值化利用成套技术专利权转让合同"))
                .body("technologyTransactionAmount", equalTo("799999.99"))
                .body("nonTechnicalItems.size()", equalTo(2));
    }

    @Test
    void nonTechnicalItemsEqualToTheTotalLeaveATechnologyAmountOfZeroWhichIsNotRegistrable() {
        String id = Flows.brokeredDraft(db);
        Flows.submit(SELLER, id, Flows.filing("300000.00",
                List.of(Flows.item("INSTRUMENTS", "检测仪器", "300000.00"))));
        Flows.accept(id);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("nonTechnicalAmount", equalTo("300000.00"))
                .body("actions", contains("return-for-correction", "start-review", "refuse", "assess"));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(409).body("code", equalTo("TECHNOLOGY_AMOUNT_ZERO"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("registrationNumber", nullValue());
    }
}
