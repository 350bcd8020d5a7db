package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 撤回 before the deadline and 重新确认 of an invalidated bid, by the lead's users only. */
@QuarkusTest
class WithdrawalAndReconfirmationTest extends BiddingServiceTest {

    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String GXU_COLLEAGUE = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.7", "周强").build();
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);

    @Test
    void theLeadWithdrawsBeforeTheDeadlineForGood() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, id, "1500000.00");
        String other = Flow.bid(GUET, id, "1600000.00");

        given().auth().oauth2(GUET).when().post("/bids/" + bid + "/withdraw").then().statusCode(404)
                .body("code", equalTo("BID_NOT_FOUND"));
        given().auth().oauth2(DEMANDER).when().post("/bids/" + bid + "/withdraw").then().statusCode(404);
        given().auth().oauth2(GXU).when().post("/bids/" + UUID.randomUUID() + "/withdraw").then().statusCode(404);
        given().auth().oauth2(GXU_COLLEAGUE).when().post("/bids/" + bid + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue())
                .body("actions", empty());
        given().auth().oauth2(GXU).when().post("/bids/" + bid + "/withdraw").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        // withdrawn for good: the organisation does not bid again on this challenge
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("1400000.00", "再次揭榜", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("code", equalTo("BID_ALREADY_SUBMITTED"));
        given().auth().oauth2(GXU).when().get("/bids/mine?status=WITHDRAWN&size=100").then().statusCode(200)
                .body("items.id", hasItem(bid)).body("items.status", not(hasItem("SUBMITTED")));
        given().auth().oauth2(GXU).when().get("/bids/mine?status=SUBMITTED&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(bid)));
        given().auth().oauth2(GXU).when().get("/bids/mine?status=submitted").then().statusCode(400);

        // after the deadline the other bid stays in the competition
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(GUET).header("Accept-Language", "zh-CN").when().post("/bids/" + other + "/withdraw")
                .then().statusCode(409).body("code", equalTo("WITHDRAWAL_AFTER_DEADLINE"));
        given().auth().oauth2(GUET).when().get("/bids/" + other).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("actions", empty());
        // the demander sees the withdrawn bid as withdrawn; the other one is awarded only once qualified and scored
        given().auth().oauth2(DEMANDER).when().get("/bids/" + bid).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("actions", empty());
        given().auth().oauth2(DEMANDER).when().get("/bids/" + other).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("actions", empty());
    }

    @Test
    void anInvalidatedBidIsReconfirmedOnTheCurrentVersionWithARevisedPrice() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, id, "1500000.00");
        long version = given().auth().oauth2(GXU).when().get("/challenges/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        // a SUBMITTED bid has nothing to reconfirm
        reconfirm(GXU, bid, Map.of("challengeVersion", version)).statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        invalidate(bid);
        given().auth().oauth2(GXU).when().get("/bids/" + bid).then().statusCode(200)
                .body("actions", contains("withdraw", "reconfirm", "upload"));

        long before = Db.count(db, "select version from bid where id = ?", UUID.fromString(bid));
        reconfirm(GXU, bid, Map.of("challengeVersion", version + 1)).statusCode(409)
                .body("code", equalTo("CHALLENGE_VERSION_STALE"));
        reconfirm(GXU, bid, Map.of("challengeVersion", version, "price", "1.001")).statusCode(400);
        reconfirm(GXU, bid, Map.of("challengeVersion", version, "planSummary", " ")).statusCode(400);
        reconfirm(GXU, bid, Map.of("price", "1400000.00")).statusCode(400);
        reconfirm(GUET, bid, Map.of("challengeVersion", version)).statusCode(404);
        assertThat(Db.count(db, "select version from bid where id = ?", UUID.fromString(bid))).isEqualTo(before);

        reconfirm(GXU, bid, Map.of("challengeVersion", version, "price", "1400000.5")).statusCode(200)
                .body("status", equalTo("RECONFIRMED")).body("price", equalTo("1400000.50"))
                .body("planSummary", equalTo("以蔗渣为原料，开发模压成型工艺与湿强剂配方，建设中试线并完成工业化验证。"))
                .body("reconfirmedAt", notNullValue()).body("actions", contains("withdraw", "upload"));

        // an invalidated bid cannot be reconfirmed after the deadline
        String late = Flow.bid(GUET, id, "1600000.00");
        invalidate(late);
        clock.advance(Flow.pastTheDeadline());
        reconfirm(GUET, late, Map.of("challengeVersion", version)).statusCode(409)
                .body("code", equalTo("BID_AFTER_DEADLINE"));
        given().auth().oauth2(GUET).when().get("/bids/" + late).then().body("status", equalTo("INVALIDATED"));
        given().auth().oauth2(GXU).when().get("/bids/mine?status=RECONFIRMED&size=100").then().statusCode(200)
                .body("items.id", hasItem(bid)).body("items.status", not(hasItem("INVALIDATED")));
    }

    /**
     * What an edit of the published challenge does to each bid in competition (the move {@code invalidate}, made by
     * the challenge's versioning, which this test does not depend on).
     */
    private void invalidate(String bid) {
        Db.update(db, "update bid set status = 'INVALIDATED', version = version + 1 where id = ?",
                UUID.fromString(bid));
    }

    private static io.restassured.response.ValidatableResponse reconfirm(String token, String bid,
            Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/bids/" + bid + "/reconfirm").then();
    }
}
