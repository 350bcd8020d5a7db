package gx.techmarket.bidding.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.demand.DemandEvents;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 榜单批次: the operator gathers drafts into a call with its dates and terms and publishes them together. */
@QuarkusTest
class CallTest extends BiddingServiceTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);

    static Map<String, Object> callBody(String region, Instant opensAt, Instant closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "2026年第二批揭榜挂帅榜单");
        body.put("regionCode", region);
        body.put("kinds", List.of("TECHNOLOGY_BREAKTHROUGH"));
        body.put("opensAt", opensAt.toString());
        body.put("closesAt", closesAt.toString());
        body.put("minimumQualifiedBids", 2);
        body.put("supportShare", "0.30");
        body.put("complaintPeriodDays", 7);
        return body;
    }

    static String call(String admin, String region, Instant opensAt, Instant closesAt) {
        return given().auth().oauth2(admin).contentType("application/json").body(callBody(region, opensAt, closesAt))
                .when().post("/calls").then().statusCode(201).extract().path("id");
    }

    /** A draft the operator {@code admin} made from a new demand of {@code demander}. */
    String draft(String admin, gx.techmarket.contracts.events.Party demander) {
        var demand = DemandEvents.demand(demander, "赤泥综合利用");
        DemandEvents.publishAndAwait(db, demand);
        Map<String, Object> body = Map.of("demandId", demand.demandId().toString(),
                "deadline", clock.instant().plus(Duration.ofDays(10)).toString());
        String id = given().auth().oauth2(admin).contentType("application/json").body(body).when()
                .post("/challenges").then().statusCode(201).extract().path("id");
        gx.techmarket.bidding.evaluation.Evaluate.method(admin, id);
        return id;
    }

    @Test
    void theOperatorPublishesItsDraftsAsOneCallWithTheCallsTerms() {
        Instant closesAt = clock.instant().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        String callId = given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(callBody("451000", clock.instant(), closesAt))
                .when().post("/calls").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("supportShare", equalTo("0.300000"))
                .body("minimumQualifiedBids", equalTo(2)).body("complaintPeriodDays", equalTo(7))
                .body("challenges", equalTo(0)).body("actions", contains("add-challenge"))
                .extract().path("id");
        // a draft call is nobody's business but its operators'
        given().when().get("/public/calls/" + callId).then().statusCode(404).body("code", equalTo("CALL_NOT_FOUND"));
        given().auth().oauth2(GXU).when().get("/calls/" + callId).then().statusCode(404);
        given().auth().oauth2(LIUZHOU_ADMIN).contentType("application/json")
                .body(Map.of("challengeId", UUID.randomUUID().toString()))
                .when().post("/calls/" + callId + "/challenges").then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).when().post("/calls/" + callId + "/publish").then().statusCode(409)
                .body("code", equalTo("CALL_EMPTY"));

        // two drafts join: they take its closing time and terms, and are no longer published alone
        String first = draft(BAISE_ADMIN, Orgs.BAISE_ALUMINIUM);
        String second = draft(BAISE_ADMIN, Orgs.BAISE_ALUMINIUM);
        for (String challenge : List.of(first, second)) {
            given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("challengeId", challenge))
                    .when().post("/calls/" + callId + "/challenges").then().statusCode(200)
                    .body("callId", equalTo(callId)).body("supportShare", equalTo("0.300000"))
                    .body("minimumQualifiedBids", equalTo(2)).body("complaintPeriodDays", equalTo(7))
                    .body("actions", contains("cancel"));
        }
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("challengeId", first))
                .when().post("/calls/" + callId + "/challenges").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_NOT_JOINABLE"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + first + "/publish").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_IN_CALL"));
        // a 桂林 draft (the province's) cannot join a 百色 call
        String guilin = draft(PROVINCE, Orgs.GUILIN_SUGAR);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("challengeId", guilin))
                .when().post("/calls/" + callId + "/challenges").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_OUTSIDE_CALL_REGION"));
        given().auth().oauth2(BAISE_ADMIN).when().get("/calls/" + callId).then().statusCode(200)
                .body("challenges", equalTo(2)).body("actions", contains("add-challenge", "publish"));

        // 发布: the call and both challenges, open until the call closes
        given().auth().oauth2(BAISE_ADMIN).when().post("/calls/" + callId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("actions", empty());
        given().when().get("/public/calls").then().statusCode(200).body("items.id", hasItem(callId));
        given().when().get("/public/calls/" + callId + "/challenges").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second))
                .body("items.status", contains("PUBLISHED", "PUBLISHED"));
        assertThat(Instant.parse(given().when().get("/public/challenges/" + first).then().statusCode(200)
                .extract().<String>path("deadline"))).isEqualTo(closesAt);
        for (String challenge : List.of(first, second)) {
            assertThat(Topics.await("bidding.challenges.v1", Duration.ofSeconds(30),
                    r -> challenge.equals(r.key())
                            && "bidding.ChallengePublished.v1".equals(Topics.header(r, "ce_type")))).isPresent();
        }
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("challengeId", guilin))
                .when().post("/calls/" + callId + "/challenges").then().statusCode(409)
                .body("code", equalTo("CALL_ALREADY_PUBLISHED"));
    }

    @Test
    void aCallsDatesAndTermsAreChecked() {
        Instant now = clock.instant();
        given().auth().oauth2(LIUZHOU_ADMIN).contentType("application/json")
                .body(callBody("451000", now, now.plus(Duration.ofDays(30))))
                .when().post("/calls").then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(callBody("451000", now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(20))))
                .when().post("/calls").then().statusCode(400).body("code", equalTo("CALL_DATES_INVERTED"))
                .body("errors[0].field", equalTo("closesAt"));
        Map<String, Object> generous = callBody("451000", now, now.plus(Duration.ofDays(30)));
        generous.put("supportShare", "0.6");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(generous)
                .when().post("/calls").then().statusCode(400).body("code", equalTo("SUPPORT_SHARE_ABOVE_LIMIT"));
        Map<String, Object> defaults = callBody("451000", now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(30)));
        defaults.remove("supportShare");
        defaults.remove("minimumQualifiedBids");
        defaults.remove("complaintPeriodDays");
        String later = given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(defaults)
                .when().post("/calls").then().statusCode(201).body("supportShare", equalTo("0.200000"))
                .body("minimumQualifiedBids", equalTo(1)).body("complaintPeriodDays", equalTo(5))
                .extract().path("id");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("challengeId", draft(BAISE_ADMIN, Orgs.BAISE_ALUMINIUM)))
                .when().post("/calls/" + later + "/challenges").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().post("/calls/" + later + "/publish").then().statusCode(409)
                .body("code", equalTo("CALL_NOT_YET_OPEN"));
        given().auth().oauth2(BAISE_ADMIN).when().get("/calls").then().statusCode(200)
                .body("items.id", hasItem(later));
        given().auth().oauth2(LIUZHOU_ADMIN).when().get("/calls").then().statusCode(200)
                .body("items.id", not(hasItem(later)));
    }
}
