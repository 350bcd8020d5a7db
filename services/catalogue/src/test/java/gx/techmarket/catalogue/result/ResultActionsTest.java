package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GUET;
import static gx.techmarket.catalogue.result.Requests.GXU;
import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code actions} a result's view offers its holder, the operator of its region and another organisation at
 * each step of its life, each offered action then taken through its endpoint.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultActionsTest {

    @Test
    void eachCallerIsOfferedExactlyWhatItMayDoNow() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango()); // region 451000 (百色)
        actions(GXU, id).body("actions", contains("edit", "submit"));
        actions(BAISE_OPERATOR, id).body("actions", empty());
        hidden(GUET, id);
        given().auth().oauth2(GXU).when().get("/results/mine").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", contains("edit", "submit"));

        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200)
                .body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", contains("approve", "reject"));
        given().auth().oauth2(BAISE_OPERATOR).queryParam("sort", "newest").when().get("/results/review-queue")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.actions", contains("approve", "reject"));

        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json").body(Map.of("reason", "请补充专利证书编号"))
                .when().post("/results/" + id + "/reject").then().statusCode(200).body("actions", empty());
        actions(GXU, id).body("actions", contains("edit", "submit"));
        actions(BAISE_OPERATOR, id).body("actions", empty());

        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_OPERATOR).when().post("/results/" + id + "/approve").then().statusCode(200)
                .body("actions", empty());
        actions(GXU, id).body("actions", contains("withdraw"));
        actions(GUET, id).body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", empty());
        given().auth().oauth2(GUET).queryParam("q", "芒果").when().get("/results").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", empty());

        given().auth().oauth2(GXU).contentType("application/json").body("{}")
                .when().post("/results/" + id + "/withdraw").then().statusCode(200).body("actions", empty());
        actions(GXU, id).body("actions", empty());
        actions(BAISE_OPERATOR, id).body("actions", empty());
    }

    private static ValidatableResponse actions(String token, String id) {
        return given().auth().oauth2(token).when().get("/results/" + id).then().statusCode(200);
    }

    private static void hidden(String token, String id) {
        given().auth().oauth2(token).when().get("/results/" + id).then().statusCode(404);
    }
}
