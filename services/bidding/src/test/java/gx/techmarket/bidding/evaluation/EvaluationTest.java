package gx.techmarket.bidding.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.challenge.Challenge;
import gx.techmarket.bidding.challenge.Flow;
import gx.techmarket.bidding.challenge.PublicationCheck;
import gx.techmarket.bidding.evaluation.DirectoryResource.PanelDraw;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of a challenge through the API: the method published with it and frozen, 资格审查 with reasons, the
 * panel drawn through the directory (avoiding the experts of the parties), sealed expert scores, the ranking by the
 * published formula and 定榜 from it (a departure with its reason), and 流标.
 */
@QuarkusTest
class EvaluationTest extends BiddingServiceTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);

    @Inject
    FakeDirectory directory;

    @Inject
    @Any
    Instance<PublicationCheck> publicationChecks;

    @Inject
    EntityManager em;

    @Test
    void theMethodIsSetBeforePublicationPublishedWithTheChallengeAndFrozenAfterwards() {
        String id = Flow.create(BAISE_ADMIN, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM),
                clock.instant().plus(Flow.OPEN_FOR));
        String path = "/challenges/" + id + "/evaluation-method";
        given().auth().oauth2(BAISE_ADMIN).when().get(path).then().statusCode(200)
                .body("criteria", empty()).body("actions", contains("edit"));
        assertThatThrownBy(() -> requireReadyToPublish(id)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.code()).isEqualTo("EVALUATION_METHOD_MISSING"));

        Map<String, Object> notHundred = Map.of("priceWeight", "40", "criteria", List.of(
                Map.of("nameZh", "技术方案", "nameEn", "Technical plan", "weight", "40"),
                Map.of("nameZh", "团队能力", "nameEn", "Team", "weight", "10.5")));
        long criteria = rows("evaluation_criterion");
        given().auth().oauth2(BAISE_ADMIN).header("Accept-Language", "en").contentType("application/json")
                .body(notHundred).when().put(path).then().statusCode(400).body("code", equalTo("WEIGHTS_NOT_100"))
                .body("detail", equalTo("The price weight and the criteria's weights add up to 90.5, not 100."))
                .body("errors[0].field", equalTo("criteria"));
        assertThat(rows("evaluation_criterion")).isEqualTo(criteria);
        given().auth().oauth2(BAISE_ADMIN).when().get(path).then().statusCode(200).body("criteria", empty());

        // the proposer (the demander) may set it as well; an organisation that is neither does not see the draft
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Evaluate.methodBody())
                .when().put(path).then().statusCode(200)
                .body("priceWeight", equalTo("40.00"))
                .body("criteria.nameZh", contains("技术方案", "团队能力"))
                .body("criteria.weight", contains("40.00", "20.00"))
                .body("criteria.number", contains(1, 2))
                .body("actions", contains("edit"));
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).contentType("application/json")
                .body(Evaluate.methodBody()).when().put(path).then().statusCode(404)
                .body("code", equalTo("CHALLENGE_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU_ADMIN).contentType("application/json")
                .body(Evaluate.methodBody()).when().put(path).then().statusCode(404);
        given().when().get("/public" + path).then().statusCode(404)
                .body("code", equalTo("EVALUATION_METHOD_NOT_FOUND"));
        requireReadyToPublish(id);

        // published: everyone reads it, with its formula; nobody changes it
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/publish").then().statusCode(200);
        given().when().get("/public" + path).then().statusCode(200)
                .body("priceWeight", equalTo("40.00"))
                .body("criteria.nameEn", contains("Technical plan", "Team"))
                .body("priceFormulaZh", equalTo(Views.PRICE_FORMULA_ZH))
                .body("totalFormulaEn", equalTo(Views.TOTAL_FORMULA_EN))
                .body("actions", empty());
        given().auth().oauth2(GXU).when().get(path).then().statusCode(200).body("actions", empty());
        for (String editor : List.of(BAISE_ADMIN, DEMANDER)) {
            given().auth().oauth2(editor).contentType("application/json").body(notHundred).when().put(path)
                    .then().statusCode(409).body("code", equalTo("EVALUATION_METHOD_FROZEN"));
        }
        given().auth().oauth2(BAISE_ADMIN).when().get(path).then().statusCode(200)
                .body("criteria.weight", contains("40.00", "20.00")).body("actions", empty());
    }

    @Test
    void qualificationPanelSealedScoresRankingAndAnAwardDepartingFromTheRanking() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String c = "/challenges/" + id;
        String gxuBid = Flow.bid(GXU, id, "3800000.00");
        clock.advance(Duration.ofSeconds(1)); // bids are listed in the order of submission
        String zjuBid = Flow.bid(ZJU, id, "3500000.50");
        clock.advance(Duration.ofSeconds(1));
        String guetBid = Flow.bid(GUET, id, "3000000.00");

        // 资格审查 only after the deadline, by the operator of the challenge's sub-market
        given().auth().oauth2(BAISE_ADMIN).when().post(c + "/qualification/open").then().statusCode(409)
                .body("code", equalTo("QUALIFICATION_BEFORE_DEADLINE"));
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/qualification").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("actions", contains("open"));
        given().auth().oauth2(LIUZHOU_ADMIN).when().post(c + "/qualification/open").then().statusCode(403)
                .body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE_ADMIN).when().post(c + "/qualification/open").then().statusCode(200)
                .body("status", equalTo("QUALIFICATION"))
                .body("bids.bidId", contains(gxuBid, zjuBid, guetBid))
                .body("bids[0].actions", contains("qualify", "disqualify"));

        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("qualified", false))
                .when().post(c + "/qualification/bids/" + guetBid).then().statusCode(400)
                .body("code", equalTo("DISQUALIFICATION_REASON_REQUIRED")).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("qualified", false, "reason", "OTHER"))
                .when().post(c + "/qualification/bids/" + guetBid).then().statusCode(400)
                .body("code", equalTo("DISQUALIFICATION_NOTE_REQUIRED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("qualified", false, "reason", "NOT_RECONFIRMED"))
                .when().post(c + "/qualification/bids/" + guetBid).then().statusCode(400)
                .body("code", equalTo("DISQUALIFICATION_REASON_RESERVED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("qualified", false, "reason", "DOCUMENTS_INCOMPLETE", "note", "缺少中试线建设方案。"))
                .when().post(c + "/qualification/bids/" + guetBid).then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("qualified", true))
                .when().post(c + "/qualification/bids/" + guetBid).then().statusCode(409)
                .body("code", equalTo("BID_ALREADY_DECIDED"));
        // a bidder sees its own decision only; the demander sees nothing until every bid is decided
        given().auth().oauth2(GUET).when().get(c + "/qualification").then().statusCode(200)
                .body("bids.bidId", contains(guetBid))
                .body("bids[0].decision.reason", equalTo("DOCUMENTS_INCOMPLETE"))
                .body("bids[0].status", equalTo("DISQUALIFIED"));
        given().auth().oauth2(DEMANDER).when().get(c + "/qualification").then().statusCode(200)
                .body("bids", empty());
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("size", 3))
                .when().post(c + "/panel").then().statusCode(409).body("code", equalTo("QUALIFICATION_NOT_COMPLETE"));
        for (String bid : List.of(gxuBid, zjuBid)) {
            given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("qualified", true))
                    .when().post(c + "/qualification/bids/" + bid).then().statusCode(200);
        }
        given().auth().oauth2(DEMANDER).when().get(c + "/qualification").then().statusCode(200)
                .body("bids", hasSize(3)).body("qualifiedAt", notNullValue());
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/qualification").then().statusCode(200)
                .body("actions", contains("panel"));

        // 抽取专家: the parties are the demander and the qualified bidders; GXU's expert is avoided
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("size", 4))
                .when().post(c + "/panel").then().statusCode(400).body("code", equalTo("PANEL_SIZE_NOT_ODD"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("size", 3, "seed", 20261205))
                .when().post(c + "/panel").then().statusCode(200)
                .body("seed", equalTo(20261205))
                .body("experts.name", contains("陆建华", "李秀英", "周文斌"))
                .body("avoided.name", contains("韦国强"))
                .body("avoided[0].partyUscc", equalTo(Orgs.GXU.uscc()))
                .body("avoided[0].reason", equalTo("ORGANISATION_AFFILIATED"));
        List<PanelDraw> draws = directory.drawsFor(id);
        assertThat(draws).hasSize(1);
        assertThat(draws.get(0).purpose()).isEqualTo("CHALLENGE_EVALUATION");
        assertThat(draws.get(0).field()).isEqualTo("SUGAR");
        assertThat(draws.get(0).parties()).containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc(),
                Orgs.ZJU.uscc());
        given().auth().oauth2(DEMANDER).when().get(c).then().statusCode(200).body("status", equalTo("EVALUATION"));
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/panel").then().statusCode(200)
                .body("experts", hasSize(3));
        given().auth().oauth2(DEMANDER).when().get(c + "/panel").then().statusCode(403);

        // scores: only the panel's experts, only qualified bids, every criterion once, once
        String e2 = Evaluate.expert(2);
        String e3 = Evaluate.expert(3);
        String e4 = Evaluate.expert(4);
        for (String outsider : List.of(Evaluate.expert(1), Evaluate.expert(5))) {
            given().auth().oauth2(outsider).contentType("application/json").body(Evaluate.scoreBody("90", "90"))
                    .when().post(c + "/bids/" + gxuBid + "/scores").then().statusCode(403)
                    .body("code", equalTo("NOT_ON_PANEL"));
            given().auth().oauth2(outsider).when().get(c + "/scoring").then().statusCode(403);
        }
        given().auth().oauth2(e2).contentType("application/json").body(Evaluate.scoreBody("90", "90"))
                .when().post(c + "/bids/" + guetBid + "/scores").then().statusCode(404)
                .body("code", equalTo("BID_NOT_FOUND"));
        given().auth().oauth2(e2).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("criterion", 1, "score", "90")), "comment", "只评一项"))
                .when().post(c + "/bids/" + gxuBid + "/scores").then().statusCode(400)
                .body("code", equalTo("CRITERIA_MISMATCH"));
        given().auth().oauth2(e2).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("criterion", 1, "score", "90.125"),
                        Map.of("criterion", 2, "score", "90")), "comment", "三位小数"))
                .when().post(c + "/bids/" + gxuBid + "/scores").then().statusCode(400);
        long sheets = rows("score_sheet");
        Evaluate.score(e2, id, gxuBid, "95", "90");
        given().auth().oauth2(e2).contentType("application/json").body(Evaluate.scoreBody("60", "60"))
                .when().post(c + "/bids/" + gxuBid + "/scores").then().statusCode(409)
                .body("code", equalTo("ALREADY_SCORED"));
        assertThat(rows("score_sheet")).isEqualTo(sheets + 1);
        // sealed: another expert sees only its own (none yet); nobody sees the ranking
        given().auth().oauth2(e3).when().get(c + "/scoring").then().statusCode(200)
                .body("bids.bidId", contains(gxuBid, zjuBid))
                .body("bids.sheet", contains(nullValue(), nullValue()))
                .body("bids[0].actions", contains("score"))
                .body("bids[0].team.name", not(empty()))
                .body("bids[0].planSummary", equalTo("以蔗渣为原料，开发模压成型工艺与湿强剂配方，建设中试线并完成工业化验证。"))
                .body("allScored", equalTo(false));
        given().auth().oauth2(e2).when().get(c + "/scoring").then().statusCode(200)
                .body("bids[0].sheet.scores.score", contains("95.00", "90.00"))
                .body("bids[0].actions", empty())
                .body("bids[1].actions", contains("score"));
        for (String anyone : List.of(BAISE_ADMIN, DEMANDER, GXU, e2)) {
            given().auth().oauth2(anyone).when().get(c + "/ranking").then().statusCode(403)
                    .body("code", equalTo("SCORES_SEALED"));
        }
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", gxuBid))
                .when().post(c + "/award").then().statusCode(409).body("code", equalTo("EVALUATION_NOT_COMPLETE"));

        Evaluate.score(e3, id, gxuBid, "90", "88");
        Evaluate.score(e4, id, gxuBid, "92", "91");
        Evaluate.score(e2, id, zjuBid, "70", "80");
        Evaluate.score(e3, id, zjuBid, "75", "80");
        Evaluate.score(e4, id, zjuBid, "70.5", "81");

        // every score is in: the ranking by the published formula (see RankingTest for the arithmetic)
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().statusCode(200)
                .body("status", equalTo("SCORED"));
        given().auth().oauth2(e3).when().get(c + "/scoring").then().statusCode(200)
                .body("allScored", equalTo(true)).body("bids[1].actions", empty());
        given().auth().oauth2(GXU).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking.bidId", contains(gxuBid, zjuBid))
                .body("ranking[0].priceScore", equalTo("92.11"))
                .body("ranking[0].criteria.score", contains("92.33", "89.67"))
                .body("ranking[0].total", equalTo("91.71"))
                .body("ranking[0].sheets", hasSize(3))
                .body("ranking[1].priceScore", equalTo("100.00"))
                .body("ranking[1].total", equalTo("84.80"))
                .body("ranking[0].actions", contains("complain")) // its own bid: it may contest, not award
                .body("ranking[1].actions", empty());
        given().auth().oauth2(DEMANDER).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking[0].actions", contains("award"));

        // 定榜: the demander departs from the ranking, which needs a reason; nothing changes without it
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("bidId", zjuBid))
                .when().post(c + "/award").then().statusCode(403);
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", zjuBid))
                .when().post(c + "/award").then().statusCode(400)
                .body("code", equalTo("DEPARTURE_REASON_REQUIRED")).body("errors[0].field", equalTo("departureReason"));
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", guetBid))
                .when().post(c + "/award").then().statusCode(404).body("code", equalTo("BID_NOT_FOUND"));
        given().auth().oauth2(DEMANDER).when().get(c).then().statusCode(200).body("status", equalTo("EVALUATION"));
        given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Map.of("bidId", zjuBid, "departureReason", "浙江大学已有赤泥中试线，可提前一年完成工业示范。"))
                .when().post(c + "/award").then().statusCode(200)
                .body("status", equalTo("AWARDED"))
                .body("awardedBidId", equalTo(zjuBid))
                .body("departureReason", equalTo("浙江大学已有赤泥中试线，可提前一年完成工业示范。"))
                .body("ranking[0].actions", empty());
        given().auth().oauth2(ZJU).when().get("/bids/" + zjuBid).then().statusCode(200)
                .body("status", equalTo("SELECTED"));
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().statusCode(200)
                .body("status", equalTo("NOT_SELECTED"));
        given().auth().oauth2(GUET).when().get("/bids/" + guetBid).then().statusCode(200)
                .body("status", equalTo("DISQUALIFIED"));
        ConsumerRecord<String, String> awarded = Topics.await("bidding.challenges.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengeAwarded.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengeAwarded.v1", awarded.value())).isEmpty();
        JsonNode a = EventJson.readTree(awarded.value());
        assertThat(a.get("winner").get("uscc").asText()).isEqualTo(Orgs.ZJU.uscc());
        assertThat(a.get("price").asText()).isEqualTo("3500000.50");
    }

    @Test
    void theExpertListsTheChallengesOfItsPanelsWithTheBidsLeftToScore() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String gxuBid = Flow.bid(GXU, id, "3800000.00");
        clock.advance(Duration.ofSeconds(1));
        String zjuBid = Flow.bid(ZJU, id, "3500000.00");
        clock.advance(Flow.pastTheDeadline());
        Evaluate.qualifyAll(BAISE_ADMIN, id, gxuBid, zjuBid);
        List<Integer> panel = Evaluate.panel(BAISE_ADMIN, id);
        String mine = "items.find { it.challengeId == '" + id + "' }";

        String first = Evaluate.expert(panel.get(0));
        given().auth().oauth2(first).when().get("/scoring?size=100").then().statusCode(200)
                .body(mine + ".title", notNullValue())
                .body(mine + ".status", equalTo("EVALUATION"))
                .body(mine + ".regionCode", equalTo("451000"))
                .body(mine + ".bids", equalTo(2))
                .body(mine + ".scored", equalTo(0))
                .body(mine + ".left", equalTo(2))
                .body(mine + ".ranked", equalTo(false))
                .body(mine + ".actions", contains("score"));
        Evaluate.score(first, id, gxuBid, "90", "85");
        given().auth().oauth2(first).when().get("/scoring?size=100").then().statusCode(200)
                .body(mine + ".scored", equalTo(1)).body(mine + ".left", equalTo(1));
        // another expert of the panel counts its own sheets only
        given().auth().oauth2(Evaluate.expert(panel.get(1))).when().get("/scoring?size=100").then().statusCode(200)
                .body(mine + ".scored", equalTo(0)).body(mine + ".left", equalTo(2));

        // not on this panel (GXU's expert is avoided; the sixth is not drawn), no expert entry, not an expert
        for (int outsider : List.of(1, 6)) {
            assertThat(panel).doesNotContain(outsider);
            given().auth().oauth2(Evaluate.expert(outsider)).when().get("/scoring?size=100").then()
                    .statusCode(200).body("items.challengeId", not(hasItem(id)));
        }
        given().auth().oauth2(Tokens.of(Role.EXPERT, Orgs.GXAS)).when().get("/scoring").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(GXU).when().get("/scoring").then().statusCode(403);
        given().auth().oauth2(first).when().get("/scoring?size=101").then().statusCode(400);

        for (int e : panel) {
            for (String bid : List.of(gxuBid, zjuBid)) {
                if (!(e == panel.get(0) && bid.equals(gxuBid))) {
                    Evaluate.score(Evaluate.expert(e), id, bid, "80", "80");
                }
            }
        }
        given().auth().oauth2(first).when().get("/scoring?size=100").then().statusCode(200)
                .body(mine + ".scored", equalTo(2)).body(mine + ".left", equalTo(0))
                .body(mine + ".ranked", equalTo(true)).body(mine + ".actions", empty());
    }

    @Test
    void tooFewQualifiedBidsOrNoBidAtAllIsAFailedChallenge() {
        String oneBid = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, oneBid, "1000000.00");
        String noBid = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + noBid + "/qualification/fail").then().statusCode(409)
                .body("code", equalTo("QUALIFICATION_BEFORE_DEADLINE"));
        clock.advance(Flow.pastTheDeadline());

        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + oneBid + "/qualification/fail").then().statusCode(409)
                .body("code", equalTo("CHALLENGE_HAS_BIDS"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + oneBid + "/qualification/open")
                .then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("qualified", false, "reason", "PLAN_NOT_RESPONSIVE"))
                .when().post("/challenges/" + oneBid + "/qualification/bids/" + bid).then().statusCode(200)
                .body("status", equalTo("QUALIFICATION")).body("actions", contains("fail"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("size", 3))
                .when().post("/challenges/" + oneBid + "/panel").then().statusCode(409)
                .body("code", equalTo("TOO_FEW_QUALIFIED_BIDS"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + oneBid + "/qualification/fail").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("actions", empty());

        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + noBid + "/qualification").then()
                .statusCode(200).body("actions", contains("fail"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + noBid + "/qualification/open").then()
                .statusCode(409).body("code", equalTo("NO_BIDS"));
        given().auth().oauth2(DEMANDER).when().post("/challenges/" + noBid + "/qualification/fail").then().statusCode(403);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + noBid + "/qualification/fail").then().statusCode(200)
                .body("status", equalTo("FAILED"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + noBid + "/qualification/fail").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(GXU).when().get("/challenges/" + noBid).then().statusCode(200)
                .body("status", equalTo("FAILED"));
        given().auth().oauth2(GXU).when().get("/challenges/" + oneBid + "/qualification").then().statusCode(200)
                .body("bids.decision.reason", containsInAnyOrder("PLAN_NOT_RESPONSIVE"));

        assertFailed(oneBid, "TOO_FEW_QUALIFIED_BIDS");
        assertFailed(noBid, "NO_BIDS");
    }

    @Test
    void complaintsSuspendThePanelAndTheAwardAndASatisfiedOneRequalifiesOrReopensTheScoring() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String c = "/challenges/" + id;
        String gxuBid = Flow.bid(GXU, id, "3800000.00");
        String zjuBid = Flow.bid(ZJU, id, "3500000.50");
        given().auth().oauth2(ZJU).contentType("application/json").body(complaint("QUALIFICATION"))
                .when().post(c + "/complaints").then().statusCode(409).body("code", equalTo("COMPLAINT_NOT_OPEN"));
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(BAISE_ADMIN).when().post(c + "/qualification/open").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("qualified", true))
                .when().post(c + "/qualification/bids/" + gxuBid).then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Map.of("qualified", false, "reason", "PRICE_OVER_BUDGET"))
                .when().post(c + "/qualification/bids/" + zjuBid).then().statusCode(200);

        // the bidder is offered to contest the qualification of its own bid, nobody else
        given().auth().oauth2(ZJU).when().get(c + "/qualification").then().statusCode(200)
                .body("bids.bidId", contains(zjuBid)).body("bids[0].actions", contains("complain"));
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/qualification").then().statusCode(200)
                .body("bids.actions.flatten()", not(hasItem("complain")));
        // ZJU contests its disqualification: the panel waits
        String q = given().auth().oauth2(ZJU).contentType("application/json").body(complaint("QUALIFICATION"))
                .when().post(c + "/complaints").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("complainant", equalTo(Orgs.ZJU.name()))
                .body("actions", contains("withdraw")).extract().path("id");
        given().auth().oauth2(ZJU).contentType("application/json").body(complaint("QUALIFICATION"))
                .when().post(c + "/complaints").then().statusCode(409).body("code", equalTo("COMPLAINT_ALREADY_OPEN"));
        given().auth().oauth2(ZJU).when().get(c + "/qualification").then().statusCode(200)
                .body("bids[0].actions", empty());
        given().auth().oauth2(GUET).contentType("application/json").body(complaint("QUALIFICATION"))
                .when().post(c + "/complaints").then().statusCode(403).body("code", equalTo("NOT_A_BIDDER"));
        given().auth().oauth2(GXU).when().get(c + "/complaints").then().statusCode(200).body("", empty());
        given().auth().oauth2(DEMANDER).when().get(c + "/complaints").then().statusCode(200)
                .body("id", contains(q)).body("[0].actions", empty());
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/qualification").then().statusCode(200)
                .body("actions", empty());
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("size", 3))
                .when().post(c + "/panel").then().statusCode(409).body("code", equalTo("SUSPENDED_BY_COMPLAINT"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("satisfy"))
                .when().post("/complaints/" + q + "/decision").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(LIUZHOU_ADMIN).contentType("application/json").body(decision("accept"))
                .when().post("/complaints/" + q + "/decision").then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("accept"))
                .when().post("/complaints/" + q + "/decision").then().statusCode(200)
                .body("status", equalTo("ACCEPTED_FOR_REVIEW")).body("actions", contains("satisfy", "dismiss"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("satisfy"))
                .when().post("/complaints/" + q + "/decision").then().statusCode(200)
                .body("status", equalTo("SATISFIED")).body("decisionReason", equalTo("经复核，报价在预算范围内。"))
                .body("actions", empty());
        given().auth().oauth2(ZJU).when().get("/bids/" + zjuBid).then().statusCode(200)
                .body("status", equalTo("QUALIFIED"));

        // the panel is drawn with ZJU a party; every expert scores
        Evaluate.panel(BAISE_ADMIN, id);
        assertThat(directory.drawsFor(id).get(0).parties()).contains(Orgs.ZJU.uscc());
        for (int e = 2; e <= 4; e++) {
            Evaluate.score(Evaluate.expert(e), id, gxuBid, "90", "90");
            Evaluate.score(Evaluate.expert(e), id, zjuBid, "60", "60");
        }

        // ZJU contests the ranking (offered on its own ranked bid only): the award waits; satisfied, the sheets are
        // voided and the panel scores again
        given().auth().oauth2(ZJU).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking.find { it.bidId == '" + zjuBid + "' }.actions", contains("complain"))
                .body("ranking.find { it.bidId == '" + gxuBid + "' }.actions", empty());
        String r = given().auth().oauth2(ZJU).contentType("application/json").body(complaint("RANKING"))
                .when().post(c + "/complaints").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DEMANDER).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking[0].actions", empty());
        given().auth().oauth2(ZJU).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking.find { it.bidId == '" + zjuBid + "' }.actions", empty());
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", gxuBid))
                .when().post(c + "/award").then().statusCode(409)
                .body("code", equalTo("AWARD_SUSPENDED_BY_COMPLAINT"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("accept"))
                .when().post("/complaints/" + r + "/decision").then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("satisfy"))
                .when().post("/complaints/" + r + "/decision").then().statusCode(200);
        given().auth().oauth2(DEMANDER).when().get(c + "/ranking").then().statusCode(403)
                .body("code", equalTo("SCORES_SEALED"));
        given().auth().oauth2(GXU).when().get("/bids/" + gxuBid).then().statusCode(200)
                .body("status", equalTo("QUALIFIED"));
        given().auth().oauth2(Evaluate.expert(2)).when().get(c + "/scoring").then().statusCode(200)
                .body("bids.sheet", contains(nullValue(), nullValue()))
                .body("bids[0].actions", contains("score"));
        for (int e = 2; e <= 4; e++) {
            Evaluate.score(Evaluate.expert(e), id, gxuBid, "80", "80");
            Evaluate.score(Evaluate.expert(e), id, zjuBid, "85", "85");
        }
        given().auth().oauth2(DEMANDER).when().get(c + "/ranking").then().statusCode(200)
                .body("ranking.bidId", contains(zjuBid, gxuBid)).body("ranking[0].sheets", hasSize(3));

        // an inadmissible complaint is rejected; a complainant may withdraw its own
        String inadmissible = given().auth().oauth2(GXU).contentType("application/json").body(complaint("RANKING"))
                .when().post(c + "/complaints").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ZJU).when().post("/complaints/" + inadmissible + "/withdraw").then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(decision("reject"))
                .when().post("/complaints/" + inadmissible + "/decision").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        String withdrawn = given().auth().oauth2(GXU).contentType("application/json").body(complaint("RANKING"))
                .when().post(c + "/complaints").then().statusCode(201).extract().path("id");
        given().auth().oauth2(GXU).when().post("/complaints/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("actions", empty());
        given().auth().oauth2(GXU).when().post("/complaints/" + withdrawn + "/withdraw").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));

        // after the complaint period nothing more is accepted; the award goes ahead
        clock.advance(Duration.ofDays(5));
        given().auth().oauth2(GXU).contentType("application/json").body(complaint("RANKING"))
                .when().post(c + "/complaints").then().statusCode(409).body("code", equalTo("COMPLAINT_PERIOD_OVER"));
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", zjuBid))
                .when().post(c + "/award").then().statusCode(200).body("status", equalTo("AWARDED"));
        given().auth().oauth2(BAISE_ADMIN).when().get(c + "/complaints").then().statusCode(200)
                .body("status", containsInAnyOrder("SATISFIED", "SATISFIED", "REJECTED", "WITHDRAWN"));
    }

    private static Map<String, Object> complaint(String subject) {
        return Map.of("subject", subject, "grounds", "报价未超出榜单预算上限，资格审查结论有误。");
    }

    private static Map<String, Object> decision(String action) {
        return Map.of("action", action, "reason", "经复核，报价在预算范围内。");
    }

    private static void assertFailed(String id, String reason) {
        ConsumerRecord<String, String> failed = Topics.await("bidding.challenges.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "bidding.ChallengeFailed.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("bidding.ChallengeFailed.v1", failed.value())).isEmpty();
        JsonNode f = EventJson.readTree(failed.value());
        assertThat(f.get("reason").asText()).isEqualTo(reason);
        assertThat(f.get("regionCode").asText()).isEqualTo("451000");
        assertThat(f.get("kind").asText()).isEqualTo("TECHNOLOGY_BREAKTHROUGH");
        assertThat(f.get("counterparty").get("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
    }

    private void requireReadyToPublish(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Challenge challenge = em.find(Challenge.class, UUID.fromString(id));
            publicationChecks.forEach(check -> check.requireReadyToPublish(challenge));
        });
    }
}
