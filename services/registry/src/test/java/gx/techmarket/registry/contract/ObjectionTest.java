package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.OTHER_ENTERPRISE;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 异议: a party or the authority objects to a registration, the registering point reviews it (upheld or dismissed);
 * the contract's view lists the objections with what the caller may do about them.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ObjectionTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aPartyAndTheAuthorityObjectAndTheRegisteringPointDecides() {
        String id = Flows.accepted(db);
        // nothing to object to before a decision
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().body("actions", not(hasItem("objections")));
        given().auth().oauth2(BUYER).contentType("application/json").body(Map.of("grounds", "尚未登记"))
                .when().post("/contracts/" + id + "/objections").then().statusCode(409)
                .body("code", equalTo("OBJECTION_NOT_ALLOWED"));
        Flows.register(REGISTRAR, id);
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().body("actions", contains("objections"));

        String objection = given().auth().oauth2(BUYER).contentType("application/json")
                .body(Map.of("grounds", "合同约定的设备款未计入非技术性款项，\n技术交易额认定偏高"))
                .when().post("/contracts/" + id + "/objections").then().statusCode(201)
                .body("objections", hasSize(1))
                .body("objections[0].raisedByUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("objections[0].raisedAs", equalTo("PARTY"))
                .body("objections[0].status", equalTo("OPEN"))
                .body("objections[0].grounds", equalTo("合同约定的设备款未计入非技术性款项，\n技术交易额认定偏高"))
                .body("objections[0].actions", empty())
                .body("actions", not(hasItem("objections")))
                .extract().path("objections[0].id");
        given().auth().oauth2(BUYER).contentType("application/json").body(Map.of("grounds", "再次提出"))
                .when().post("/contracts/" + id + "/objections").then().statusCode(409)
                .body("code", equalTo("OBJECTION_ALREADY_OPEN"));
        // not a party, not operating it: the contract does not exist for them
        given().auth().oauth2(OTHER_ENTERPRISE).contentType("application/json").body(Map.of("grounds", "异议"))
                .when().post("/contracts/" + id + "/objections").then().statusCode(404);

        // the tax authority, through the province's admin account
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("grounds", "疑似以技术合同名义规避税收"))
                .when().post("/contracts/" + id + "/objections").then().statusCode(201)
                .body("objections", hasSize(2))
                .body("objections[1].raisedAs", equalTo("AUTHORITY"));

        // only the registering point decides, once
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then()
                .body("objections[0].actions", contains("resolve"));
        Map<String, Object> upheld = Map.of("outcome", "UPHELD", "explanation", "经核查设备款应予扣除，\n将办理变更登记");
        given().auth().oauth2(LIUZHOU_REGISTRAR).contentType("application/json").body(upheld)
                .when().post("/contracts/" + id + "/objections/" + objection + "/resolve").then().statusCode(403)
                .body("code", equalTo("NOT_REGISTERING_POINT"));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(upheld)
                .when().post("/contracts/" + id + "/objections/" + objection + "/resolve").then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("objections[0].status", equalTo("UPHELD"))
                .body("objections[0].explanation", equalTo("经核查设备款应予扣除，\n将办理变更登记"))
                .body("objections[0].resolvedAt", not(nullValue()))
                .body("objections[0].actions", empty())
                .body("objections[1].status", equalTo("OPEN"));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(upheld)
                .when().post("/contracts/" + id + "/objections/" + objection + "/resolve").then().statusCode(409)
                .body("code", equalTo("OBJECTION_ALREADY_RESOLVED"));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(upheld)
                .when().post("/contracts/" + id + "/objections/" + java.util.UUID.randomUUID() + "/resolve")
                .then().statusCode(404).body("code", equalTo("OBJECTION_NOT_FOUND"));
        // decided, the buyer may object again; every party sees the objections
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().body("actions", contains("objections"));
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().body("objections", hasSize(2));
    }
}
