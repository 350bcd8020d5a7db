package gx.techmarket.bidding.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The milestones of a signed 揭榜协议: reported by the winner, checked and accepted (or sent back) by the operator of
 * the sub-market, one after the other; each acceptance releases its support; the last completes the project; a failed
 * project is terminated.
 */
@QuarkusTest
class MilestoneAcceptanceTest extends BiddingServiceTest {

    static final String TYPE = "bidding.MilestoneAccepted.v1";
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);

    /** A challenge of 百色华银 awarded to 广西大学 whose agreement both signed (support 300,000 + 700,000). */
    String signed() {
        String[] challenge = AgreementFlow.publishedAndBid(db, clock, Orgs.BAISE_ALUMINIUM, GXU);
        clock.advance(AgreementFlow.OPEN_FOR.plusMinutes(1));
        AgreementFlow.award(DEMANDER, challenge[0], challenge[1]);
        AgreementFlow.signed(clock, challenge[0], GXU, DEMANDER);
        return challenge[0];
    }

    static String milestone(String id, int n, String step) {
        return "/challenges/" + id + "/agreement/milestones/" + n + "/" + step;
    }

    static void post(String token, String path, Object body, int status) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.when().post(path).then().statusCode(status);
    }

    String challengeStatus(String id) {
        return given().auth().oauth2(DEMANDER).when().get("/challenges/" + id).then().statusCode(200)
                .extract().path("status");
    }

    long accepted(String id) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = ?", id, TYPE);
    }

    @Test
    void milestonesAreReportedCheckedAndAcceptedInOrderAndTheLastCompletesTheProject() {
        String id = signed();
        assertThat(challengeStatus(id)).isEqualTo("IN_PROGRESS");
        given().auth().oauth2(GXU).when().get("/challenges/" + id + "/agreement").then().statusCode(200)
                .body("milestones[0].status", equalTo("PLANNED"))
                .body("milestones[0].actions", contains("report"))
                .body("milestones[1].actions", empty());

        // out of order, by the demander, by another sub-market's operator: refused, nothing changes
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("summary", "中试线已建成"))
                .when().post(milestone(id, 2, "report")).then().statusCode(409)
                .body("code", equalTo("MILESTONE_OUT_OF_ORDER"));
        post(DEMANDER, milestone(id, 1, "report"), Map.of("summary", "小试完成"), 404);
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("summary", "小试完成"))
                .when().post(milestone(id, 3, "report")).then().statusCode(404)
                .body("code", equalTo("MILESTONE_NOT_FOUND"));

        // reported: the experts check; the operator sends it back, the winner reports again
        post(GXU, milestone(id, 1, "report"), Map.of("summary", "小试完成，脱碱率92%"), 200);
        assertThat(challengeStatus(id)).isEqualTo("MILESTONE_CHECK");
        given().auth().oauth2(BAISE_ADMIN).when().post(milestone(id, 1, "accept")).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        post(LIUZHOU_ADMIN, milestone(id, 1, "check"), Map.of("opinion", "同意"), 404);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("opinion", "专家组意见：小试数据不完整，缺少重复性试验。"))
                .when().post(milestone(id, 1, "check")).then().statusCode(200)
                .body("milestones[0].status", equalTo("CHECKED"))
                .body("milestones[0].actions", contains("accept", "send-back"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("reason", "请补充三批次重复性试验数据。"))
                .when().post(milestone(id, 1, "send-back")).then().statusCode(200)
                .body("milestones[0].status", equalTo("RETURNED"))
                .body("milestones[0].returnReason", equalTo("请补充三批次重复性试验数据。"));
        assertThat(challengeStatus(id)).isEqualTo("IN_PROGRESS");
        assertThat(accepted(id)).isZero();

        post(GXU, milestone(id, 1, "report"), Map.of("summary", "小试完成，三批次脱碱率均高于90%"), 200);
        post(BAISE_ADMIN, milestone(id, 1, "check"), Map.of("opinion", "专家组意见：达到小试目标，同意验收。"), 200);
        given().auth().oauth2(BAISE_ADMIN).when().post(milestone(id, 1, "accept")).then().statusCode(200)
                .body("milestones[0].status", equalTo("ACCEPTED"))
                .body("milestones[1].actions", empty());
        assertThat(challengeStatus(id)).isEqualTo("IN_PROGRESS");
        assertThat(accepted(id)).isOne();
        given().auth().oauth2(BAISE_ADMIN).when().post(milestone(id, 1, "accept")).then().statusCode(409)
                .body("code", equalTo("MILESTONE_ALREADY_ACCEPTED"));

        // the last one completes the project
        post(GXU, milestone(id, 2, "report"), Map.of("summary", "中试线建成，连续运行30天"), 200);
        post(BAISE_ADMIN, milestone(id, 2, "check"), Map.of("opinion", "专家组意见：同意验收。"), 200);
        given().auth().oauth2(BAISE_ADMIN).when().post(milestone(id, 2, "accept")).then().statusCode(200)
                .body("actions", empty());
        assertThat(challengeStatus(id)).isEqualTo("COMPLETED");
        assertThat(accepted(id)).isEqualTo(2);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("reason", "项目失败"))
                .when().post("/challenges/" + id + "/agreement/terminate").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));

        ConsumerRecord<String, String> last = Topics.await("bidding.challenges.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && TYPE.equals(Topics.header(r, "ce_type"))
                        && EventJson.readTree(r.value()).get("number").asInt() == 2)
                .orElseThrow();
        assertThat(EventSchemas.validate(TYPE, last.value())).isEmpty();
        JsonNode e = EventJson.readTree(last.value());
        assertThat(e.get("milestones").asInt()).isEqualTo(2);
        assertThat(e.get("supportAmount").asText()).isEqualTo("700000.00");
        assertThat(e.get("provinceSupport").asText()).isEqualTo("1000000.00");
        assertThat(e.get("totalInvestment").asText()).isEqualTo("5000000.00");
        assertThat(e.get("regionCode").asText()).isEqualTo("451000");
        assertThat(e.get("beneficiary").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        List<Object> amounts = Db.column(db, "select payload->>'supportAmount' from outbox where aggregateid = ? "
                + "and type = ? order by seq", id, TYPE);
        assertThat(amounts).containsExactly("300000.00", "700000.00");
    }

    @Test
    void aFailedProjectIsTerminatedWithItsReasonAndNothingMoreIsReleased() {
        // before the signature nothing is reported
        String[] unsigned = AgreementFlow.publishedAndBid(db, clock, Orgs.BAISE_ALUMINIUM, GXU);
        String id = signed();
        AgreementFlow.award(DEMANDER, unsigned[0], unsigned[1]);
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("summary", "小试完成"))
                .when().post(milestone(unsigned[0], 1, "report")).then().statusCode(409)
                .body("code", equalTo("AGREEMENT_NOT_SIGNED"));

        post(GXU, milestone(id, 1, "report"), Map.of("summary", "小试未达到预期"), 200);
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id + "/agreement").then().statusCode(200)
                .body("actions", contains("terminate"));
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id + "/agreement").then().statusCode(200)
                .body("actions", empty());
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("reason", "关键技术路线验证失败，双方同意终止。"))
                .when().post("/challenges/" + id + "/agreement/terminate").then().statusCode(200)
                .body("terminationReason", equalTo("关键技术路线验证失败，双方同意终止。"))
                .body("actions", empty());
        assertThat(challengeStatus(id)).isEqualTo("TERMINATED");
        post(BAISE_ADMIN, milestone(id, 1, "check"), Map.of("opinion", "同意"), 409);
        assertThat(accepted(id)).isZero();
    }
}
