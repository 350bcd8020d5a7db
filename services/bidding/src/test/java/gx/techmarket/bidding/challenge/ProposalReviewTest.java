package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.evaluation.Evaluate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.bidding.BiddingServiceTest;
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

/** 技术攻关类 proposed by the demander, reviewed by the operator of its sub-market; cancellation with a reason. */
@QuarkusTest
class ProposalReviewTest extends BiddingServiceTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String OTHER_ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);

    @Test
    void theDemanderProposesTheOperatorReturnsItThenApprovesTheRewrittenProposal() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        Instant deadline = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        String id = given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Flow.proposalBody(demandId, deadline))
                .when().post("/challenges/proposals")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("proposed", equalTo(true))
                .body("regionCode", equalTo("451000"))
                .body("demander.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("budgetMin", equalTo("2000000.00"))
                .body("budgetMax", equalTo("5000000.00"))
                .body("durationMonths", equalTo(24))
                .body("goals", equalTo("脱碱后赤泥Na2O含量低于1%，铁回收率不低于85%。"))
                .body("field", equalTo("SUGAR"))
                .body("actions", containsInAnyOrder("edit", "submit"))
                .extract().path("id");
        // a draft: its proposer and the operator see it, nobody else; the operator cannot publish it past the review
        given().auth().oauth2(GXU).when().get("/challenges/" + id).then().statusCode(404);
        given().auth().oauth2(OTHER_ENTERPRISE).when().post("/challenges/" + id + "/submit").then().statusCode(404)
                .body("code", equalTo("CHALLENGE_NOT_FOUND"));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id).then().statusCode(200)
                .body("actions", contains("cancel"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/publish").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(DEMANDER).when().get("/challenges/proposed").then().statusCode(200)
                .body("items.id", hasItem(id));

        // 提交审核 → the 百色 operator's queue, not 柳州's
        given().auth().oauth2(DEMANDER).when().post("/challenges/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("actions", empty()).body("submittedAt", not(nullValue()));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/submitted").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(LIUZHOU_ADMIN).when().get("/challenges/submitted").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(LIUZHOU_ADMIN).when().post("/challenges/" + id + "/review").then().statusCode(404);
        Map<String, Object> unchanged = Flow.proposalBody(demandId, deadline);
        unchanged.remove("demandId");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(unchanged)
                .when().put("/challenges/" + id + "/proposal").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_NOT_EDITABLE"));

        // 受理, then 退回修改 with a reason (none: refused)
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id).then().statusCode(200)
                .body("actions", containsInAnyOrder("review", "cancel"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("actions", containsInAnyOrder("approve", "reject",
                        "cancel"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Flow.reason(" "))
                .when().post("/challenges/" + id + "/reject").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Flow.reason("攻关目标须量化铁回收率的检测方法"))
                .when().post("/challenges/" + id + "/reject").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("returnReason", equalTo("攻关目标须量化铁回收率的检测方法"));

        // the proposer rewrites it (an inverted budget refused) and submits it again
        Map<String, Object> rewritten = Flow.proposalBody(demandId, deadline);
        rewritten.remove("demandId");
        rewritten.put("budgetMin", "6000000.00");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(rewritten)
                .when().put("/challenges/" + id + "/proposal").then().statusCode(400)
                .body("code", equalTo("BUDGET_RANGE_INVERTED")).body("errors[0].field", equalTo("budgetMax"));
        rewritten.put("budgetMin", "3000000");
        rewritten.put("goals", "脱碱后赤泥Na2O含量低于1%（GB/T 176检测），铁回收率不低于85%。");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(rewritten)
                .when().put("/challenges/" + id + "/proposal").then().statusCode(200)
                .body("budgetMin", equalTo("3000000.00")).body("goals", equalTo(rewritten.get("goals")));
        given().auth().oauth2(DEMANDER).when().post("/challenges/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/review").then().statusCode(200);

        // 审核通过 = 发榜: ChallengePublished, open for bids
        Evaluate.method(Flow.PROVINCE, id);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("biddingOpen", equalTo(true));
        ConsumerRecord<String, String> published = Topics.await(ChallengeLifecycleTest.TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengePublished.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengePublished.v1", published.value())).isEmpty();
        assertThat(EventJson.readTree(published.value()).get("demandId").asText()).isEqualTo(demandId.toString());
        assertThat(Flow.actions(GXU, id)).containsExactly("bid");
        Flow.bid(GXU, id, "3200000.00");
    }

    @Test
    void nobodyProposesFromAnotherOrganisationsDemandNorTwiceFromOne() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        Instant deadline = clock.instant().plus(Duration.ofDays(30));
        given().auth().oauth2(OTHER_ENTERPRISE).contentType("application/json")
                .body(Flow.proposalBody(demandId, deadline))
                .when().post("/challenges/proposals").then().statusCode(404).body("code", equalTo("DEMAND_NOT_FOUND"));
        Map<String, Object> past = Flow.proposalBody(demandId, clock.instant().minus(Duration.ofDays(1)));
        given().auth().oauth2(DEMANDER).contentType("application/json").body(past)
                .when().post("/challenges/proposals").then().statusCode(400)
                .body("code", equalTo("DEADLINE_NOT_IN_FUTURE"));
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Flow.proposalBody(demandId, deadline))
                .when().post("/challenges/proposals").then().statusCode(201);
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Flow.proposalBody(demandId, deadline))
                .when().post("/challenges/proposals").then().statusCode(409)
                .body("code", equalTo("DEMAND_ALREADY_CHALLENGED"));
    }

    @Test
    void theOperatorCancelsWithAReasonBeforeTheAwardAndBidsStop() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        Flow.bid(GXU, id, "3800000.00");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Flow.reason("不需要了"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(403);
        given().auth().oauth2(LIUZHOU_ADMIN).contentType("application/json").body(Flow.reason("重复发榜"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(403)
                .body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of())
                .when().post("/challenges/" + id + "/cancel").then().statusCode(400);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Flow.reason("需求方已自行解决该技术难题"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("需求方已自行解决该技术难题"))
                .body("cancelledAt", not(nullValue())).body("actions", empty());
        // still public (it was published), no longer open; nothing more happens to it
        given().when().get("/public/challenges/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).contentType("application/json")
                .body(Flow.bidBody("3000000.00", "方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_NOT_OPEN"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Flow.reason("再次撤榜"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
    }

    @Test
    void anAwardedChallengeIsNotCancelled() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, id, "3800000.00");
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("actions", contains("cancel"));
        Evaluate.evaluated(BAISE_ADMIN, id, bid);
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", bid))
                .when().post("/challenges/" + id + "/award").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id).then().statusCode(200)
                .body("actions", empty());
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Flow.reason("揭榜方无法履约"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_CANCEL_AFTER_AWARD"));
    }
}
