package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Organisation;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The wrong payments of issue 14, through the running service: each contract's parties are decided on the
 * directory's facts (fed by the directory's own events) as of the registration, whatever the contract's event says.
 * Each refusal is readable through the API by the province's admin and by the contract's party it concerns, with
 * its reason, and hidden from the 百色 admin (none of these would-be beneficiaries is in 百色).
 */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryFactsTest {

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    /** 柳州桂糖制糖有限公司: a sibling of 桂林桂糖 in the 桂糖 group. */
    static final Organisation LIUZHOU_SUGAR = new Organisation("91450200MA5KD8R3XR", "柳州桂糖制糖有限公司", null,
            OrgKind.ENTERPRISE, "450200", Orgs.GX_SUGAR_GROUP.uscc());
    /** 广西桂糖技术经纪有限公司: a broker firm inside the 桂糖 group. */
    static final Organisation SUGAR_BROKER = new Organisation("91450100MA5KE9T4YD", "广西桂糖技术经纪有限公司", null,
            OrgKind.AGENCY, "450100", Orgs.GX_SUGAR_GROUP.uscc());
    /** 深圳前海智造科技有限公司: an out-of-province buyer the directory does not know (an external party). */
    static final Party SHENZHEN = Party.of("91440300MA5FG2H3JW", "深圳前海智造科技有限公司", OrgKind.ENTERPRISE, "440300");

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void theDirectoryKnowsTheGroupsSiblingAndBrokerAndHangzhou() {
        // the same events each time (fixed ids): the consumer handles them once
        DirectoryFixtures.publish(db, new OrganisationVerified(LIUZHOU_SUGAR, LONG_AGO),
                new OrganisationVerified(SUGAR_BROKER, LONG_AGO), DirectoryFixtures.verified(Contracts.HANGZHOU_ENTERPRISE));
    }

    @Test
    void aSubsidiaryBuyingFromItsParentThroughABrokerGetsNoBuyerSubsidyThoughTheEventNamesNoParent() {
        Party withoutParent = Party.of(Orgs.GUILIN_SUGAR.uscc(), Orgs.GUILIN_SUGAR.name(), OrgKind.ENTERPRISE, "450300");
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GX_SUGAR_GROUP,
                withoutParent, Orgs.GX_TECH_TRANSFER, "900000.00", "0.00");
        Map<String, Object> refused = refusal(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(refused.get("reason")).isEqualTo("BUYER_AFFILIATED_WITH_SELLER");
        assertThat((String) refused.get("facts")).contains("parent " + Orgs.GX_SUGAR_GROUP.uscc())
                .contains("buyer→seller DESCENDANT");
        assertReadable(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY", "BUYER_AFFILIATED_WITH_SELLER",
                Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR));
        assertThat(Contracts.awaitEntitlements(contract, 2)).containsOnlyKeys("INTERMEDIARY_SUBSIDY",
                "REGISTRATION_BODY_SUBSIDY");
    }

    @Test
    void aUniversityBuyerGetsNoEnterpriseSubsidyThoughTheEventSaysEnterprise() {
        Party typedAsEnterprise = Party.of(Orgs.GUET.uscc(), Orgs.GUET.name(), OrgKind.ENTERPRISE, "450300");
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, typedAsEnterprise,
                null, "800000.00", "0.00");
        assertThat(refusal(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY").get("reason"))
                .isEqualTo("BUYER_NOT_ENTERPRISE");
        assertReadable(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY", "BUYER_NOT_ENTERPRISE",
                Tokens.of(Role.UNIVERSITY, Orgs.GUET));
    }

    @Test
    void anOutOfProvinceBuyerGetsNothingTypedInGuangxiOrUnknownToTheDirectory() {
        Party typedInNanning = Party.of(Contracts.HANGZHOU_ENTERPRISE.uscc(), Contracts.HANGZHOU_ENTERPRISE.name(),
                OrgKind.ENTERPRISE, "450100");
        ContractRegistered typed = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, typedInNanning,
                Orgs.GX_TECH_TRANSFER, "800000.00", "0.00");
        assertThat(refusal(typed, "RESULT_TRANSFORMATION_POST_SUBSIDY").get("reason"))
                .isEqualTo("BUYER_OUTSIDE_GUANGXI");
        // (the 杭州 fixture's USCC has no valid check character, so no user of it can sign in: its seller reads why)
        assertReadable(typed, "RESULT_TRANSFORMATION_POST_SUBSIDY", "BUYER_OUTSIDE_GUANGXI",
                Tokens.of(Role.UNIVERSITY, Orgs.GXU));

        // the registry's external buyer: never subsidised, and the broker's relation to it cannot be established
        ContractRegistered external = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, SHENZHEN,
                Orgs.GX_TECH_TRANSFER, "800000.00", "0.00");
        Map<String, Object> buyer = refusal(external, "RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(buyer.get("reason")).isEqualTo("BUYER_NOT_VERIFIED");
        assertThat((String) buyer.get("facts")).contains("buyer " + SHENZHEN.uscc() + ": not verified in the directory");
        assertThat(refusal(external, "INTERMEDIARY_SUBSIDY").get("reason")).isEqualTo("PARTY_NOT_IN_DIRECTORY");
        assertThat(Contracts.awaitEntitlements(external, 1)).containsOnlyKeys("REGISTRATION_BODY_SUBSIDY");
        // the external buyer has no user of the market: its seller and broker read why
        assertReadable(external, "RESULT_TRANSFORMATION_POST_SUBSIDY", "BUYER_NOT_VERIFIED",
                Tokens.of(Role.UNIVERSITY, Orgs.GXU));
        assertReadable(external, "INTERMEDIARY_SUBSIDY", "PARTY_NOT_IN_DIRECTORY",
                Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER));
    }

    @Test
    void twoSubsidiariesOfOneGroupGetNoBuyerSubsidy() {
        ContractRegistered contract = Contracts.contract(ContractType.LICENSE_PATENT, Orgs.GUILIN_SUGAR,
                LIUZHOU_SUGAR.party(), null, "800000.00", "0.00");
        Map<String, Object> refused = refusal(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(refused.get("reason")).isEqualTo("BUYER_AFFILIATED_WITH_SELLER");
        assertThat((String) refused.get("facts")).contains("buyer→seller SAME_GROUP");
        assertReadable(contract, "RESULT_TRANSFORMATION_POST_SUBSIDY", "BUYER_AFFILIATED_WITH_SELLER",
                Tokens.of(Role.ENTERPRISE, LIUZHOU_SUGAR.party()));
    }

    @Test
    void aBrokerInAPartysGroupEarnsNoOnePercent() {
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GX_SUGAR_GROUP,
                Orgs.LIUZHOU_AUTO_PARTS, SUGAR_BROKER.party(), "800000.00", "0.00");
        Map<String, Object> refused = refusal(contract, "INTERMEDIARY_SUBSIDY");
        assertThat(refused.get("reason")).isEqualTo("INTERMEDIARY_AFFILIATED_WITH_PARTY");
        assertThat((String) refused.get("facts")).contains("intermediary→seller DESCENDANT");
        assertReadable(contract, "INTERMEDIARY_SUBSIDY", "INTERMEDIARY_AFFILIATED_WITH_PARTY",
                Tokens.of(Role.BROKER, SUGAR_BROKER.party()));
        // the buyer, unrelated to the group, gets its subsidy; its entitlement says what it was decided on
        Map<String, Map<String, Object>> granted = Contracts.awaitEntitlements(contract, 2);
        assertThat(granted).containsOnlyKeys("RESULT_TRANSFORMATION_POST_SUBSIDY", "REGISTRATION_BODY_SUBSIDY");
        assertThat((String) granted.get("RESULT_TRANSFORMATION_POST_SUBSIDY").get("facts"))
                .contains("buyer " + Orgs.LIUZHOU_AUTO_PARTS.uscc() + ": ENTERPRISE 450200")
                .contains("buyer→seller UNRELATED").contains("as of " + contract.registeredAt());
    }

    /**
     * The refusal of {@code contract} under {@code programme}, as the API shows it: in the province admin's list with
     * its reason and facts, in {@code party}'s own list, and not in the 百色 admin's list.
     */
    private static void assertReadable(ContractRegistered contract, String programme, String reason, String party) {
        String id = contract.contractId().toString();
        given().auth().oauth2(PROVINCE).queryParam("contractId", id).queryParam("programme", programme)
                .when().get("/entitlements/refusals").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reason", equalTo(reason))
                .body("items[0].registrationNumber", equalTo(contract.registrationNumber()))
                .body("items[0].facts", not(equalTo("")));
        given().auth().oauth2(BAISE_ADMIN).queryParam("contractId", id).when().get("/entitlements/refusals")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(party).queryParam("size", 100).when().get("/entitlements/refusals/mine").then()
                .statusCode(200)
                .body("items.contractId", hasItem(id))
                .body("items.find { it.contractId == '%s' && it.programmeCode == '%s' }.reason".formatted(id,
                        programme), equalTo(reason));
    }

    /**
     * Sends the contract (once per contract) and waits for its assessment under {@code programme} to be recorded as
     * a refusal: its reason and facts.
     */
    private Map<String, Object> refusal(ContractRegistered contract, String programme) {
        if (Db.count(db, "select count(*) from ineligibility where contract_id = ?", contract.contractId()) == 0
                && Db.count(db, "select count(*) from entitlement where contract_id = ?", contract.contractId()) == 0) {
            Contracts.send(contract);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from ineligibility where contract_id = ? and programme_code = ?",
                contract.contractId(), programme) == 1);
        List<Object> row = List.of(
                Db.single(db, "select reason from ineligibility where contract_id = ? and programme_code = ?",
                        contract.contractId(), programme),
                Db.single(db, "select facts from ineligibility where contract_id = ? and programme_code = ?",
                        contract.contractId(), programme));
        return Map.of("reason", row.get(0), "facts", row.get(1));
    }
}
