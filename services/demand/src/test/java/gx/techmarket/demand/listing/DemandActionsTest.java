package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.BAISE_ALUMINIUM;
import static gx.techmarket.demand.listing.Requests.LIUZHOU_AUTO;
import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import gx.techmarket.demand.infra.AdjustableClock;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code actions} a demand's view offers its enterprise, the operator of its sub-market and another
 * organisation at each step of its life, each offered action then taken through its endpoint; and what a passed
 * deadline takes off the list.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandActionsTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void eachCallerIsOfferedExactlyWhatItMayDoNow() {
        String id = Requests.create(BAISE_ALUMINIUM, Requests.redMud()); // the 百色 sub-market
        actions(BAISE_ALUMINIUM, id).body("actions", contains("edit", "submit"));
        actions(BAISE_OPERATOR, id).body("actions", empty());
        hidden(LIUZHOU_AUTO, id);
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("size", 100).when().get("/demands/mine").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", contains("edit", "submit"));

        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit").then().statusCode(200)
                .body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", contains("approve", "reject"));
        hidden(LIUZHOU_AUTO, id);
        given().auth().oauth2(BAISE_OPERATOR).queryParam("size", 100).when().get("/demands/review-queue").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", contains("approve", "reject"));

        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json").body(Map.of("reason", "请补充处理规模"))
                .when().post("/demands/" + id + "/reject").then().statusCode(200).body("actions", empty());
        actions(BAISE_ALUMINIUM, id).body("actions", contains("edit", "submit"));
        actions(BAISE_OPERATOR, id).body("actions", empty());

        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + id + "/approve").then().statusCode(200)
                .body("actions", empty());
        actions(BAISE_ALUMINIUM, id).body("actions", contains("close"));
        actions(LIUZHOU_AUTO, id).body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", empty());
        given().auth().oauth2(LIUZHOU_AUTO).queryParam("industry", "ALUMINIUM").when().get("/demands").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.actions", empty());

        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(200).body("actions", empty());
        actions(BAISE_ALUMINIUM, id).body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", empty());
    }

    @Test
    void onceTheDeadlineHasComeNeitherSubmittingNorApprovingIsOffered() {
        Map<String, Object> soon = Requests.redMud();
        soon.put("deadline", Requests.today().plusDays(3).toString());
        String draft = Requests.create(BAISE_ALUMINIUM, soon);
        String submitted = Requests.submitted(BAISE_ALUMINIUM, soon);
        clock.advance(Duration.ofDays(3));
        actions(BAISE_ALUMINIUM, draft).body("actions", contains("edit"));
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + draft + "/submit").then().statusCode(409);
        actions(BAISE_OPERATOR, submitted).body("actions", contains("reject"));
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + submitted + "/approve").then().statusCode(409);
    }

    private static ValidatableResponse actions(String token, String id) {
        return given().auth().oauth2(token).when().get("/demands/" + id).then().statusCode(200);
    }

    private static void hidden(String token, String id) {
        given().auth().oauth2(token).when().get("/demands/" + id).then().statusCode(404);
    }
}
