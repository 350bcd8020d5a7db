package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A seller files its own contract of any subtype (issue 15): the draft with its details, its edits, the filing under
 * the rule set of its signing date, 核定 by the handling point, and 预审.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class FilingTest {

    static final String SIGNED = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
    static final String UNKNOWN_SHENZHEN = "91440300MA5FG2H3JW";

    @Inject
    AgroalDataSource db;

    /** Details valid for {@code type}: exactly what its subtype requires. */
    static Map<String, Object> detailsFor(ContractType type) {
        String licenceEnds = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(3).toString();
        return switch (type) {
            case DEVELOPMENT_COMMISSIONED, CONSULTING, SERVICE -> Map.of("deliverable", "研究报告及样机");
            case DEVELOPMENT_COOPERATIVE -> Map.of("deliverable", "中试工艺包", "contributions", List.of(
                    Map.of("party", "SELLER", "share", "60.00", "description", "研发人员与试验"),
                    Map.of("party", "BUYER", "share", "40.00", "description", "资金与场地")));
            case TRANSFER_PATENT -> Map.of("patentNumber", "ZL201910563278.2");
            case TRANSFER_PATENT_APPLICATION -> Map.of("applicationNumber", "201910563278.2");
            case TRANSFER_TECHNICAL_SECRET -> Map.of();
            case TRANSFER_IC_LAYOUT -> Map.of("layoutRegistrationNumber", "BS.195012345");
            case TRANSFER_PLANT_VARIETY -> Map.of("varietyRightNumber", "CNA20191234.5");
            case TRANSFER_SOFTWARE -> Map.of("softwareRegistrationNumber", "2023SR0123456");
            case TRANSFER_BIOMEDICINE_VARIETY -> Map.of("certificateNumber", "国药证字H20230001");
            case TRANSFER_OTHER -> Map.of("rightDescription", "地理标志产品加工技术的相关权利");
            case LICENSE_PATENT -> Map.of("patentNumber", "ZL201910563278.2", "licenceScope", "SOLE",
                    "licencePeriodTo", licenceEnds);
            case LICENSE_TECHNICAL_SECRET -> Map.of("licenceScope", "ORDINARY", "licencePeriodTo", licenceEnds);
            case LICENSE_OTHER -> Map.of("rightDescription", "软件的使用权", "licenceScope", "EXCLUSIVE",
                    "licencePeriodTo", licenceEnds);
            case SERVICE_TRAINING -> Map.of("trainees", 30, "trainingContent", "清洁生产工艺操作培训\n第二期");
            case SERVICE_INTERMEDIARY -> Map.of("principalParties", List.of("广西大学", "广西桂糖集团"));
        };
    }

    /** 广西大学's filing of a {@code type} contract with 广西桂糖集团 as buyer. */
    static Map<String, Object> filing(ContractType type) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractType", type.name());
        body.put("title", "蔗渣生物制浆技术合同");
        body.put("subject", "蔗渣生物制浆技术");
        body.put("description", "甲方向乙方提供蔗渣生物制浆成套技术。\n含工艺包。");
        body.put("signedOn", SIGNED);
        body.put("totalContractAmount", "1000000.00");
        body.put("nonTechnicalItems", List.of(Flows.item("EQUIPMENT", "中试设备一套", "200000.00")));
        body.put("counterparty", Map.of("uscc", Orgs.GX_SUGAR_GROUP.uscc()));
        body.put("details", detailsFor(type));
        body.put("technicalField", "SUGAR");
        if (type.category() == ContractCategory.TRANSFER || type.category() == ContractCategory.LICENSE) {
            body.put("inventorRewardShare", "70.00");
        }
        return body;
    }

    static String file(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/contracts").then().statusCode(201).extract().path("id");
    }

    @Test
    void eachSubtypeIsFiledByItsSellerSubmittedAndRegistered() {
        for (ContractType type : ContractType.values()) {
            Map<String, Object> body = filing(type);
            String id = given().auth().oauth2(SELLER).contentType("application/json").body(body)
                    .when().post("/contracts").then().statusCode(201)
                    .body("origin", equalTo("FILED"))
                    .body("status", equalTo("DRAFT"))
                    .body("contractType", equalTo(type.name()))
                    .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                    .body("buyer.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                    .body("ruleSetVersion", equalTo("CN-2026"))
                    .body("totalContractAmount", equalTo("1000000.00"))
                    .body("nonTechnicalAmount", equalTo("200000.00"))
                    .body("filing.subject", equalTo("蔗渣生物制浆技术"))
                    .body("filing.recognisedCategory", equalTo(type.category().name()))
                    .body("filing.filedAmounts.technologyTransactionAmount", equalTo("800000.00"))
                    .body("technicalField", equalTo("SUGAR"))
                    .body("actions", contains("submit", "edit"))
                    .extract().path("id");
            Flows.submit(SELLER, id, Flows.millionWithEquipment());
            Flows.accept(id);
            String number = Flows.register(REGISTRAR, id);
            assertThat(number).as(type.name()).matches("[0-9]{2}450101[0-9]{6}");
            given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                    .body("status", equalTo("REGISTERED"))
                    .body("technologyTransactionAmount", equalTo("800000.00"))
                    .body("filing.details", equalTo(detailsFor(type)));
        }
    }

    @Test
    void aMissingOrWrongDetailIsRefusedAndNothingIsKept() {
        long before = Db.count(db, "select count(*) from contract where origin = 'FILED'");
        Map<String, Object> noPatent = filing(ContractType.TRANSFER_PATENT);
        noPatent.put("details", Map.of());
        refused(SELLER, noPatent, 400, "VALIDATION_FAILED", "details.patentNumber");
        Map<String, Object> wrongCheck = filing(ContractType.TRANSFER_PATENT);
        wrongCheck.put("details", Map.of("patentNumber", "ZL202310123456.7"));
        refused(SELLER, wrongCheck, 400, "VALIDATION_FAILED", "details.patentNumber");
        Map<String, Object> noShare = filing(ContractType.LICENSE_TECHNICAL_SECRET);
        noShare.remove("inventorRewardShare");
        refused(SELLER, noShare, 400, "VALIDATION_FAILED", "inventorRewardShare");
        Map<String, Object> future = filing(ContractType.CONSULTING);
        future.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString());
        refused(SELLER, future, 400, "SIGNED_ON_IN_FUTURE", "signedOn");
        Map<String, Object> tooMuch = filing(ContractType.SERVICE);
        tooMuch.put("nonTechnicalItems", List.of(Flows.item("PARTS", "配件", "1000000.01")));
        refused(SELLER, tooMuch, 400, "NON_TECHNICAL_EXCEEDS_TOTAL", "nonTechnicalItems");
        Map<String, Object> threeSets = filing(ContractType.SERVICE);
        threeSets.put("carriers", List.of(Map.of("kind", "TEST_EQUIPMENT", "description", "试验台", "quantity", 3)));
        refused(SELLER, threeSets, 400, "TEST_EQUIPMENT_ABOVE_TWO_SETS", "carriers");
        Map<String, Object> beforeRules = filing(ContractType.SERVICE);
        beforeRules.put("signedOn", "2001-07-17");
        refused(SELLER, beforeRules, 409, "NO_RULE_SET_IN_FORCE", "signedOn");
        Map<String, Object> self = filing(ContractType.SERVICE);
        self.put("counterparty", Map.of("uscc", Orgs.GXU.uscc()));
        refused(SELLER, self, 400, "BUYER_IS_SELLER", "counterparty.uscc");
        Map<String, Object> brokerIsBuyer = filing(ContractType.SERVICE);
        brokerIsBuyer.put("intermediaryUscc", Orgs.GX_SUGAR_GROUP.uscc());
        refused(SELLER, brokerIsBuyer, 400, "INTERMEDIARY_IS_PARTY", "intermediaryUscc");
        assertThat(Db.count(db, "select count(*) from contract where origin = 'FILED'")).isEqualTo(before);
    }

    @Test
    void onlyAGuangxiOrganisationFilesAndAnEnterpriseDeclaresNoRewardShare() {
        String shenzhen = Tokens.of(Role.ENTERPRISE, Orgs.SHENZHEN_ROBOTICS);
        Map<String, Object> body = filing(ContractType.SERVICE);
        body.put("counterparty", Map.of("uscc", Orgs.GXU.uscc()));
        given().auth().oauth2(shenzhen).contentType("application/json").body(body)
                .when().post("/contracts").then().statusCode(403).body("code", equalTo("FILER_OUTSIDE_GUANGXI"));
        Map<String, Object> transfer = filing(ContractType.TRANSFER_TECHNICAL_SECRET);
        transfer.put("counterparty", Map.of("uscc", Orgs.GXU.uscc()));
        refused(BUYER, transfer, 400, "VALIDATION_FAILED", "inventorRewardShare");
        transfer.remove("inventorRewardShare");
        given().auth().oauth2(BUYER).contentType("application/json").body(transfer)
                .when().post("/contracts").then().statusCode(201)
                .body("seller.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("buyer.uscc", equalTo(Orgs.GXU.uscc()))
                .body("filing.inventorRewardShare", nullValue());
    }

    @Test
    void anOutOfProvinceCounterpartyIsRecordedAsDeclared() {
        Map<String, Object> body = filing(ContractType.DEVELOPMENT_COMMISSIONED);
        body.put("counterparty", Map.of("uscc", UNKNOWN_SHENZHEN));
        refused(SELLER, body, 400, "BUYER_NOT_IN_DIRECTORY", "counterparty.uscc");
        body.put("counterparty", Map.of("uscc", UNKNOWN_SHENZHEN, "external", true, "name", "深圳前海智造科技有限公司",
                "region", "450100"));
        refused(SELLER, body, 400, "EXTERNAL_BUYER_IN_GUANGXI", "counterparty.region");
        body.put("counterparty", Map.of("uscc", UNKNOWN_SHENZHEN, "external", true, "name", "深圳前海智造科技有限公司",
                "region", "440300"));
        String id = given().auth().oauth2(SELLER).contentType("application/json").body(body)
                .when().post("/contracts").then().statusCode(201)
                .body("buyerExternal", equalTo(true))
                .body("buyer.name", equalTo("深圳前海智造科技有限公司"))
                .body("buyer.region", equalTo("440300"))
                .extract().path("id");
        assertThat(Db.count(db, "select count(*) from contract where id = ? and buyer_external",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void anExportsBuyerAndAnImportsSellerAreForeignAndAnImportIsFiledByItsBuyer() {
        Map<String, Object> export = filing(ContractType.TRANSFER_TECHNICAL_SECRET);
        export.put("counterparty", Map.of("foreign", true, "name", "Südzucker AG", "country", "DE"));
        String exported = given().auth().oauth2(SELLER).contentType("application/json").body(export)
                .when().post("/contracts").then().statusCode(201)
                .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                .body("buyer.country", equalTo("DE"))
                .body("buyer.name", equalTo("Südzucker AG"))
                .body("buyer.uscc", nullValue())
                .body("buyer.region", nullValue())
                .extract().path("id");
        Flows.submit(SELLER, exported, Flows.millionWithEquipment());
        Flows.accept(exported);
        Flows.register(REGISTRAR, exported);
        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> exported.equals(r.key()) && "registry.ContractRegistered.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("registry.ContractRegistered.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).get("buyer").get("country").asText()).isEqualTo("DE");

        Map<String, Object> imported = filing(ContractType.LICENSE_PATENT);
        imported.remove("inventorRewardShare");
        imported.put("import", true);
        imported.put("counterparty", Map.of("uscc", Orgs.GXU.uscc()));
        refused(BUYER, imported, 400, "IMPORT_SELLER_NOT_FOREIGN", "counterparty.foreign");
        imported.put("counterparty", Map.of("foreign", true, "name", "Tate & Lyle PLC", "country", "CN"));
        refused(BUYER, imported, 400, "FOREIGN_PARTY_COUNTRY_REQUIRED", "counterparty.country");
        imported.put("counterparty", Map.of("foreign", true, "name", "Tate & Lyle PLC", "country", "GB"));
        String id = given().auth().oauth2(BUYER).contentType("application/json").body(imported)
                .when().post("/contracts").then().statusCode(201)
                .body("seller.country", equalTo("GB"))
                .body("buyer.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("filing.technologyImport", equalTo(true))
                .body("actions", contains("submit", "edit"))
                .extract().path("id");
        given().auth().oauth2(BUYER).when().get("/contracts/" + id + "/precheck").then().statusCode(200)
                .body("checklist.kind", contains("SIGNED_CONTRACT", "PATENT_CERTIFICATE", "IMPORT_REGISTRATION"));
        Flows.submit(BUYER, id, Flows.millionWithEquipment());
        Map<String, Object> noUscc = filing(ContractType.SERVICE);
        noUscc.put("counterparty", Map.of("name", "某公司"));
        refused(SELLER, noUscc, 400, "VALIDATION_FAILED", "counterparty.uscc");
    }

    @Test
    void theFilerEditsItsDraftAndNobodyElseDoes() {
        String id = file(SELLER, filing(ContractType.CONSULTING));
        Map<String, Object> edited = filing(ContractType.SERVICE_TRAINING);
        edited.put("subject", "清洁生产工艺培训");
        edited.put("performanceFrom", SIGNED);
        edited.put("performanceTo", LocalDate.parse(SIGNED).plusMonths(6).toString());
        edited.put("carriers", List.of(Map.of("kind", "DOCUMENTS", "description", "培训讲义", "quantity", 30)));
        given().auth().oauth2(BUYER).contentType("application/json").body(edited)
                .when().put("/contracts/" + id).then().statusCode(403).body("code", equalTo("NOT_CONTRACT_SELLER"));
        given().auth().oauth2(Flows.OTHER_UNIVERSITY).contentType("application/json").body(edited)
                .when().put("/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(SELLER).contentType("application/json").body(edited)
                .when().put("/contracts/" + id).then().statusCode(200)
                .body("contractType", equalTo("SERVICE_TRAINING"))
                .body("filing.subject", equalTo("清洁生产工艺培训"))
                .body("filing.carriers[0].kind", equalTo("DOCUMENTS"))
                .body("filing.details.trainees", equalTo(30));
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().statusCode(200)
                .body("actions", not(hasItem("edit")));
        Flows.submit(SELLER, id, Flows.millionWithEquipment());
        given().auth().oauth2(SELLER).contentType("application/json").body(edited)
                .when().put("/contracts/" + id).then().statusCode(409).body("code", equalTo("CONTRACT_NOT_EDITABLE"));
        // a brokered draft is filed with submit, not edited
        String brokered = Flows.brokeredDraft(db);
        given().auth().oauth2(SELLER).contentType("application/json").body(edited)
                .when().put("/contracts/" + brokered).then().statusCode(409).body("code", equalTo("CONTRACT_NOT_EDITABLE"));
    }

    @Test
    void aContractSignedIn2025FollowsThe2001Rules() {
        Map<String, Object> body = filing(ContractType.LICENSE_PATENT);
        body.put("signedOn", "2025-11-03");
        body.put("details", Map.of("patentNumber", "ZL201910563278.2", "licenceScope", "EXCLUSIVE",
                "licencePeriodTo", "2030-11-02"));
        String id = given().auth().oauth2(SELLER).contentType("application/json").body(body)
                .when().post("/contracts").then().statusCode(201)
                .body("ruleSetVersion", equalTo("CN-2001"))
                .body("filing.recognisedCategory", equalTo("TRANSFER"))
                .extract().path("id");
        Map<String, Object> filing = Flows.millionWithEquipment();
        filing.put("signedOn", "2025-11-03");
        Flows.submit(SELLER, id, filing);
        Flows.accept(id);
        // the 2000 办法's 30 days (calendar days), not the 2026 rules' 15 working days
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("deadline.workingDays", equalTo(30))
                .body("deadline.unit", equalTo("CALENDAR_DAYS"));
        String number = Flows.register(REGISTRAR, id);
        assertThat(number).hasSize(14);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().body("ruleSetVersion", equalTo("CN-2001"));
        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> id.equals(r.key()) && "registry.ContractRegistered.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("ruleSetVersion").asText()).isEqualTo("CN-2001");
        assertThat(payload.get("registrationNumber").asText()).isEqualTo(number);
    }

    @Test
    void theHandlingPointAssessesTheAmountsAndTheFiledOnesStayReadable() {
        String id = file(SELLER, filing(ContractType.SERVICE));
        Flows.submit(SELLER, id, Flows.millionWithEquipment());
        Map<String, Object> assessment = Map.of(
                "nonTechnicalItems", List.of(Flows.item("EQUIPMENT", "中试设备一套", "200000.00"),
                        Flows.item("RAW_MATERIALS", "试剂原料", "50000.50")),
                "carriers", List.of(Map.of("kind", "TEST_EQUIPMENT", "description", "检测仪", "quantity", 2)),
                "reason", "试剂原料属于非技术性款项，予以扣除；检测仪两套为技术载体。");
        assess(REGISTRAR, id, assessment).then().statusCode(409).body("code", equalTo("ASSESSMENT_NOT_ALLOWED_NOW"));
        Flows.accept(id);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().body("actions", hasItem("assess"));
        assess(LIUZHOU_REGISTRAR, id, assessment).then().statusCode(403).body("code", equalTo("NOT_HANDLING_POINT"));
        assess(REGISTRAR, id, Map.of("nonTechnicalItems", List.of(Flows.item("PARTS", "配件", "1000000.01")),
                "reason", "x")).then().statusCode(400).body("code", equalTo("NON_TECHNICAL_EXCEEDS_TOTAL"));
        assess(REGISTRAR, id, Map.of("nonTechnicalItems", List.of(), "reason", "x", "carriers",
                List.of(Map.of("kind", "TEST_EQUIPMENT", "description", "检测仪", "quantity", 3))))
                .then().statusCode(400).body("code", equalTo("TEST_EQUIPMENT_ABOVE_TWO_SETS"));
        assertThat(Db.count(db, "select count(*) from amount_assessment where contract_id = ?", UUID.fromString(id)))
                .isZero();

        assess(REGISTRAR, id, assessment).then().statusCode(200)
                .body("nonTechnicalAmount", equalTo("250000.50"))
                .body("nonTechnicalItems[1].amount", equalTo("50000.50"))
                .body("filing.carriers[0].quantity", equalTo(2))
                .body("filing.filedAmounts.nonTechnicalAmount", equalTo("200000.00"))
                .body("filing.filedAmounts.technologyTransactionAmount", equalTo("800000.00"))
                .body("filing.filedAmounts.nonTechnicalItems[0].description", equalTo("蔗渣生物制浆中试设备一套"))
                .body("filing.assessment.reason", equalTo("试剂原料属于非技术性款项，予以扣除；检测仪两套为技术载体。"))
                .body("filing.assessment.assessedBy", equalTo("registrar." + Orgs.NANNING_REGISTRY.uscc().toLowerCase(java.util.Locale.ROOT)));
        assertThat(Db.count(db, "select count(*) from amount_assessment where contract_id = ? and "
                + "before_non_technical_amount = 200000.00 and after_non_technical_amount = 250000.50",
                UUID.fromString(id))).isEqualTo(1);
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(200)
                .body("technologyTransactionAmount", equalTo("749999.50"));
    }

    @Test
    void precheckSuggestsBeforeFilingAndOnAFiledContract() {
        Map<String, Object> request = Map.of("subject", "糖厂扩建可行性论证", "description", "就糖厂扩建进行可行性论证，出具报告。",
                "contractType", "SERVICE", "totalContractAmount", "6000000.00", "signedOn", SIGNED,
                "nonTechnicalItems", List.of(Flows.item("EQUIPMENT", "设备", "500000.00")));
        given().auth().oauth2(SELLER).contentType("application/json").body(request)
                .when().post("/contracts/precheck").then().statusCode(200)
                .body("suggestedType", equalTo("CONSULTING"))
                .body("rule", equalTo("CONSULTING"))
                .body("technologyTransactionAmount", equalTo("5500000.00"))
                .body("ruleSetVersion", equalTo("CN-2026"))
                .body("deadline.amount", equalTo(30))
                .body("deadline.unit", equalTo("WORKING_DAYS"))
                .body("checklist[0].kind", equalTo("SIGNED_CONTRACT"))
                .body("warnings.code", contains("TYPE_MISMATCH", "EXPERT_REVIEW_EXPECTED"));
        String id = file(SELLER, filing(ContractType.TRANSFER_PATENT));
        given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/precheck").then().statusCode(200)
                .body("checklist.kind", contains("SIGNED_CONTRACT", "PATENT_CERTIFICATE"))
                .body("technologyTransactionAmount", equalTo("800000.00"));
        given().auth().oauth2(Flows.OTHER_UNIVERSITY).when().get("/contracts/" + id + "/precheck")
                .then().statusCode(404);
    }

    @Test
    void theRuleSetsAreListedWithTheirSources() {
        given().auth().oauth2(BUYER).when().get("/rule-sets").then().statusCode(200)
                .body("version", contains("CN-2001", "CN-2026"))
                .body("[0].effectiveTo", equalTo("2026-02-28"))
                .body("[1].largeThreshold", equalTo("5000000.00"))
                .body("[1].deadline.amount", equalTo(15))
                .body("[0].sources[0].number", equalTo("国科发政字〔2000〕063号"))
                .body("[0].types.LICENSE_PATENT", equalTo("TRANSFER"));
        given().when().get("/rule-sets").then().statusCode(401);
    }

    private static io.restassured.response.Response assess(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/contracts/" + id + "/assess");
    }

    private static void refused(String token, Map<String, Object> body, int status, String code, String field) {
        given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/contracts").then().statusCode(status)
                .body("code", equalTo(code))
                .body("errors[0].field", equalTo(field));
    }
}
