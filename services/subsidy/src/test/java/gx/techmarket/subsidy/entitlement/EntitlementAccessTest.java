package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.Contracts;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who sees which entitlement, what they may do to it, roles on every endpoint, and bad input. */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitlementAccessTest {

    static final String BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String BUYER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String REGISTRAR = Tokens.of(Role.REGISTRAR, Orgs.NANNING_REGISTRY);
    static final String SELLER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String OTHER_BROKER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);

    @Inject
    Budgets budgets;

    @Inject
    EntitlementService service;

    String brokerEntitlement;
    String buyerEntitlement;
    String pointEntitlement;

    @BeforeEach
    void deriveTheExampleOnce() {
        if (brokerEntitlement != null) {
            return;
        }
        ContractRegistered contract = Contracts.example();
        Contracts.send(contract);
        Map<String, Map<String, Object>> byProgramme = Contracts.awaitEntitlements(contract, 3);
        brokerEntitlement = (String) byProgramme.get("INTERMEDIARY_SUBSIDY").get("id");
        buyerEntitlement = (String) byProgramme.get("RESULT_TRANSFORMATION_POST_SUBSIDY").get("id");
        pointEntitlement = (String) byProgramme.get("REGISTRATION_BODY_SUBSIDY").get("id");
    }

    @Test
    void eachOrganisationSeesOnlyItsOwnEntitlements() {
        given().auth().oauth2(BROKER).when().get("/entitlements/mine").then().statusCode(200)
                .body("id", hasItem(brokerEntitlement))
                .body("id", not(hasItem(buyerEntitlement)))
                .body("beneficiary.uscc", everyItem(equalTo(Orgs.GX_TECH_TRANSFER.uscc())));
        given().auth().oauth2(BUYER).when().get("/entitlements/mine").then().statusCode(200)
                .body("id", hasItem(buyerEntitlement)).body("id", not(hasItem(brokerEntitlement)));
        given().auth().oauth2(REGISTRAR).when().get("/entitlements/mine").then().statusCode(200)
                .body("id", hasItem(pointEntitlement));
        given().auth().oauth2(SELLER).when().get("/entitlements/mine").then().statusCode(200)
                .body("id", not(hasItems(brokerEntitlement)))
                .body("id", not(hasItem(buyerEntitlement))).body("id", not(hasItem(pointEntitlement)));
    }

    @Test
    void anotherOrganisationsEntitlementIsNotFound() {
        given().auth().oauth2(BROKER).when().get("/entitlements/" + brokerEntitlement).then().statusCode(200)
                .body("amount", equalTo("8000.00"));
        // another user of the same organisation sees it too
        given().auth().oauth2(Tokens.as(Role.BROKER, Orgs.GX_TECH_TRANSFER).user("broker.gxtt.2", "李娜").build())
                .when().get("/entitlements/" + brokerEntitlement).then().statusCode(200);
        for (String stranger : new String[] {OTHER_BROKER, SELLER, BUYER, REGISTRAR}) {
            given().auth().oauth2(stranger).when().get("/entitlements/" + brokerEntitlement).then().statusCode(404)
                    .body("code", equalTo("ENTITLEMENT_NOT_FOUND"));
        }
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + brokerEntitlement).then().statusCode(200)
                .body("beneficiary.uscc", equalTo(Orgs.GX_TECH_TRANSFER.uscc()));
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(PROVINCE).when().get("/entitlements/not-a-uuid").then().statusCode(404)
                .body("code", equalTo("ENTITLEMENT_NOT_FOUND"));
    }

    @Test
    void onlyOperatorsListAllEntitlementsAndProgrammes() {
        given().auth().oauth2(PROVINCE).queryParam("programme", "INTERMEDIARY_SUBSIDY").queryParam("year", 2026)
                .queryParam("beneficiary", Orgs.GX_TECH_TRANSFER.uscc())
                .when().get("/entitlements").then().statusCode(200).body("items.id", hasItem(brokerEntitlement))
                .body("items.programmeCode", everyItem(equalTo("INTERMEDIARY_SUBSIDY")));
        given().auth().oauth2(PROVINCE).when().get("/programmes").then().statusCode(200)
                .body("code", hasItems("RESULT_TRANSFORMATION_POST_SUBSIDY", "INTERMEDIARY_SUBSIDY",
                        "REGISTRATION_BODY_SUBSIDY"))
                .body("find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.budget", equalTo("10000000.00"))
                .body("find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.rate", equalTo("0.20"))
                .body("find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.perContractCap", equalTo("500000.00"));
        for (String notAdmin : new String[] {BROKER, BUYER, REGISTRAR, SELLER, Tokens.of(Role.EXPERT, Orgs.GXAS)}) {
            given().auth().oauth2(notAdmin).when().get("/entitlements").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(notAdmin).when().get("/programmes").then().statusCode(403);
        }
        given().when().get("/entitlements/mine").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().when().get("/programmes").then().statusCode(401);
        given().auth().oauth2(Tokens.as(Role.BROKER, Orgs.GX_TECH_TRANSFER).audience("techmarket-catalogue").build())
                .when().get("/entitlements/mine").then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles(java.util.List.of(), Orgs.GX_TECH_TRANSFER).build())
                .when().get("/entitlements/mine").then().statusCode(403);
    }

    @Test
    void badFiltersAreRefusedWithAProblem() {
        given().auth().oauth2(PROVINCE).queryParam("status", "PAID").header("Accept-Language", "en")
                .when().get("/entitlements").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(PROVINCE).queryParam("year", 1999).when().get("/entitlements").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(PROVINCE).queryParam("size", 1000).when().get("/entitlements").then().statusCode(400);
        given().auth().oauth2(PROVINCE).queryParam("beneficiary", "not-a-uscc").when().get("/entitlements")
                .then().statusCode(400);
        given().auth().oauth2(PROVINCE).queryParam("contractId", "x").when().get("/entitlements").then().statusCode(400);
        // a programme code longer than any can be (varchar(64)) is a wrong filter, not one that finds nothing
        given().auth().oauth2(PROVINCE).queryParam("programme", "A".repeat(65)).when().get("/entitlements").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(PROVINCE).queryParam("programme", "A".repeat(64)).when().get("/entitlements").then()
                .statusCode(200);
        given().auth().oauth2(PROVINCE).queryParam("year", 2101).when().get("/programmes").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void noCallerIsOfferedAnActionOnAnEntitlementOrAProgrammeAtAnyStep() {
        budgets.open(new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null, null,
                EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1%（测试年度）"), "技术转移中介机构补助",
                "Intermediary subsidy", 2034, new BigDecimal("1.00"));
        ContractRegistered contract = Contracts.contract(ContractType.SERVICE, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS,
                Orgs.GX_TECH_TRANSFER, "100000.00", "0.00", Instant.parse("2034-04-01T02:00:00Z"));
        UUID id = QuarkusTransaction.requiringNew().call(() -> service.derive(contract, UUID.randomUUID())).get(0).id();

        assertNoActions(id, "WAITING_FOR_BUDGET");
        service.allocate("INTERMEDIARY_SUBSIDY", 2034, new BigDecimal("1000.00"), "2034年度追加预算");
        assertNoActions(id, "GRANTED");
        service.reverse(id, "合同登记已注销");
        assertNoActions(id, "REVERSED");
        given().auth().oauth2(PROVINCE).queryParam("year", 2034).when().get("/programmes").then().statusCode(200)
                .body("[0].actions", empty());
    }

    /** Neither the beneficiary nor an operator may act on it in any list or read; anyone else does not see it. */
    private void assertNoActions(UUID id, String status) {
        for (String token : new String[] {BROKER, PROVINCE}) {
            given().auth().oauth2(token).when().get("/entitlements/" + id).then().statusCode(200)
                    .body("status", equalTo(status)).body("actions", empty());
        }
        given().auth().oauth2(BROKER).when().get("/entitlements/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.actions", empty());
        given().auth().oauth2(PROVINCE).queryParam("year", 2034).when().get("/entitlements").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", empty());
        given().auth().oauth2(OTHER_BROKER).when().get("/entitlements/" + id).then().statusCode(404);
    }
}
