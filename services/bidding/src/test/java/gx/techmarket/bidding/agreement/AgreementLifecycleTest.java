package gx.techmarket.bidding.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 揭榜协议 from the award to the signature, with the event it publishes; who may see, write and confirm it. */
@QuarkusTest
class AgreementLifecycleTest extends BiddingServiceTest {

    static final String TOPIC = "bidding.challenges.v1";
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);

    /** A challenge of 百色华银 awarded to 广西大学 (浙江大学 lost); the clock is past its deadline. */
    String awarded() {
        String id = AgreementFlow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String won = AgreementFlow.bid(GXU, id, "3800000.00");
        String lost = AgreementFlow.bid(ZJU, id, "4200000.00");
        clock.advance(AgreementFlow.OPEN_FOR.plusMinutes(1));
        AgreementFlow.award(DEMANDER, id, won, lost);
        return id;
    }

    /** How many AgreementSigned events of challenge {@code id} the outbox holds. */
    long signedEvents(String id) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = ?", id,
                "bidding.AgreementSigned.v1");
    }

    static String path(String id) {
        return "/challenges/" + id + "/agreement";
    }

    @Test
    void theWinnerDraftsTheDemanderEditsBothConfirmTheSameRevisionAndTheAgreementIsSigned() {
        String id = awarded();

        // nothing written yet: both parties may draft, the operator reads, the loser sees nothing
        given().auth().oauth2(GXU).when().get(path(id)).then().statusCode(200)
                .body("status", equalTo("NOT_DRAFTED")).body("id", nullValue())
                .body("supportShare", equalTo("0.200000"))
                .body("contractTypes", contains("DEVELOPMENT_COMMISSIONED"))
                .body("winner.uscc", equalTo(Orgs.GXU.uscc()))
                .body("counterparty.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("actions", contains("draft"));
        given().auth().oauth2(DEMANDER).when().get(path(id)).then().statusCode(200).body("actions", contains("draft"));
        given().auth().oauth2(BAISE_ADMIN).when().get(path(id)).then().statusCode(200).body("actions", empty());
        given().auth().oauth2(ZJU).when().get(path(id)).then().statusCode(404)
                .body("code", equalTo("AGREEMENT_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU_ADMIN).when().get(path(id)).then().statusCode(404);

        // the winner drafts: the support is 20 % of the total, the winner sells (develops), the demander buys
        given().auth().oauth2(GXU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(path(id)).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("revision", equalTo(1))
                .body("contractType", equalTo("DEVELOPMENT_COMMISSIONED"))
                .body("provinceSupport", equalTo("1000000.00"))
                .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                .body("buyer.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("milestones.number", contains(1, 2))
                .body("milestones.supportAmount", contains("300000.00", "700000.00"))
                .body("actions", contains("edit", "confirm"));

        // the demander confirms revision 1, then changes the split: a new revision, every confirmation reset
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("revision", 1))
                .when().post(path(id) + "/confirm").then().statusCode(200)
                .body("counterpartyConfirmedAt", notNullValue())
                .body("actions", contains("edit"));
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(AgreementFlow.terms(clock, "400000.00", "600000.00"))
                .when().put(path(id)).then().statusCode(200)
                .body("revision", equalTo(2)).body("counterpartyConfirmedAt", nullValue())
                .body("actions", contains("edit", "confirm"));
        // the same terms again change nothing
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(AgreementFlow.terms(clock, "400000.00", "600000.00"))
                .when().put(path(id)).then().statusCode(200).body("revision", equalTo(2));

        // the winner had read revision 1: refused, nothing confirmed
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("revision", 1))
                .when().post(path(id) + "/confirm").then().statusCode(409)
                .body("code", equalTo("AGREEMENT_REVISED"));
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("revision", 2))
                .when().post(path(id) + "/confirm").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("actions", contains("edit"));
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("revision", 2))
                .when().post(path(id) + "/confirm").then().statusCode(409)
                .body("code", equalTo("AGREEMENT_ALREADY_CONFIRMED"));
        assertThat(signedEvents(id)).isZero();

        // the demander's confirmation signs: the project starts
        String agreementId = given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Map.of("revision", 2))
                .when().post(path(id) + "/confirm").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("signedAt", notNullValue())
                .body("actions", empty())
                .extract().path("id");
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        assertThat(signedEvents(id)).isOne();

        ConsumerRecord<String, String> signed = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.AgreementSigned.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.AgreementSigned.v1", signed.value())).isEmpty();
        JsonNode e = EventJson.readTree(signed.value());
        assertThat(e.get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(e.get("kind").asText()).isEqualTo("TECHNOLOGY_BREAKTHROUGH");
        assertThat(e.get("seller").get("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(e.get("buyer").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(e.get("contractType").asText()).isEqualTo("DEVELOPMENT_COMMISSIONED");
        assertThat(e.get("totalInvestment").asText()).isEqualTo("5000000.00");
        assertThat(e.get("provinceSupport").asText()).isEqualTo("1000000.00");
        assertThat(e.get("milestones").get(0).get("supportAmount").asText()).isEqualTo("400000.00");
        assertThat(e.get("milestones").get(1).get("number").asInt()).isEqualTo(2);

        // signed: nothing changes any more
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("revision", 2))
                .when().post(path(id) + "/confirm").then().statusCode(409)
                .body("code", equalTo("AGREEMENT_ALREADY_SIGNED"));
        given().auth().oauth2(GXU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "500000.00", "500000.00"))
                .when().put(path(id)).then().statusCode(409).body("code", equalTo("AGREEMENT_ALREADY_SIGNED"));
    }

    @Test
    void onlyThePartiesOfAnAwardedChallengeWriteAndABadPlanChangesNothing() {
        // before the award there is no agreement, for anyone
        String open = AgreementFlow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(DEMANDER).when().get(path(open)).then().statusCode(404)
                .body("code", equalTo("AGREEMENT_NOT_FOUND"));
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(path(open)).then().statusCode(404);

        String id = awarded();
        long before = rows("agreement");
        // a third party (the loser) and the operator cannot write or confirm: 404, nothing drafted
        given().auth().oauth2(ZJU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(path(id)).then().statusCode(404).body("code", equalTo("AGREEMENT_NOT_FOUND"));
        given().auth().oauth2(ZJU).contentType("application/json").body(Map.of("revision", 1))
                .when().post(path(id) + "/confirm").then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.00"))
                .when().put(path(id)).then().statusCode(403);
        // nothing to confirm yet
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("revision", 1))
                .when().post(path(id) + "/confirm").then().statusCode(409)
                .body("code", equalTo("AGREEMENT_NOT_DRAFTED"));

        // milestones releasing more (or less) than the province's support, shares not making the total
        given().auth().oauth2(GXU).contentType("application/json").header("Accept-Language", "en")
                .body(AgreementFlow.terms(clock, "300000.00", "700000.01"))
                .when().put(path(id)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MILESTONE_AMOUNTS_EXCEED_SUPPORT"))
                .body("detail", equalTo("The milestones release 1000000.01 元, more than the province's support of "
                        + "1000000.00 元."));
        given().auth().oauth2(GXU).contentType("application/json")
                .body(AgreementFlow.terms(clock, "300000.00", "699999.99"))
                .when().put(path(id)).then().statusCode(400)
                .body("code", equalTo("MILESTONE_AMOUNTS_BELOW_SUPPORT"))
                .body("detail", equalTo("各里程碑拨付金额合计 999999.99 元，须恰好等于自治区财政支持资金 1000000.00 元。"));
        Map<String, Object> shares = AgreementFlow.terms(clock, "300000.00", "700000.00");
        shares.put("bidderShare", "1199999.99");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(shares)
                .when().put(path(id)).then().statusCode(400).body("code", equalTo("SHARES_NOT_TOTAL"));
        Map<String, Object> licence = AgreementFlow.terms(clock, "300000.00", "700000.00");
        licence.put("contractType", "LICENSE_PATENT");
        given().auth().oauth2(DEMANDER).contentType("application/json").body(licence)
                .when().put(path(id)).then().statusCode(400).body("code", equalTo("CONTRACT_TYPE_NOT_ALLOWED"));
        assertThat(rows("agreement")).isEqualTo(before);
        given().auth().oauth2(GXU).when().get(path(id)).then().statusCode(200).body("status", equalTo("NOT_DRAFTED"));
    }
}
