package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GXU;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultLifecycleTest {

    @Test
    void aUniversityPublishesAResultThroughReviewAndEveryoneCanFindIt() {
        String id = given().auth().oauth2(GXU).contentType("application/json").body(Requests.mango())
                .when().post("/results")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("holder.uscc", equalTo(Orgs.GXU.uscc()))
                .body("holder.name", equalTo("广西大学"))
                .body("askingPrice", equalTo("1200000.00"))
                .extract().path("id");

        Map<String, Object> edited = Requests.mango();
        edited.put("askingPrice", null);
        edited.put("priceNegotiable", true);
        given().auth().oauth2(GXU).contentType("application/json").body(edited)
                .when().put("/results/" + id)
                .then().statusCode(200).body("priceNegotiable", equalTo(true)).body("askingPrice", nullValue());

        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(PROVINCE).queryParam("sort", "newest").when().get("/results/review-queue")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(PROVINCE).when().post("/results/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        ConsumerRecord<String, String> event = Topics.await("catalogue.results.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "catalogue.ResultPublished.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("catalogue.ResultPublished.v1", event.value())).isEmpty();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("resultId").asText()).isEqualTo(id);
        assertThat(payload.get("priceNegotiable").asBoolean()).isTrue();
        assertThat(payload.has("askingPrice")).isFalse();
        assertThat(payload.get("holder").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(Topics.header(event, "ce_source")).isEqualTo("/techmarket/catalogue");

        // any signed-in user reads and finds it
        String enterprise = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(enterprise).when().get("/results/" + id)
                .then().statusCode(200).body("title", equalTo("芒果深加工与果渣综合利用技术"));
        given().auth().oauth2(enterprise).queryParam("q", "芒果").when().get("/results")
                .then().statusCode(200).body("items.id", hasItem(id));

        // the holder withdraws it: an event, and it leaves the catalogue
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("reason", "已与企业签订独占许可"))
                .when().post("/results/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        ConsumerRecord<String, String> withdrawn = Topics.await("catalogue.results.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "catalogue.ResultWithdrawn.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("catalogue.ResultWithdrawn.v1", withdrawn.value())).isEmpty();
        given().auth().oauth2(enterprise).queryParam("q", "芒果").when().get("/results")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(enterprise).when().get("/results/" + id).then().statusCode(404)
                .body("code", equalTo("RESULT_NOT_FOUND"));
    }

    @Test
    void aRejectedSubmissionGoesBackToItsHolderWithTheReasonAndCanBeResubmitted() {
        String id = create(GXU, Requests.result("赤泥制备路基材料技术", "利用氧化铝厂赤泥制备道路基层材料。", "NEW_MATERIALS", "451000"));
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        String baise = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
        given().auth().oauth2(baise).contentType("application/json").body(Map.of("reason", "请补充专利证书编号"))
                .when().post("/results/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(GXU).when().get("/results/mine")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.rejectionReason", equalTo("请补充专利证书编号"));
        given().auth().oauth2(GXU).contentType("application/json")
                .body(Requests.result("赤泥制备路基材料技术", "利用氧化铝厂赤泥制备道路基层材料，已获发明专利。", "NEW_MATERIALS", "451000"))
                .when().put("/results/" + id).then().statusCode(200);
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("rejectionReason", nullValue());
        given().auth().oauth2(baise).when().post("/results/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/results").then().statusCode(201).extract().path("id");
    }
}
