package gx.techmarket.demand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import gx.techmarket.demand.infra.AdjustableClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
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

    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String OPERATOR = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String OTHER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void eachCallerIsOfferedExactlyWhatItMayDoNow() {
        String id = Requests.create(DEMANDER, Requests.redMud()); // the 百色 sub-market
        actions(DEMANDER, id).body("actions", contains("edit", "submit"));
        actions(OPERATOR, id).body("actions", empty());
        hidden(OTHER, id);
        given().auth().oauth2(DEMANDER).when().get("/demands/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.actions", contains("edit", "submit"));

        given().auth().oauth2(DEMANDER).when().post("/demands/" + id + "/submit").then().statusCode(200)
                .body("actions", empty());
        actions(OPERATOR, id).body("actions", contains("approve", "reject"));
        hidden(OTHER, id);
        given().auth().oauth2(OPERATOR).when().get("/demands/review-queue").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.actions", contains("approve", "reject"));

        given().auth().oauth2(OPERATOR).contentType("application/json").body(Map.of("reason", "请补充处理规模"))
                .when().post("/demands/" + id + "/reject").then().statusCode(200).body("actions", empty());
        actions(DEMANDER, id).body("actions", contains("edit", "submit"));
        actions(OPERATOR, id).body("actions", empty());

        given().auth().oauth2(DEMANDER).when().post("/demands/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(OPERATOR).when().post("/demands/" + id + "/approve").then().statusCode(200)
                .body("actions", empty());
        actions(DEMANDER, id).body("actions", contains("close"));
        actions(OTHER, id).body("actions", empty());
        actions(OPERATOR, id).body("actions", empty());
        given().auth().oauth2(OTHER).queryParam("industry", "ALUMINIUM").when().get("/demands").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.actions", empty());

        given().auth().oauth2(DEMANDER).contentType("application/json").body("{}")
                .when().post("/demands/" + id + "/close").then().statusCode(200).body("actions", empty());
        actions(DEMANDER, id).body("actions", empty());
        actions(OPERATOR, id).body("actions", empty());
    }

    @Test
    void onceTheDeadlineHasComeNeitherSubmittingNorApprovingIsOffered() {
        Map<String, Object> soon = Requests.redMud();
        soon.put("deadline", Requests.today().plusDays(3).toString());
        String draft = Requests.create(DEMANDER, soon);
        String submitted = Requests.submitted(DEMANDER, soon);
        clock.advance(Duration.ofDays(3));
        actions(DEMANDER, draft).body("actions", contains("edit"));
        given().auth().oauth2(DEMANDER).when().post("/demands/" + draft + "/submit").then().statusCode(409);
        actions(OPERATOR, submitted).body("actions", contains("reject"));
        given().auth().oauth2(OPERATOR).when().post("/demands/" + submitted + "/approve").then().statusCode(409);
    }

    private static ValidatableResponse actions(String token, String id) {
        return given().auth().oauth2(token).when().get("/demands/" + id).then().statusCode(200);
    }

    private static void hidden(String token, String id) {
        given().auth().oauth2(token).when().get("/demands/" + id).then().statusCode(404);
    }
}
