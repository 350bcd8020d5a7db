package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.BAISE_ALUMINIUM;
import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandLifecycleTest {

    static final String TOPIC = "demand.demands.v1";
    static final String PUBLISHED = "demand.DemandPublished.v1";

    @Test
    void anEnterprisePublishesADemandThroughReviewAndEveryoneCanReadIt() {
        Map<String, Object> body = Requests.redMud();
        body.put("budgetMin", 3000000);
        String deadline = Requests.today().plusDays(90).toString();
        body.put("deadline", deadline);
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = given()
                .auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(body)
                .when().post("/demands")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("demander.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("demander.name", equalTo("百色华银新材料有限公司"))
                .body("budgetMin", equalTo("3000000.00"))
                .body("budgetMax", equalTo("5000000.00"))
                .body("deadline", equalTo(deadline))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/demands/" + id);

        // the draft is edited: a fixed budget, other modes
        Map<String, Object> edited = Requests.redMud();
        edited.put("budgetMin", "4000000.00");
        edited.put("budgetMax", "4000000.00");
        edited.put("deadline", deadline);
        edited.put("cooperationModes", List.of("TRANSFER", "COMMISSIONED_DEVELOPMENT"));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(edited)
                .when().put("/demands/" + id)
                .then().statusCode(200)
                .body("budgetMin", equalTo("4000000.00"))
                .body("cooperationModes", contains("TRANSFER", "COMMISSIONED_DEVELOPMENT"));

        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue());
        given().auth().oauth2(BAISE_OPERATOR).queryParam("size", 100).when().get("/demands/review-queue")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        given().auth().oauth2(BAISE_OPERATOR).queryParam("size", 100).when().get("/demands/review-queue")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        ConsumerRecord<String, String> event = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && PUBLISHED.equals(Topics.header(r, "ce_type"))).orElseThrow();
        assertThat(EventSchemas.validate(PUBLISHED, event.value())).isEmpty();
        assertThat(Topics.header(event, "ce_source")).isEqualTo("/techmarket/demand");
        assertThat(Topics.header(event, "ce_subject")).isEqualTo(id);
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("demandId").asText()).isEqualTo(id);
        assertThat(payload.get("title").asText()).isEqualTo("氧化铝赤泥综合利用与脱碱技术");
        assertThat(payload.get("industry").asText()).isEqualTo("ALUMINIUM");
        assertThat(payload.get("budgetMin").asText()).isEqualTo("4000000.00");
        assertThat(payload.get("budgetMax").asText()).isEqualTo("4000000.00");
        assertThat(payload.get("deadline").asText()).isEqualTo(deadline);
        assertThat(payload.get("regionCode").asText()).isEqualTo("451000");
        assertThat(payload.get("cooperationModes")).extracting(JsonNode::asText)
                .containsExactly("TRANSFER", "COMMISSIONED_DEVELOPMENT");
        assertThat(payload.get("demander").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(payload.get("demander").get("kind").asText()).isEqualTo("ENTERPRISE");
        assertThat(payload.get("demander").has("parentUscc")).isFalse();

        // any signed-in user reads and finds it
        String university = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
        given().auth().oauth2(university).when().get("/demands/" + id)
                .then().statusCode(200).body("title", equalTo("氧化铝赤泥综合利用与脱碱技术"));
        given().auth().oauth2(university).queryParam("industry", "ALUMINIUM").queryParam("region", "451000")
                .when().get("/demands")
                .then().statusCode(200).body("items.id", hasItem(id));

        // the enterprise closes it: it leaves the market, but stays in its own list with the reason
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(Map.of("reason", "已自行解决"))
                .when().post("/demands/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
        given().auth().oauth2(university).queryParam("industry", "ALUMINIUM").when().get("/demands")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(university).when().get("/demands/" + id).then().statusCode(404)
                .body("code", equalTo("DEMAND_NOT_FOUND"));
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("size", 100).when().get("/demands/mine")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.closeReason", equalTo("已自行解决"))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("CLOSED"));
    }

    @Test
    void anEnglishTitleAndProblemAreKeptAndShownOnThePublicFront() {
        Map<String, Object> body = Requests.demand("赤泥脱碱与建材化利用", "需要赤泥脱碱后制备建材的工艺。", "ALUMINIUM",
                "451000");
        body.put("titleEn", "Dealkalising red mud for building materials");
        body.put("problemEn", "We need a process to dealkalise red mud\nand make building materials of it.");
        String id = Requests.published(BAISE_ALUMINIUM, body);

        given().when().get("/public/demands/" + id).then().statusCode(200)
                .body("titleEn", org.hamcrest.Matchers.equalTo("Dealkalising red mud for building materials"))
                .body("problemEn", org.hamcrest.Matchers.equalTo(
                        "We need a process to dealkalise red mud\nand make building materials of it."));
        ConsumerRecord<String, String> event = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && PUBLISHED.equals(Topics.header(r, "ce_type"))).orElseThrow();
        assertThat(EventSchemas.validate(PUBLISHED, event.value())).isEmpty();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("titleEn").asText()).isEqualTo("Dealkalising red mud for building materials");
        assertThat(payload.get("problemEn").asText())
                .isEqualTo("We need a process to dealkalise red mud\nand make building materials of it.");
        Map<String, Object> tooLong = Requests.redMud();
        tooLong.put("problemEn", "x".repeat(2001));
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(tooLong).when().post("/demands")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("problemEn"));
    }

    @Test
    void aSubsidiarysDemandNamesItsParentInTheEvent() {
        String guilinSugar = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);
        Map<String, Object> bagasse = Requests.demand("蔗渣制备可降解餐具的成型工艺",
                "希望利用本厂蔗渣生产可降解餐具，目前产品湿强度不足、脱模困难，需要成型工艺和配方改进方案。", "SUGAR", "450300");
        bagasse.put("budgetMin", "200000.50");
        bagasse.put("budgetMax", "800000");
        bagasse.put("cooperationModes", List.of("TRANSFER", "LICENSE", "CONSULTING"));
        String id = Requests.published(guilinSugar, bagasse);

        ConsumerRecord<String, String> event = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && PUBLISHED.equals(Topics.header(r, "ce_type"))).orElseThrow();
        assertThat(EventSchemas.validate(PUBLISHED, event.value())).isEmpty();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("demander").get("uscc").asText()).isEqualTo(Orgs.GUILIN_SUGAR.uscc());
        assertThat(payload.get("demander").get("parentUscc").asText()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(payload.get("demander").get("region").asText()).isEqualTo("450300");
        assertThat(payload.get("budgetMin").asText()).isEqualTo("200000.50");
        assertThat(payload.get("budgetMax").asText()).isEqualTo("800000.00");
    }

    @Test
    void aRejectedSubmissionGoesBackToItsEnterpriseWithTheReasonAndCanBeResubmitted() {
        String id = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
        given().auth().oauth2(BAISE_OPERATOR).contentType("application/json").body(Map.of("reason", "请补充赤泥成分和处理规模"))
                .when().post("/demands/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(BAISE_ALUMINIUM).queryParam("size", 100).when().get("/demands/mine")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.rejectionReason", equalTo("请补充赤泥成分和处理规模"));
        Map<String, Object> better = Requests.redMud();
        better.put("problem", "赤泥年产约200万吨，含Na2O约8%、Fe2O3约30%。需要工业化脱碱并制备建材的技术，处理成本不高于每吨80元。");
        given().auth().oauth2(BAISE_ALUMINIUM).contentType("application/json").body(better)
                .when().put("/demands/" + id).then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(BAISE_ALUMINIUM).when().post("/demands/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("rejectionReason", nullValue());
        given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        ConsumerRecord<String, String> event = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && PUBLISHED.equals(Topics.header(r, "ce_type"))).orElseThrow();
        assertThat(EventSchemas.validate(PUBLISHED, event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).get("problem").asText()).startsWith("赤泥年产约200万吨");
    }
}
