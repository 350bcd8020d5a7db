package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.evaluation.Evaluate;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 揭榜挂帅 from a published demand to the award, with the events it publishes. */
@QuarkusTest
class ChallengeLifecycleTest extends BiddingServiceTest {

    static final String TOPIC = "bidding.challenges.v1";
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);

    @Test
    void anOperatorPublishesADemandAsAChallengeSolversBidSealedAndTheDemanderAwardsAfterTheDeadline() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        Instant deadline = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        // the 百色 operator drafts it; nobody outside the operators sees a draft
        Map<String, Object> body = Flow.challengeBody(demandId, deadline);
        body.remove("title");
        String id = given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(body)
                .when().post("/challenges")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("kind", equalTo("TECHNOLOGY_BREAKTHROUGH"))
                .body("demandId", equalTo(demandId.toString()))
                .body("title", equalTo("甘蔗糖厂蔗渣高值化利用"))
                .body("regionCode", equalTo("451000"))
                .body("demander.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("biddingOpen", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/drafts").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id).then().statusCode(404)
                .body("code", equalTo("CHALLENGE_NOT_FOUND"));
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("100.00", "方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(404);

        // 发榜, with its evaluation method
        Evaluate.method(BAISE_ADMIN, id);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("biddingOpen", equalTo(true));
        ConsumerRecord<String, String> published = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengePublished.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengePublished.v1", published.value())).isEmpty();
        JsonNode p = EventJson.readTree(published.value());
        assertThat(p.get("challengeId").asText()).isEqualTo(id);
        assertThat(p.get("kind").asText()).isEqualTo("TECHNOLOGY_BREAKTHROUGH");
        assertThat(p.get("demandId").asText()).isEqualTo(demandId.toString());
        assertThat(p.get("demander").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(p.get("regionCode").asText()).isEqualTo("451000");
        assertThat(Instant.parse(p.get("deadline").asText())).isEqualTo(deadline);
        assertThat(p.has("resultId")).isFalse();
        assertThat(Topics.header(published, "ce_source")).isEqualTo("/techmarket/bidding");
        given().auth().oauth2(GXU).when().get("/challenges").then().statusCode(200).body("items.id", hasItem(id));

        // 揭榜: a university in Guangxi and one from elsewhere in China
        String gxuBid = Flow.bid(GXU, id, "3800000.00");
        String zjuBid = given().auth().oauth2(ZJU).contentType("application/json")
                .body(Flow.bidBody("3500000.5", "赤泥脱碱与铁、钪回收联合工艺，三年内完成工业示范。", 24))
                .when().post("/challenges/" + id + "/bids")
                .then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("price", equalTo("3500000.50"))
                .body("bidder.uscc", equalTo(Orgs.ZJU.uscc()))
                .body("bidder.region", equalTo("330100"))
                .extract().path("id");

        // sealed: each bidder sees its own, the demander and the operator see nothing yet
        given().auth().oauth2(GXU).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", containsInAnyOrder(gxuBid)).body("total", equalTo(1));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(DEMANDER).when().get("/bids/" + zjuBid).then().statusCode(404)
                .body("code", equalTo("BID_NOT_FOUND"));
        given().auth().oauth2(ZJU).when().get("/bids/mine").then().statusCode(200).body("items.id", hasItem(zjuBid))
                .body("items.id", not(hasItem(gxuBid)));

        // the demander cannot award while bids are sealed (nor before the evaluation)
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", gxuBid))
                .when().post("/challenges/" + id + "/award")
                .then().statusCode(409).body("code", equalTo("EVALUATION_NOT_COMPLETE"));

        // the deadline passes: no more bids; demander and operator see all of them
        clock.advance(Duration.ofDays(30));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("biddingOpen", equalTo(false));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).contentType("application/json")
                .body(Flow.bidBody("3000000.00", "迟到的方案", 12))
                .when().post("/challenges/" + id + "/bids")
                .then().statusCode(409).body("code", equalTo("BID_AFTER_DEADLINE"));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", containsInAnyOrder(gxuBid, zjuBid)).body("total", equalTo(2));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", containsInAnyOrder(gxuBid, zjuBid)).body("total", equalTo(2));
        given().auth().oauth2(DEMANDER).when().get("/bids/" + zjuBid).then().statusCode(200)
                .body("planSummary", equalTo("赤泥脱碱与铁、钪回收联合工艺，三年内完成工业示范。"));
        // another bidder still sees only its own
        given().auth().oauth2(GXU).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", containsInAnyOrder(gxuBid)).body("total", equalTo(1));

        // 资格审查, 抽取专家, 评分 (the experts prefer GXU's plan), then 定榜 of the top-ranked bid
        Evaluate.evaluated(BAISE_ADMIN, id, gxuBid, zjuBid);
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", gxuBid))
                .when().post("/challenges/" + id + "/award")
                .then().statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedBidId", equalTo(gxuBid));
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().statusCode(200)
                .body("status", equalTo("SELECTED"));
        given().auth().oauth2(ZJU).when().get("/bids/" + zjuBid).then().statusCode(200)
                .body("status", equalTo("NOT_SELECTED"));

        ConsumerRecord<String, String> awarded = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengeAwarded.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengeAwarded.v1", awarded.value())).isEmpty();
        JsonNode a = EventJson.readTree(awarded.value());
        assertThat(a.get("challengeId").asText()).isEqualTo(id);
        assertThat(a.get("demandId").asText()).isEqualTo(demandId.toString());
        assertThat(a.get("demander").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(a.get("winner").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(a.get("winner").get("name").asText()).isEqualTo("广西大学");
        assertThat(a.get("winner").get("kind").asText()).isEqualTo("UNIVERSITY");
        assertThat(a.get("bidId").asText()).isEqualTo(gxuBid);
        assertThat(a.get("price").asText()).isEqualTo("3800000.00");
        assertThat(a.get("durationMonths").asInt()).isEqualTo(18);
        assertThat(a.has("holder")).isFalse();

        // a challenge is awarded once
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Map.of("bidId", zjuBid, "departureReason", "改选"))
                .when().post("/challenges/" + id + "/award")
                .then().statusCode(409).body("code", equalTo("EVALUATION_NOT_COMPLETE"));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id).then().statusCode(200)
                .body("awardedBidId", equalTo(gxuBid)).body("closedAt", equalTo(deadline.toString()));
    }

    @Test
    void aDraftCannotBeAwardedOrPublishedTwiceAndTheTitleDefaultsToTheDemands() {
        UUID demandId = Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS);
        String id = Flow.create(Flow.PROVINCE, demandId, clock.instant().plus(Duration.ofDays(10)));
        Evaluate.method(Flow.PROVINCE, id);
        given().auth().oauth2(Flow.PROVINCE).when().post("/challenges/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(Flow.PROVINCE).header("Accept-Language", "en")
                .when().post("/challenges/" + id + "/publish")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"))
                .body("detail", equalTo("The challenge is “published” and cannot become “published”."));
        given().auth().oauth2(Flow.PROVINCE).when().get("/challenges/drafts").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(GXU).when().get("/challenges/" + id).then().statusCode(200)
                .body("awardedBidId", nullValue()).body("title", equalTo("蔗渣高值化利用技术攻关"));
    }
}
