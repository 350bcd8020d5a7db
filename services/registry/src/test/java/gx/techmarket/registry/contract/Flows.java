package gx.techmarket.registry.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.registry.review.FakeDirectory;
import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The steps of a contract's way to registration, as its parties and the registrar take them over HTTP. */
final class Flows {

    static final String SELLER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BUYER = Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
    static final String BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String REGISTRAR = Tokens.of(Role.REGISTRAR, Orgs.NANNING_REGISTRY);
    static final String LIUZHOU_REGISTRAR = Tokens.of(Role.REGISTRAR, Orgs.LIUZHOU_REGISTRY);
    static final String OTHER_UNIVERSITY = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String OTHER_ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    private Flows() {}

    /** The catalogue publishes a result of {@code holder}; returns once the registry knows it. */
    static UUID publishedResult(AgroalDataSource db, Party holder, List<TransferMode> modes) {
        UUID id = UUID.randomUUID();
        TestEvents.send(new ResultPublished(id, "甘蔗糖厂清洁生产与蔗渣高值化利用成套技术", "蔗渣生物法制浆和糖蜜发酵副产物回收成套技术。",
                "SUGAR", Maturity.PILOT, 6, modes, new BigDecimal("2600000.00"), false, List.of("ZL201910563278.2"),
                holder, "450100", Instant.parse("2026-03-16T01:30:00Z")), "/techmarket/catalogue");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Db.count(db, "select count(*) from known_result where id = ?", id) == 1);
        return id;
    }

    /** The demand service publishes a demand of {@code demander}; returns once the registry knows it. */
    static UUID publishedDemand(AgroalDataSource db, Party demander, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        TestEvents.send(new DemandPublished(id, "蔗渣制备可降解餐具的成型工艺", "产品湿强度不足、脱模困难，需要成型工艺和配方改进方案。",
                "SUGAR", new BigDecimal("300000.00"), new BigDecimal("800000.00"), deadline, "450100",
                List.of(CooperationMode.TRANSFER), demander, Instant.now()), "/techmarket/demand");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Db.count(db, "select count(*) from known_demand where id = ?", id) == 1);
        return id;
    }

    static Map<String, Object> brokeredBody(UUID resultId, String type, Party buyer) {
        Map<String, Object> body = new HashMap<>();
        body.put("resultId", resultId.toString());
        body.put("contractType", type);
        // the buyer by its USCC alone: name, kind, region and parent are the directory's
        body.put("buyer", Map.of("uscc", buyer.uscc()));
        return body;
    }

    /** A broker drafts a patent transfer of a fresh result of 广西大学 to 广西桂糖集团. */
    static String brokeredDraft(AgroalDataSource db) {
        return brokeredDraft(publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER, TransferMode.LICENSE)));
    }

    /** A broker drafts a patent transfer of {@code result} (offered for transfer) to 广西桂糖集团. */
    static String brokeredDraft(UUID result) {
        return given().auth().oauth2(BROKER).contentType("application/json")
                .body(brokeredBody(result, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> filing(String total, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("totalContractAmount", total);
        body.put("nonTechnicalItems", items);
        body.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString());
        return body;
    }

    static Map<String, Object> item(String category, String description, String amount) {
        return Map.of("category", category, "description", description, "amount", amount);
    }

    static Map<String, Object> millionWithEquipment() {
        return filing("1000000.00", List.of(item("EQUIPMENT", "蔗渣生物制浆中试设备一套", "200000.00")));
    }

    /** Files {@code id} as {@code token}, with the documents its type requires uploaded first if it lacks them. */
    static void submit(String token, String id, Map<String, Object> body) {
        Uploads.attachRequired(token, id);
        given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/contracts/" + id + "/submit").then().statusCode(200);
    }

    static void accept(String id) {
        accept(REGISTRAR, id);
    }

    /** The point of {@code registrar} accepts the filing {@code id}. */
    static void accept(String registrar, String id) {
        given().auth().oauth2(registrar).when().post("/contracts/" + id + "/accept").then().statusCode(200);
    }

    /** The point of {@code registrar} registers {@code id}; the registration number. */
    static String register(String registrar, String id) {
        return given().auth().oauth2(registrar).when().post("/contracts/" + id + "/register")
                .then().statusCode(200).extract().path("registrationNumber");
    }

    /** A token of the expert whose account is linked to {@code FakeDirectory.EXPERTS[i - 1]}. */
    static String expert(int i) {
        return Tokens.as(Role.EXPERT, Orgs.GXAS).user(FakeDirectory.username(i), "评审专家" + i).build();
    }

    /** A filing of 5,000,000.00 without non-technical items: 技术交易额 at the expert-review threshold. */
    static Map<String, Object> fiveMillion() {
        return filing("5000000.00", List.of());
    }

    /** A brokered contract of 5,000,000.00 filed by its seller and accepted by the 南宁 point. */
    static String acceptedLarge(AgroalDataSource db) {
        String id = brokeredDraft(db);
        submit(SELLER, id, fiveMillion());
        accept(id);
        return id;
    }

    /** The 南宁 point sends {@code id} to review by {@code size} experts of the sugar industry. */
    static void startReview(String id, int size) {
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "LARGE", "field", "SUGAR", "size", size))
                .when().post("/contracts/" + id + "/start-review").then().statusCode(200);
    }

    /** A brokered contract filed by its seller and accepted by the 南宁 point. */
    static String accepted(AgroalDataSource db) {
        String id = brokeredDraft(db);
        submit(SELLER, id, millionWithEquipment());
        accept(id);
        return id;
    }
}
