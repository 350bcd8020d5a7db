package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.evaluation.Evaluate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.result.ResultEvents;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 成果转化类: a result known from the catalogue, proposed by its holder (anywhere) or placed by an operator. */
@QuarkusTest
class ResultTransformationTest extends BiddingServiceTest {

    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BAISE_ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String SHENZHEN_ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.SHENZHEN_ROBOTICS);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Test
    void aHolderFromElsewhereProposesItsResultAndOnlyGuangxiEnterprisesBid() {
        ResultPublished published = ResultEvents.result(Orgs.ZJU, "451000", "甘蔗渣制备可降解餐具技术");
        UUID resultId = ResultEvents.publishAndAwait(db, published);
        Map<String, Object> body = Flow.proposalBody(UUID.randomUUID(), clock.instant().plus(Flow.OPEN_FOR));
        body.remove("demandId");
        body.put("resultId", resultId.toString());
        body.remove("title");
        // not the holder: as if unknown
        given().auth().oauth2(GXU).contentType("application/json").body(body)
                .when().post("/challenges/proposals").then().statusCode(404).body("code", equalTo("RESULT_NOT_FOUND"));
        Map<String, Object> both = new HashMap<>(body);
        both.put("demandId", UUID.randomUUID().toString());
        given().auth().oauth2(ZJU).contentType("application/json").body(both)
                .when().post("/challenges/proposals").then().statusCode(400)
                .body("code", equalTo("CHALLENGE_SUBJECT_REQUIRED"));

        String id = given().auth().oauth2(ZJU).contentType("application/json").body(body)
                .when().post("/challenges/proposals").then().statusCode(201)
                .body("kind", equalTo("RESULT_TRANSFORMATION"))
                .body("title", equalTo("甘蔗渣制备可降解餐具技术"))
                .body("resultId", equalTo(resultId.toString()))
                .body("demander", nullValue())
                .body("holder.uscc", equalTo(Orgs.ZJU.uscc()))
                .body("counterparty.uscc", equalTo(Orgs.ZJU.uscc()))
                .body("regionCode", equalTo("451000"))
                .body("field", equalTo("SUGAR"))
                .extract().path("id");
        given().auth().oauth2(ZJU).when().post("/challenges/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/review").then().statusCode(200);
        Evaluate.method(Flow.PROVINCE, id);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        ConsumerRecord<String, String> event = Topics.await(ChallengeLifecycleTest.TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengePublished.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengePublished.v1", event.value())).isEmpty();
        JsonNode p = EventJson.readTree(event.value());
        assertThat(p.get("kind").asText()).isEqualTo("RESULT_TRANSFORMATION");
        assertThat(p.get("resultId").asText()).isEqualTo(resultId.toString());
        assertThat(p.get("holder").get("uscc").asText()).isEqualTo(Orgs.ZJU.uscc());
        assertThat(p.has("demandId")).isFalse();

        // only enterprises registered in Guangxi bid on it
        assertThat(Flow.actions(GXU, id)).isEmpty();
        assertThat(Flow.actions(SHENZHEN_ENTERPRISE, id)).isEmpty();
        assertThat(Flow.actions(BAISE_ENTERPRISE, id)).containsExactly("bid");
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("800000.00", "承接方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("code", equalTo("BIDDER_NOT_GUANGXI_ENTERPRISE"));
        given().auth().oauth2(SHENZHEN_ENTERPRISE).contentType("application/json")
                .body(Flow.bidBody("800000.00", "承接方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("code", equalTo("BIDDER_NOT_GUANGXI_ENTERPRISE"));
        Flow.bid(BAISE_ENTERPRISE, id, "800000.00");
    }

    @Test
    void anOperatorPlacesAResultInItsSubMarketOnceAndNotAWithdrawnOne() {
        ResultPublished published = ResultEvents.result(Orgs.GXU, "450100", "蔗糖废蜜发酵制备生物基材料");
        UUID resultId = ResultEvents.publishAndAwait(db, published);
        Map<String, Object> body = new HashMap<>();
        body.put("resultId", resultId.toString());
        body.put("deadline", clock.instant().plus(Flow.OPEN_FOR).toString());
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(body)
                .when().post("/challenges").then().statusCode(201)
                .body("kind", equalTo("RESULT_TRANSFORMATION")).body("regionCode", equalTo("451000"))
                .body("holder.uscc", equalTo(Orgs.GXU.uscc())).body("actions", containsInAnyOrder("publish", "cancel"));
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(body)
                .when().post("/challenges").then().statusCode(409).body("code", equalTo("RESULT_ALREADY_CHALLENGED"));

        ResultPublished other = ResultEvents.result(Orgs.GXU, "450100", "木薯渣制备燃料乙醇");
        ResultEvents.publishAndAwait(db, other);
        Map<String, Object> elsewhere = new HashMap<>(body);
        elsewhere.put("resultId", other.resultId().toString());
        elsewhere.put("regionCode", "450200");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(elsewhere)
                .when().post("/challenges").then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        ResultEvents.withdrawAndAwait(db, other);
        elsewhere.remove("regionCode");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(elsewhere)
                .when().post("/challenges").then().statusCode(404).body("code", equalTo("RESULT_NOT_FOUND"));
    }
}
