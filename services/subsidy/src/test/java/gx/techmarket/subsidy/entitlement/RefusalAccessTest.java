package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who reads which refusal (不予补助), roles on both endpoints, the reason's language, order and bad input. */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalAccessTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String SELLER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BAISE_BUYER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String UNRELATED = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String REGISTRAR = Tokens.of(Role.REGISTRAR, Orgs.NANNING_REGISTRY);

    @Inject
    AgroalDataSource db;

    /** 广西大学 sells to 百色华银 without a broker, below the buyer subsidy's minimum T (100,000.00). */
    ContractRegistered small;

    @BeforeEach
    void registerTheSmallContractOnce() {
        if (small != null) {
            return;
        }
        small = Contracts.contract(ContractType.LICENSE_PATENT, Orgs.GXU, Orgs.BAISE_ALUMINIUM, null, "50000.00",
                "0.00");
        Contracts.send(small);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from ineligibility where contract_id = ?", small.contractId()) == 2);
    }

    @Test
    void aRefusalIsInTheSubMarketOfItsWouldBeBeneficiary() {
        String id = small.contractId().toString();
        // the buyer subsidy would have been 百色华银's (451000); the broker's, had there been one, belongs where the
        // contract was registered (南宁, 450100)
        given().auth().oauth2(BAISE_ADMIN).queryParam("contractId", id).when().get("/entitlements/refusals").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].programmeCode", equalTo("RESULT_TRANSFORMATION_POST_SUBSIDY"))
                .body("items[0].reason", equalTo("BELOW_MINIMUM"))
                .body("items[0].budgetYear", equalTo(2026))
                .body("items[0].registrationNumber", equalTo(small.registrationNumber()))
                .body("items[0].policyClause", not(equalTo(null)))
                .body("items[0].facts", startsWith("buyer " + Orgs.BAISE_ALUMINIUM.uscc() + ": ENTERPRISE 451000"));
        given().auth().oauth2(PROVINCE).queryParam("contractId", id).when().get("/entitlements/refusals").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.find { it.programmeCode == 'INTERMEDIARY_SUBSIDY' }.reason", equalTo("NO_INTERMEDIARY"));
        // 百色's list holds only 百色's refusals, and counts them all
        given().auth().oauth2(BAISE_ADMIN).queryParam("size", 100).when().get("/entitlements/refusals").then()
                .statusCode(200)
                .body("items.contractId", hasItem(id))
                .body("total", equalTo((int) Db.count(db, "select count(*) from ineligibility where region like '4510%'")));
        assertThat(Db.count(db, "select count(*) from ineligibility where region not like '4510%'")).isPositive();
        given().auth().oauth2(PROVINCE).queryParam("size", 1).when().get("/entitlements/refusals").then()
                .statusCode(200).body("items", hasSize(1))
                .body("total", equalTo((int) Db.count(db, "select count(*) from ineligibility")));
        given().auth().oauth2(PROVINCE).queryParam("programme", "INTERMEDIARY_SUBSIDY").queryParam("size", 100)
                .when().get("/entitlements/refusals").then().statusCode(200)
                .body("items.programmeCode", everyItem(equalTo("INTERMEDIARY_SUBSIDY")));
    }

    @Test
    void theContractsPartiesReadItsRefusalsAndNobodyElse() {
        String id = small.contractId().toString();
        for (String party : List.of(SELLER, BAISE_BUYER)) {
            given().auth().oauth2(party).queryParam("size", 100).when().get("/entitlements/refusals/mine").then()
                    .statusCode(200)
                    .body("items.findAll { it.contractId == '" + id + "' }.programmeCode",
                            containsInAnyOrder("RESULT_TRANSFORMATION_POST_SUBSIDY", "INTERMEDIARY_SUBSIDY"));
        }
        // another user of the buyer's organisation too
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).user("ent.baise.2", "黄敏").build())
                .queryParam("size", 100).when().get("/entitlements/refusals/mine").then().statusCode(200)
                .body("items.contractId", hasItem(id));
        // an organisation that is no party of the contract, and its registrar (the point is paid, not refused)
        for (String stranger : List.of(UNRELATED, REGISTRAR)) {
            given().auth().oauth2(stranger).queryParam("size", 100).when().get("/entitlements/refusals/mine").then()
                    .statusCode(200).body("items.contractId", not(hasItem(id)));
        }
        given().auth().oauth2(UNRELATED).queryParam("size", 100).when().get("/entitlements/refusals/mine").then()
                .statusCode(200).body("total", equalTo((int) Db.count(db, "select count(*) from ineligibility "
                        + "where ? in (seller_uscc, buyer_uscc, intermediary_uscc)", Orgs.LIUZHOU_TECH_BROKERS.uscc())));
    }

    @Test
    void theReasonReadsInTheCallersLanguage() {
        String id = small.contractId().toString();
        String path = "items.find { it.programmeCode == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }.reasonText";
        given().auth().oauth2(PROVINCE).queryParam("contractId", id).when().get("/entitlements/refusals").then()
                .statusCode(200).body(path, equalTo("技术交易额低于该补助项目的最低金额"));
        given().auth().oauth2(BAISE_BUYER).header("Accept-Language", "en-GB,zh;q=0.5").queryParam("size", 100)
                .when().get("/entitlements/refusals/mine").then().statusCode(200)
                .body("items.find { it.contractId == '" + id + "' && it.programmeCode == 'RESULT_TRANSFORMATION_POST_SUBSIDY' }"
                        + ".reasonText", equalTo("The technology transaction amount is below the programme's minimum."));
    }

    @Test
    void refusalsAreListedNewestFirstUnlessAskedOldestFirst() {
        for (String sort : List.of("newest", "oldest")) {
            List<String> assessed = given().auth().oauth2(PROVINCE).queryParams(Map.of("sort", sort, "size", 100))
                    .when().get("/entitlements/refusals").then().statusCode(200).extract().jsonPath()
                    .getList("items.assessedAt", String.class);
            List<Instant> instants = assessed.stream().map(Instant::parse).toList();
            assertThat(instants).isNotEmpty().isSortedAccordingTo(
                    sort.equals("newest") ? Comparator.<Instant>reverseOrder() : Comparator.<Instant>naturalOrder());
        }
        List<String> byDefault = given().auth().oauth2(SELLER).queryParam("size", 100)
                .when().get("/entitlements/refusals/mine").then().statusCode(200).extract().jsonPath()
                .getList("items.assessedAt", String.class);
        assertThat(byDefault.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void onlyAdminsListASubMarketsRefusalsAndEverySignedInRoleItsOwn() {
        for (String notAdmin : List.of(SELLER, BAISE_BUYER, UNRELATED, REGISTRAR, Tokens.of(Role.EXPERT, Orgs.GXAS))) {
            given().auth().oauth2(notAdmin).when().get("/entitlements/refusals").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(notAdmin).when().get("/entitlements/refusals/mine").then().statusCode(200);
        }
        given().auth().oauth2(PROVINCE).when().get("/entitlements/refusals/mine").then().statusCode(200);
        given().when().get("/entitlements/refusals").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().when().get("/entitlements/refusals/mine").then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles(List.of(), Orgs.GXU).build()).when().get("/entitlements/refusals/mine")
                .then().statusCode(403);
    }

    @Test
    void badFiltersAreRefusedWithAProblem() {
        for (String path : List.of("/entitlements/refusals", "/entitlements/refusals/mine")) {
            // amount orders entitlements; a refusal has none
            for (String sort : List.of("amount", "reason")) {
                given().auth().oauth2(PROVINCE).queryParam("sort", sort).when().get(path).then().statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("sort"));
            }
            given().auth().oauth2(PROVINCE).queryParam("sort", "oldest").queryParam("sort", "newest").when().get(path)
                    .then().statusCode(400).body("code", equalTo("REPEATED_QUERY_PARAMETER"));
            given().auth().oauth2(PROVINCE).queryParam("size", 101).when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("size"));
            given().auth().oauth2(PROVINCE).queryParam("page", "１").when().get(path).then().statusCode(400)
                    .body("code", equalTo("INVALID_QUERY_PARAMETER"));
        }
        given().auth().oauth2(PROVINCE).queryParam("contractId", "x").when().get("/entitlements/refusals").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(PROVINCE).queryParam("programme", "A".repeat(65)).when().get("/entitlements/refusals")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(PROVINCE).queryParam("programme", "intermediary").when().get("/entitlements/refusals")
                .then().statusCode(400);
    }
}
