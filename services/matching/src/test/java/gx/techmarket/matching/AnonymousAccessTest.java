package gx.techmarket.matching;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nothing of 意向洽谈 is public: every endpoint asks for a token. */
@QuarkusTest
class AnonymousAccessTest extends MatchingServiceTest {

    @Test
    void everyEndpointNeedsASignedInUser() {
        String id = UUID.randomUUID().toString();
        given().when().get("/interests").then().statusCode(401);
        given().when().get("/interests/counts").then().statusCode(401);
        given().when().get("/interests/" + id).then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/interests").then().statusCode(401);
        given().when().post("/interests/" + id + "/close").then().statusCode(401);
    }
}
