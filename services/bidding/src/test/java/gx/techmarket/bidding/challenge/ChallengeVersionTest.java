package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An edit of a published challenge: a new version, bids invalidated, at least 7 days left to bid. */
@QuarkusTest
class ChallengeVersionTest extends BiddingServiceTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);

    static Map<String, Object> revision(Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "蔗渣高值化利用技术攻关");
        body.put("problem", "需要一种可工业化的甘蔗糖厂蔗渣高值化利用方案，处理成本可控。");
        body.put("goals", "蔗渣模压餐具吸水率低于5%。");
        body.put("budgetMin", "500000.00");
        body.put("budgetMax", "2000000.00");
        body.put("deadline", deadline.toString());
        body.put("reason", "补充攻关目标，提高预算上限");
        return body;
    }

    @Test
    void anEditMakesAVersionInvalidatesTheBidsAndKeepsSevenDaysOfBidding() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        Instant deadline = Instant.parse(given().when().get("/public/challenges/" + id).then().statusCode(200)
                .body("revision", equalTo(1)).extract().<String>path("deadline"));
        String gxuBid = Flow.bid(GXU, id, "1200000.00");
        String zjuBid = Flow.bid(ZJU, id, "1100000.00");
        clock.advance(Duration.ofDays(25)); // 5 days left

        // the same content again, or no reason: refused, nothing changes
        Map<String, Object> same = revision(deadline);
        same.put("goals", null);
        same.put("budgetMax", "1500000.00");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(same)
                .when().put("/challenges/" + id).then().statusCode(400)
                .body("code", equalTo("REVISION_CHANGES_NOTHING"));
        Map<String, Object> noReason = revision(deadline);
        noReason.remove("reason");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(noReason)
                .when().put("/challenges/" + id).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(revision(clock.instant().minus(Duration.ofHours(1))))
                .when().put("/challenges/" + id).then().statusCode(400)
                .body("code", equalTo("DEADLINE_NOT_IN_FUTURE"));
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().body("status", equalTo("SUBMITTED"));

        // the edit keeps the deadline 5 days away: it moves to 7 days after the edit
        Instant edited = clock.instant();
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(revision(deadline))
                .when().put("/challenges/" + id).then().statusCode(200)
                .body("revision", equalTo(2)).body("deadlineMoved", equalTo(true))
                .body("goals", equalTo("蔗渣模压餐具吸水率低于5%。")).body("budgetMax", equalTo("2000000.00"));
        Instant moved = Instant.parse(given().when().get("/public/challenges/" + id).then().statusCode(200)
                .extract().<String>path("deadline"));
        assertThat(moved).isEqualTo(edited.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MICROS));
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().body("status", equalTo("INVALIDATED"));
        given().auth().oauth2(ZJU).when().get("/bids/" + zjuBid).then().body("status", equalTo("INVALIDATED"));

        // history and differences, for everyone
        given().when().get("/public/challenges/" + id + "/versions").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].number", equalTo(1)).body("[0].reason", nullValue())
                .body("[0].content.goals", nullValue())
                .body("[1].number", equalTo(2)).body("[1].reason", equalTo("补充攻关目标，提高预算上限"))
                .body("[1].changedFields", contains("goals", "budgetMax", "deadline"))
                .body("[1].deadlineMoved", equalTo(true));
        given().when().get("/public/challenges/" + id + "/versions/diff?from=1&to=2").then().statusCode(200)
                .body("field", contains("goals", "budgetMax", "deadline"))
                .body("[1].from", equalTo("1500000.00")).body("[1].to", equalTo("2000000.00"));
        given().when().get("/public/challenges/" + id + "/versions/diff?from=1&to=3").then().statusCode(404)
                .body("code", equalTo("VERSION_NOT_FOUND"));

        // after the deadline nothing is edited any more
        clock.advance(Duration.ofDays(8));
        Map<String, Object> late = revision(clock.instant().plus(Duration.ofDays(10)));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(late)
                .when().put("/challenges/" + id).then().statusCode(409)
                .body("code", equalTo("CHALLENGE_NOT_REVISABLE"));
    }
}
