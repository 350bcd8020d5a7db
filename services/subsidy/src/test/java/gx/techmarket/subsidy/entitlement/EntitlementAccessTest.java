package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.Contracts;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who sees which entitlement, roles on every endpoint, and bad input. */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitlementAccessTest {

    static final String BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String BUYER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String REGISTRAR = Tokens.of(Role.REGISTRAR, Orgs.NANNING_REGISTRY);
    static final String SELLER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String OTHER_BROKER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Inject
    AgroalDataSource db;

    String brokerEntitlement;
    String buyerEntitlement;
    String pointEntitlement;

    @BeforeEach
    void deriveTheExampleOnce() {
        if (brokerEntitlement != null) {
            return;
        }
        Map<String, Map<String, Object>> byProgramme = Contracts.sendAndAwait(Contracts.example(), 3);
        brokerEntitlement = (String) byProgramme.get("INTERMEDIARY_SUBSIDY").get("id");
        buyerEntitlement = (String) byProgramme.get("RESULT_TRANSFORMATION_POST_SUBSIDY").get("id");
        pointEntitlement = (String) byProgramme.get("REGISTRATION_BODY_SUBSIDY").get("id");
    }

    @Test
    void eachOrganisationSeesOnlyItsOwnEntitlements() {
        given().auth().oauth2(BROKER).when().queryParam("size", 100).get("/entitlements/mine").then().statusCode(200)
                .body("items.id", hasItem(brokerEntitlement))
                .body("items.id", not(hasItem(buyerEntitlement)))
                .body("items.beneficiary.uscc", everyItem(equalTo(Orgs.GX_TECH_TRANSFER.uscc())));
        given().auth().oauth2(BUYER).when().queryParam("size", 100).get("/entitlements/mine").then().statusCode(200)
                .body("items.id", hasItem(buyerEntitlement)).body("items.id", not(hasItem(brokerEntitlement)));
        given().auth().oauth2(REGISTRAR).when().queryParam("size", 100).get("/entitlements/mine").then().statusCode(200)
                .body("items.id", hasItem(pointEntitlement));
        given().auth().oauth2(SELLER).when().queryParam("size", 100).get("/entitlements/mine").then().statusCode(200)
                .body("items.id", not(hasItems(brokerEntitlement)))
                .body("items.id", not(hasItem(buyerEntitlement))).body("items.id", not(hasItem(pointEntitlement)));
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
    void aCityAdminSeesOnlyTheEntitlementsOfItsSubMarket() {
        // the example's beneficiaries: the broker and the registration point in 南宁, the buyer in 柳州
        for (String other : List.of(brokerEntitlement, buyerEntitlement, pointEntitlement)) {
            given().auth().oauth2(BAISE_ADMIN).when().get("/entitlements/" + other).then().statusCode(404)
                    .body("code", equalTo("ENTITLEMENT_NOT_FOUND"));
        }
        // a 百色 enterprise buying: its buyer subsidy is 百色's
        Map<String, Map<String, Object>> baise = Contracts.sendAndAwait(Contracts.contract(
                gx.techmarket.contracts.events.ContractType.LICENSE_PATENT, Orgs.GUET, Orgs.BAISE_ALUMINIUM, null,
                "800000.00", "0.00"), 2);
        String baiseBuyer = (String) baise.get("RESULT_TRANSFORMATION_POST_SUBSIDY").get("id");
        given().auth().oauth2(BAISE_ADMIN).when().get("/entitlements/" + baiseBuyer).then().statusCode(200)
                .body("beneficiary.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()));
        given().auth().oauth2(BAISE_ADMIN).queryParam("size", 100).when().get("/entitlements").then().statusCode(200)
                .body("items.id", hasItem(baiseBuyer))
                .body("items.id", not(hasItem(brokerEntitlement)))
                .body("items.id", not(hasItem(buyerEntitlement)))
                .body("items.id", not(hasItem(pointEntitlement)))
                .body("items.beneficiary.region", everyItem(startsWith("4510")))
                .body("total", equalTo((int) Db.count(db,
                        "select count(*) from entitlement where beneficiary_region like '4510%'")));
        // the province sees both
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + baiseBuyer).then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + buyerEntitlement).then().statusCode(200);
    }

    @Test
    void onlyOperatorsListAllEntitlementsAndProgrammes() {
        given().auth().oauth2(PROVINCE).queryParam("programme", "INTERMEDIARY_SUBSIDY").queryParam("year", 2026)
                .queryParam("beneficiary", Orgs.GX_TECH_TRANSFER.uscc())
                .when().get("/entitlements").then().statusCode(200).body("items.id", hasItem(brokerEntitlement))
                .body("items.programmeCode", everyItem(equalTo("INTERMEDIARY_SUBSIDY")));
        given().auth().oauth2(PROVINCE).when().get("/programmes").then().statusCode(200)
                .body("total", equalTo(3)).body("items.code", hasItems("RESULT_TRANSFORMATION_POST_SUBSIDY", "INTERMEDIARY_SUBSIDY",
                        "REGISTRATION_BODY_SUBSIDY"))
                .body("items.find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.budget", equalTo("10000000.00"))
                .body("items.find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.rate", equalTo("0.20"))
                .body("items.find { it.code == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.perContractCap", equalTo("500000.00"));
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
    void theOperatorsListCountsEveryEntitlementItMatchesWhateverThePageHolds() {
        long all = Db.count(db, "select count(*) from entitlement");
        given().auth().oauth2(PROVINCE).queryParam("size", 1).when().get("/entitlements").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo((int) all)).body("size", equalTo(1));
        List<BigDecimal> amounts = given().auth().oauth2(PROVINCE).queryParams(Map.of("sort", "amount", "size", 100))
                .when().get("/entitlements").then().statusCode(200).extract().jsonPath()
                .getList("items.amount", String.class).stream().map(BigDecimal::new).toList();
        assertThat(amounts).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
        given().auth().oauth2(BROKER).queryParams(Map.of("sort", "oldest", "size", 1)).when().get("/entitlements/mine")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo((int) Db.count(
                        db, "select count(*) from entitlement where beneficiary_uscc = ?",
                        Orgs.GX_TECH_TRANSFER.uscc())));
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
        given().auth().oauth2(PROVINCE).queryParam("size", 101).when().get("/programmes").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        for (String path : new String[] {"/entitlements", "/entitlements/mine"}) {
            given().auth().oauth2(PROVINCE).queryParam("sort", "beneficiary").when().get(path).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("sort"));
        }
    }
}
