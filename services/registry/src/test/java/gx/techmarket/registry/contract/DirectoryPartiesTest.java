package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BAISE_ADMIN;
import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Organisation;
import gx.techmarket.contracts.events.OrganisationSuspended;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.RegistrationPointClosed;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The parties, registration points and sub-markets of contracts come from the directory's read model (机构库), fed
 * here by the directory's own events: nothing the broker types about a counterparty the directory knows counts.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class DirectoryPartiesTest {

    /** 深圳前海智造科技有限公司 (440300): out of province, unknown to the directory. */
    static final String SHENZHEN = "91440300MA5FG2H3JW";
    /** 河池市技术合同登记站: a point this test has the directory open (city 12, point 01). */
    static final Organisation HECHI_REGISTRY = new Organisation("12451200498715302M",
            "河池市技术合同登记站", null, OrgKind.REGISTRY, "451200", null);
    /** 河池 enterprise whose filings the 河池 point accepts (a contract is registered where its filer is). */
    static final Organisation HECHI_SELLER = new Organisation("91451200MA5H7K2Q3"
            + gx.techmarket.platform.security.Uscc.checkCharacter("91451200MA5H7K2Q3"), "河池市南丹锡业科技有限公司", null,
            OrgKind.ENTERPRISE, "451200", null);

    @Inject
    AgroalDataSource db;

    @Test
    void aBuyerTheDirectoryDoesNotKnowIsRefusedAndNothingIsPersisted() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        long before = Db.count(db, "select count(*) from contract");
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(buyer(result, Map.of("uscc", SHENZHEN))).when().post("/contracts/brokered")
                .then().statusCode(400).body("code", equalTo("BUYER_NOT_IN_DIRECTORY"))
                .body("errors[0].field", equalTo("buyer.uscc"));
        // typing a Guangxi region does not make it an external buyer, nor a known one
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(buyer(result, Map.of("uscc", SHENZHEN, "external", true, "name", "深圳前海智造科技有限公司",
                        "region", "450100")))
                .when().post("/contracts/brokered")
                .then().statusCode(400).body("code", equalTo("EXTERNAL_BUYER_IN_GUANGXI"))
                .body("errors[0].field", equalTo("buyer.region"));
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(buyer(result, Map.of("uscc", SHENZHEN, "external", true, "region", "440300")))
                .when().post("/contracts/brokered")
                .then().statusCode(400).body("code", equalTo("EXTERNAL_BUYER_NAME_REQUIRED"))
                .body("errors[0].field", equalTo("buyer.name"));
        assertThat(Db.count(db, "select count(*) from contract")).isEqualTo(before);
    }

    @Test
    void anOutOfProvinceBuyerIsRecordedAsAnUnverifiedExternalParty() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        String id = given().auth().oauth2(BROKER).contentType("application/json")
                .body(buyer(result, Map.of("uscc", SHENZHEN, "external", true, "name", "深圳前海智造科技有限公司",
                        "region", "440300")))
                .when().post("/contracts/brokered").then().statusCode(201)
                .body("buyerExternal", equalTo(true))
                .body("buyer.name", equalTo("深圳前海智造科技有限公司"))
                .body("buyer.kind", equalTo("ENTERPRISE"))
                .body("buyer.region", equalTo("440300"))
                .extract().path("id");
        assertThat(Db.count(db, "select count(*) from contract where id = ? and buyer_external",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void theBuyersFactsAreTheDirectorysWhateverTheBrokerTypes() {
        UUID result = Flows.publishedResult(db, Orgs.GX_SUGAR_GROUP, List.of(TransferMode.TRANSFER));
        // the issue: 桂林桂糖 typed with no parent and a wrong region, and "external" to dodge the directory
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(buyer(result, Map.of("uscc", Orgs.GUILIN_SUGAR.uscc(), "external", true, "name", "某公司",
                        "region", "440300")))
                .when().post("/contracts/brokered").then().statusCode(201)
                .body("buyerExternal", equalTo(false))
                .body("buyer.name", equalTo(Orgs.GUILIN_SUGAR.name()))
                .body("buyer.region", equalTo("450300"))
                .body("buyer.parentUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("seller.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("intermediary.uscc", equalTo(Orgs.GX_TECH_TRANSFER.uscc()));
        // a university named as buyer stays a university
        UUID another = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(another, "TRANSFER_PATENT", Orgs.GUET)).when().post("/contracts/brokered")
                .then().statusCode(201).body("buyer.kind", equalTo("UNIVERSITY"))
                .body("buyer.parentUscc", nullValue());
    }

    @Test
    void aSuspendedOrganisationCannotBeNamed() {
        Organisation suspended = new Organisation("91450100MA5KF3U8XG", "南宁停用试验有限公司", null,
                OrgKind.ENTERPRISE, "450100", null);
        DirectoryFixtures.publish(db, new OrganisationVerified(suspended, Instant.parse("2020-01-01T00:00:00Z")),
                new OrganisationSuspended(suspended.uscc(), suspended.name(), "营业执照已吊销",
                        Instant.parse("2021-01-01T00:00:00Z")));
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(result, "TRANSFER_PATENT", suspended.party())).when()
                .post("/contracts/brokered").then().statusCode(409).body("code", equalTo("BUYER_SUSPENDED"))
                .body("errors[0].field", equalTo("buyer.uscc"));
    }

    @Test
    void aPointTheDirectoryOpensRegistersWithItsOwnCodeAndStopsWhenClosed() {
        DirectoryFixtures.publish(db, new OrganisationVerified(HECHI_REGISTRY, Instant.parse("2020-01-01T00:00:00Z")),
                new RegistrationPointOpened(HECHI_REGISTRY.uscc(), HECHI_REGISTRY.name(), "451200", "1201",
                        Instant.parse("2020-01-01T00:00:00Z")));
        DirectoryFixtures.publish(db, new OrganisationVerified(HECHI_SELLER, Instant.parse("2020-01-01T00:00:00Z")));
        String hechi = Tokens.of(Role.REGISTRAR, HECHI_REGISTRY.party());
        String seller = Tokens.of(Role.ENTERPRISE, HECHI_SELLER.party());
        String first = Flows.brokeredDraft(Flows.publishedResult(db, HECHI_SELLER.party(), List.of(TransferMode.TRANSFER)));
        Flows.submit(seller, first, Flows.millionWithEquipment());
        Flows.accept(hechi, first);
        assertThat(Flows.register(hechi, first)).matches("[0-9]{2}451201[0-9]{6}");

        String second = Flows.brokeredDraft(Flows.publishedResult(db, HECHI_SELLER.party(), List.of(TransferMode.TRANSFER)));
        Flows.submit(seller, second, Flows.millionWithEquipment());
        Flows.accept(hechi, second);
        DirectoryFixtures.publish(db, new RegistrationPointClosed(HECHI_REGISTRY.uscc(), "1201", "撤并",
                Instant.parse("2024-01-01T00:00:00Z")));
        given().auth().oauth2(hechi).when().post("/contracts/" + second + "/register").then().statusCode(403)
                .body("code", equalTo("NOT_A_REGISTRATION_POINT"));
        assertThat(Db.count(db, "select count(*) from contract where id = ? and registration_number is null",
                UUID.fromString(second))).isEqualTo(1);
    }

    @Test
    void aCityAdminReadsOnlyTheContractsOfItsSubMarket() {
        // 广西大学 (南宁) sells to 广西桂糖集团 (南宁), registered in 南宁: no 百色 region in it
        String nanning = Flows.accepted(db);
        given().auth().oauth2(BAISE_ADMIN).when().get("/contracts/" + nanning).then().statusCode(404)
                .body("code", equalTo("CONTRACT_NOT_FOUND"));
        given().auth().oauth2(PROVINCE).when().get("/contracts/" + nanning).then().statusCode(200);
        // the same seller selling to a 百色 enterprise is in 百色's sub-market
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        String baise = given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(result, "TRANSFER_PATENT", Orgs.BAISE_ALUMINIUM))
                .when().post("/contracts/brokered").then().statusCode(201).extract().path("id");
        given().auth().oauth2(BAISE_ADMIN).when().get("/contracts/" + baise).then().statusCode(200)
                .body("buyer.region", equalTo("451000"));
    }

    private static Map<String, Object> buyer(UUID result, Map<String, Object> buyer) {
        Map<String, Object> body = new HashMap<>();
        body.put("resultId", result.toString());
        body.put("contractType", "TRANSFER_PATENT");
        body.put("buyer", buyer);
        return body;
    }
}
