package gx.techmarket.bidding.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.challenge.Flow;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The events the notification centre turns into notices, each written to the outbox in the transaction of its
 * change (a refused request writes none): an edit invalidating bids, a cancellation, a complaint filed and decided,
 * 流标 naming the bidders, terms of a 揭榜协议 written, a milestone sent back and one accepted naming both parties.
 */
@QuarkusTest
class NoticeEventsTest extends BiddingServiceTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);

    /** The payloads of the events of {@code type} about challenge {@code id} in the outbox, oldest first. */
    List<JsonNode> events(String id, String type) {
        List<JsonNode> events = new ArrayList<>();
        for (Object payload : Db.column(db, "select payload::text from outbox where aggregateid = ? and type = ? "
                + "order by seq", id, type)) {
            assertThat(EventSchemas.validate(type, payload.toString())).isEmpty();
            events.add(EventJson.readTree(payload.toString()));
        }
        return events;
    }

    static List<String> usccs(JsonNode parties) {
        return StreamSupport.stream(parties.spliterator(), false).map(p -> p.get("uscc").asText()).toList();
    }

    static Map<String, Object> revision(Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "赤泥综合利用关键技术攻关");
        body.put("problem", "赤泥堆存量大、碱含量高，需要低成本脱碱及建材化利用技术。");
        body.put("goals", "脱碱后赤泥钠含量不高于1%。");
        body.put("deadline", deadline.toString());
        body.put("reason", "补充攻关目标");
        return body;
    }

    @Test
    void anEditTellsTheInvalidatedBiddersAndACancellationEveryBidderLeft() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String deadline = given().when().get("/public/challenges/" + id).then().statusCode(200)
                .extract().path("deadline");
        Flow.bid(GXU, id, "1200000.00");
        Flow.bid(ZJU, id, "1100000.00");
        String guetBid = Flow.bid(GUET, id, "1000000.00");
        given().auth().oauth2(GUET).when().post("/bids/" + guetBid + "/withdraw").then().statusCode(200);
        clock.advance(Duration.ofDays(25)); // 5 days left

        // refused: no event
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(revision(clock.instant().minus(Duration.ofHours(1))))
                .when().put("/challenges/" + id).then().statusCode(400);
        assertThat(events(id, "bidding.ChallengeRevised.v1")).isEmpty();

        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(revision(Instant.parse(deadline)))
                .when().put("/challenges/" + id).then().statusCode(200).body("revision", equalTo(2));
        String moved = given().when().get("/public/challenges/" + id).then().extract().path("deadline");
        List<JsonNode> revised = events(id, "bidding.ChallengeRevised.v1");
        assertThat(revised).hasSize(1);
        JsonNode r = revised.get(0);
        assertThat(r.get("revision").asInt()).isEqualTo(2);
        assertThat(r.get("deadlineMoved").asBoolean()).isTrue();
        assertThat(Instant.parse(r.get("deadline").asText())).isEqualTo(Instant.parse(moved));
        assertThat(r.get("reason").asText()).isEqualTo("补充攻关目标");
        assertThat(usccs(r.get("invalidatedBidders"))).containsExactlyInAnyOrder(Orgs.GXU.uscc(), Orgs.ZJU.uscc());

        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("reason", "需求方已撤回需求"))
                .when().post("/challenges/" + id + "/cancel").then().statusCode(200);
        List<JsonNode> cancelled = events(id, "bidding.ChallengeCancelled.v1");
        assertThat(cancelled).hasSize(1);
        assertThat(cancelled.get(0).get("reason").asText()).isEqualTo("需求方已撤回需求");
        assertThat(cancelled.get(0).get("counterparty").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        // the withdrawn bid's bidder is not told
        assertThat(usccs(cancelled.get(0).get("bidders")))
                .containsExactlyInAnyOrder(Orgs.GXU.uscc(), Orgs.ZJU.uscc());
    }

    @Test
    void aComplaintFiledAndDecidedAndAFailedChallengeNameWhomTheyConcern() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String c = "/challenges/" + id;
        String gxuBid = Flow.bid(GXU, id, "3800000.00");
        String zjuBid = Flow.bid(ZJU, id, "3500000.00");
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(BAISE_ADMIN).when().post(c + "/qualification/open").then().statusCode(200);
        for (String bid : List.of(gxuBid, zjuBid)) {
            given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                    .body(Map.of("qualified", false, "reason", "PLAN_NOT_RESPONSIVE"))
                    .when().post(c + "/qualification/bids/" + bid).then().statusCode(200);
        }

        Map<String, Object> complaint = Map.of("subject", "QUALIFICATION", "grounds", "技术方案已响应全部攻关目标。");
        String q = given().auth().oauth2(ZJU).contentType("application/json").body(complaint)
                .when().post(c + "/complaints").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ZJU).contentType("application/json").body(complaint)
                .when().post(c + "/complaints").then().statusCode(409);
        List<JsonNode> filed = events(id, "bidding.ComplaintFiled.v1");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).get("complaintId").asText()).isEqualTo(q);
        assertThat(filed.get(0).get("subject").asText()).isEqualTo("QUALIFICATION");
        assertThat(filed.get(0).get("complainant").get("uscc").asText()).isEqualTo(Orgs.ZJU.uscc());
        assertThat(filed.get(0).get("counterparty").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());

        for (String action : List.of("accept", "dismiss")) {
            given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                    .body(Map.of("action", action, "reason", "经复核，技术方案未响应攻关目标二。"))
                    .when().post("/complaints/" + q + "/decision").then().statusCode(200);
        }
        List<JsonNode> decided = events(id, "bidding.ComplaintDecided.v1");
        assertThat(decided).extracting(d -> d.get("decision").asText())
                .containsExactly("ACCEPTED_FOR_REVIEW", "DISMISSED");
        assertThat(decided.get(1).get("reason").asText()).isEqualTo("经复核，技术方案未响应攻关目标二。");
        assertThat(decided.get(1).get("complainant").get("uscc").asText()).isEqualTo(Orgs.ZJU.uscc());

        given().auth().oauth2(BAISE_ADMIN).when().post(c + "/qualification/fail").then().statusCode(200)
                .body("status", equalTo("FAILED"));
        List<JsonNode> failed = events(id, "bidding.ChallengeFailed.v1");
        assertThat(failed).hasSize(1);
        assertThat(usccs(failed.get(0).get("bidders"))).containsExactlyInAnyOrder(Orgs.GXU.uscc(), Orgs.ZJU.uscc());
    }

    @Test
    void termsWrittenAMilestoneSentBackAndOneAcceptedTellTheOtherSide() {
        String[] challenge = AgreementFlow.publishedAndBid(db, clock, Orgs.BAISE_ALUMINIUM, GXU);
        String id = challenge[0];
        clock.advance(AgreementFlow.OPEN_FOR.plusMinutes(1));
        AgreementFlow.award(DEMANDER, id, challenge[1]);
        String agreement = "/challenges/" + id + "/agreement";

        given().auth().oauth2(GXU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(agreement).then().statusCode(200);
        // the same terms again change nothing and tell nobody
        given().auth().oauth2(GXU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(agreement).then().statusCode(200);
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(AgreementFlow.terms(clock, "400000.00", "600000.00"))
                .when().put(agreement).then().statusCode(200);
        List<JsonNode> written = events(id, "bidding.AgreementTermsWritten.v1");
        assertThat(written).extracting(w -> w.get("revision").asInt()).containsExactly(1, 2);
        assertThat(written).extracting(w -> w.get("author").get("uscc").asText())
                .containsExactly(Orgs.GXU.uscc(), Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(written).extracting(w -> w.get("toConfirm").get("uscc").asText())
                .containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc());
        assertThat(written.get(1).get("totalInvestment").asText()).isEqualTo("5000000.00");
        assertThat(written.get(1).get("provinceSupport").asText()).isEqualTo("1000000.00");

        for (String party : List.of(GXU, DEMANDER)) {
            given().auth().oauth2(party).contentType("application/json").body(Map.of("revision", 2))
                    .when().post(agreement + "/confirm").then().statusCode(200);
        }
        String first = agreement + "/milestones/1/";
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("summary", "小试完成"))
                .when().post(first + "report").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("opinion", "数据不完整"))
                .when().post(first + "check").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("reason", "请补充重复性试验数据"))
                .when().post(first + "send-back").then().statusCode(200);
        List<JsonNode> returned = events(id, "bidding.MilestoneReturned.v1");
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(returned.get(0).get("milestones").asInt()).isEqualTo(2);
        assertThat(returned.get(0).get("reason").asText()).isEqualTo("请补充重复性试验数据");
        assertThat(returned.get(0).get("winner").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());

        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("summary", "小试完成，已补充数据"))
                .when().post(first + "report").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("opinion", "同意验收"))
                .when().post(first + "check").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().post(first + "accept").then().statusCode(200);
        List<JsonNode> accepted = events(id, "bidding.MilestoneAccepted.v1");
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).get("beneficiary").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(accepted.get(0).get("counterparty").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
    }
}
