package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;


import static io.restassured.RestAssured.given;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.evaluation.Evaluate;
import gx.techmarket.bidding.agreement.AgreementFlow;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state-changing endpoint of 揭榜挂帅 against the platform's bad-input kit: each bad request is refused with a
 * problem document and changes nothing, and the valid request that follows succeeds.
 */
@QuarkusTest
class BadInputTest extends BiddingServiceTest {

    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String GXAS = Tokens.of(Role.UNIVERSITY, Orgs.GXAS);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, db);

        // the evaluation's steps need a deadline that has passed: their challenges are made first, then the clock moves
        // past it, so that the challenges below are still open for bids
        String toQualify = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        Flow.bid(GXU, toQualify, "3800000.00");
        String toDecide = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toDecideBid = Flow.bid(GXU, toDecide, "3800000.00");
        String toFail = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toDraw = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toDrawBid = Flow.bid(GXU, toDraw, "3800000.00");
        String toScore = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toScoreBid = Flow.bid(GXU, toScore, "3800000.00");
        String toAward = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, toAward, "3800000.00");
        // 揭榜协议 (bidding.agreement): a second challenge awarded to 广西大学 after the deadline, and two whose
        // agreements are signed, the first milestone of one of them reported
        String toAgree = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String agreedBid = Flow.bid(GXU, toAgree, "3800000.00");
        String[] toAccept = AgreementFlow.publishedAndBid(db, clock, Orgs.BAISE_ALUMINIUM, GXU);
        String[] toReturn = AgreementFlow.publishedAndBid(db, clock, Orgs.BAISE_ALUMINIUM, GXU);
        clock.advance(Flow.pastTheDeadline());
        AgreementFlow.award(DEMANDER, toAgree, agreedBid);
        for (String[] challenge : List.of(toAccept, toReturn)) {
            AgreementFlow.award(DEMANDER, challenge[0], challenge[1]);
            AgreementFlow.signed(clock, challenge[0], GXU, DEMANDER);
        }
        given().auth().oauth2(GXU).contentType("application/json").body("{\"summary\": \"小试完成。\"}")
                .when().post("/challenges/" + toReturn[0] + "/agreement/milestones/1/report").then().statusCode(200);
        String toComplain = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toComplainBid = Flow.bid(GXU, toComplain, "3800000.00");
        String complained = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String complainedGxu = Flow.bid(GXU, complained, "3800000.00");
        String complainedZju = Flow.bid(ZJU, complained, "3600000.00");
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(Flow.PROVINCE).when().post("/challenges/" + toDecide + "/qualification/open")
                .then().statusCode(200);
        Evaluate.qualifyAll(Flow.PROVINCE, toDraw, toDrawBid);
        Evaluate.qualifyAll(Flow.PROVINCE, toScore, toScoreBid);
        int scorer = Evaluate.panel(Flow.PROVINCE, toScore).get(0);
        Evaluate.evaluated(Flow.PROVINCE, toAward, bid);
        Evaluate.qualifyAll(Flow.PROVINCE, toComplain, toComplainBid);
        Evaluate.qualifyAll(Flow.PROVINCE, complained, complainedGxu, complainedZju);
        String grounds = "{\"subject\": \"QUALIFICATION\", \"grounds\": \"资格审查结论有误。\"}";
        String toDecide2 = given().auth().oauth2(GXU).contentType("application/json").body(grounds)
                .when().post("/challenges/" + complained + "/complaints").then().statusCode(201).extract().path("id");
        String complaintToWithdraw = given().auth().oauth2(ZJU).contentType("application/json").body(grounds)
                .when().post("/challenges/" + complained + "/complaints").then().statusCode(201).extract().path("id");

        String openForBids = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String draft = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS),
                clock.instant().plus(Flow.OPEN_FOR));
        String methodless = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS),
                clock.instant().plus(Flow.OPEN_FOR));
        Evaluate.method(Flow.PROVINCE, draft);
        UUID unchallenged = Flow.knownDemand(db, Orgs.GUILIN_SUGAR);
        // bids to withdraw and to reconfirm (invalidated as an edit of the challenge does), before the deadline
        String toWithdraw = Flow.bid(GUET, openForBids, "1300000.00");
        String toReconfirm = Flow.bid(ZJU, openForBids, "1400000.00");
        Db.update(db, "update bid set status = 'INVALIDATED' where id = ?", UUID.fromString(toReconfirm));
        long version = Db.count(db, "select version from challenge where id = ?", UUID.fromString(openForBids));
        String withDocument = Flow.bid(GXAS, openForBids, "1250000.00");
        String document = BidDocumentsTest.post(GXAS, withDocument, List.of(new BidDocumentsTest.Part("方案.pdf",
                "application/pdf", BidDocumentsTest.pdf("bad input")))).statusCode(201).extract().path("id");

        // proposals and their review (issue 17)
        String deadline = clock.instant().plus(Flow.OPEN_FOR).truncatedTo(ChronoUnit.SECONDS).toString();
        UUID ownDemand = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        String proposalDraft = given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Flow.proposalBody(Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM), clock.instant().plus(Flow.OPEN_FOR)))
                .when().post("/challenges/proposals").then().statusCode(201).extract().path("id");
        String toSubmit = given().auth().oauth2(DEMANDER).contentType("application/json")
                .body(Flow.proposalBody(Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM), clock.instant().plus(Flow.OPEN_FOR)))
                .when().post("/challenges/proposals").then().statusCode(201).extract().path("id");
        String toReview = Flow.submittedProposal(db, clock, Orgs.BAISE_ALUMINIUM);
        String toApprove = Flow.submittedProposal(db, clock, Orgs.BAISE_ALUMINIUM);
        Evaluate.method(Flow.PROVINCE, toApprove);
        String toReject = Flow.submittedProposal(db, clock, Orgs.BAISE_ALUMINIUM);
        for (String underReview : List.of(toApprove, toReject)) {
            given().auth().oauth2(Flow.PROVINCE).when().post("/challenges/" + underReview + "/review")
                    .then().statusCode(200);
        }
        String toCancel = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String toRevise = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        // calls (issue 17)
        Instant callCloses = clock.instant().plus(Flow.OPEN_FOR).truncatedTo(ChronoUnit.SECONDS);
        String callBody = "{\"title\": \"2026年第二批揭榜挂帅榜单\", \"regionCode\": \"451000\", "
                + "\"kinds\": [\"TECHNOLOGY_BREAKTHROUGH\"], \"opensAt\": \""
                + clock.instant().truncatedTo(ChronoUnit.SECONDS) + "\", \"closesAt\": \"" + callCloses + "\", "
                + "\"minimumQualifiedBids\": 2, \"supportShare\": \"0.25\", \"complaintPeriodDays\": 7}";
        String callToJoin = newCall(callBody);
        String callToPublish = newCall(callBody);
        String toJoin = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM), callCloses);
        String inCallToPublish = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM), callCloses);
        Evaluate.method(Flow.PROVINCE, inCallToPublish);
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body("{\"challengeId\": \"" + inCallToPublish + "\"}")
                .when().post("/calls/" + callToPublish + "/challenges").then().statusCode(200);
        String content = "\"title\": \"赤泥脱碱技术攻关\", \"problem\": \"赤泥堆存量大、碱性强。\", "
                + "\"goals\": \"Na2O含量低于1%。\", \"budgetMin\": \"2000000.00\", \"budgetMax\": \"5000000.00\", "
                + "\"durationMonths\": 24, \"deadline\": \"" + deadline + "\"";

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/challenges", "/challenges", Flow.PROVINCE,
                        "{\"demandId\": \"" + unchallenged + "\", \"title\": \"蔗渣高值化利用技术攻关\", \"deadline\": \""
                                + clock.instant().plus(Flow.OPEN_FOR).truncatedTo(ChronoUnit.SECONDS) + "\"}"),
                Endpoint.bodyless("POST", "/challenges/{id}/publish", "/challenges/" + draft + "/publish",
                        Flow.PROVINCE),
                Endpoint.body("POST", "/challenges/{id}/bids", "/challenges/" + openForBids + "/bids", GXU,
                        "{\"price\": \"1200000.00\", \"planSummary\": \"以蔗渣为原料，开发模压成型工艺。\\n建设中试线。\","
                                + " \"durationMonths\": 18, \"team\": [{\"name\": \"李明\", \"title\": \"教授\","
                                + " \"role\": \"项目负责人\"}], \"members\": [\"" + Orgs.GX_SUGAR_GROUP.uscc() + "\"],"
                                + " \"challengeVersion\": " + version + "}"),
                Endpoint.body("PUT", "/challenges/{id}/evaluation-method",
                        "/challenges/" + methodless + "/evaluation-method", Flow.PROVINCE,
                        "{\"priceWeight\": \"30.5\", \"criteria\": [{\"nameZh\": \"技术方案\", \"nameEn\": "
                                + "\"Technical plan\", \"weight\": \"49.5\"}, {\"nameZh\": \"团队能力\", "
                                + "\"nameEn\": \"Team\", \"weight\": 20}]}"),
                Endpoint.bodyless("POST", "/challenges/{id}/qualification/open",
                        "/challenges/" + toQualify + "/qualification/open", Flow.PROVINCE),
                Endpoint.body("POST", "/challenges/{id}/qualification/bids/{bidId}",
                        "/challenges/" + toDecide + "/qualification/bids/" + toDecideBid, Flow.PROVINCE,
                        "{\"qualified\": false, \"reason\": \"OTHER\", \"note\": \"方案与榜单需求不符。\"}"),
                Endpoint.bodyless("POST", "/challenges/{id}/qualification/fail",
                        "/challenges/" + toFail + "/qualification/fail", Flow.PROVINCE),
                Endpoint.body("POST", "/challenges/{id}/panel", "/challenges/" + toDraw + "/panel", Flow.PROVINCE,
                        "{\"size\": 5, \"seed\": 20261205}"),
                Endpoint.body("POST", "/challenges/{id}/bids/{bidId}/scores",
                        "/challenges/" + toScore + "/bids/" + toScoreBid + "/scores", Evaluate.expert(scorer),
                        "{\"scores\": [{\"criterion\": 1, \"score\": \"88.5\"}, {\"criterion\": 2, \"score\": 90}],"
                                + " \"comment\": \"技术路线清晰。\"}"),
                Endpoint.body("POST", "/challenges/{id}/complaints", "/challenges/" + toComplain + "/complaints", GXU,
                        grounds),
                Endpoint.body("POST", "/complaints/{complaintId}/decision", "/complaints/" + toDecide2 + "/decision",
                        Flow.PROVINCE, "{\"action\": \"accept\", \"reason\": \"予以受理。\"}"),
                Endpoint.bodyless("POST", "/complaints/{complaintId}/withdraw",
                        "/complaints/" + complaintToWithdraw + "/withdraw", Tokens.of(Role.UNIVERSITY, Orgs.ZJU)),
                // multipart/form-data, which the kit cannot send (its bad cases are JSON): listed for the coverage
                // check, attacked by BidDocumentsTest instead (type, emptiness, file count, sealing, deadline)
                Endpoint.body("POST", "/bids/{id}/documents", "/bids/" + withDocument + "/documents", GXAS, "{}"),
                Endpoint.bodyless("DELETE", "/bids/{id}/documents/{documentId}",
                        "/bids/" + withDocument + "/documents/" + document, GXAS),
                Endpoint.bodyless("POST", "/bids/{id}/withdraw", "/bids/" + toWithdraw + "/withdraw", GUET),
                Endpoint.body("POST", "/bids/{id}/reconfirm", "/bids/" + toReconfirm + "/reconfirm", ZJU,
                        "{\"challengeVersion\": " + version + ", \"price\": \"1350000.00\","
                                + " \"planSummary\": \"修订后的方案。\", \"durationMonths\": 20}"),
                Endpoint.body("POST", "/challenges/{id}/award", "/challenges/" + toAward + "/award", DEMANDER,
                        "{\"bidId\": \"" + bid + "\"}"),
                Endpoint.body("POST", "/challenges/proposals", "/challenges/proposals", DEMANDER,
                        "{\"demandId\": \"" + ownDemand + "\", " + content + "}"),
                Endpoint.body("PUT", "/challenges/{id}/proposal", "/challenges/" + proposalDraft + "/proposal",
                        DEMANDER, "{" + content + "}"),
                Endpoint.bodyless("POST", "/challenges/{id}/submit", "/challenges/" + toSubmit + "/submit", DEMANDER),
                Endpoint.bodyless("POST", "/challenges/{id}/review", "/challenges/" + toReview + "/review",
                        Flow.PROVINCE),
                Endpoint.bodyless("POST", "/challenges/{id}/approve", "/challenges/" + toApprove + "/approve",
                        Flow.PROVINCE),
                Endpoint.body("POST", "/challenges/{id}/reject", "/challenges/" + toReject + "/reject", Flow.PROVINCE,
                        "{\"reason\": \"攻关目标须量化。\"}"),
                Endpoint.body("POST", "/calls", "/calls", Flow.PROVINCE, callBody),
                Endpoint.body("POST", "/calls/{id}/challenges", "/calls/" + callToJoin + "/challenges", Flow.PROVINCE,
                        "{\"challengeId\": \"" + toJoin + "\"}"),
                Endpoint.bodyless("POST", "/calls/{id}/publish", "/calls/" + callToPublish + "/publish",
                        Flow.PROVINCE),
                Endpoint.body("PUT", "/challenges/{id}", "/challenges/" + toRevise, Flow.PROVINCE,
                        "{\"title\": \"蔗渣高值化利用技术攻关\", \"problem\": \"蔗渣高值化利用，成本可控。\", "
                                + "\"goals\": \"吸水率低于5%。\", \"budgetMin\": \"500000.00\", "
                                + "\"budgetMax\": \"2000000.00\", \"durationMonths\": 18, \"deadline\": \""
                                + deadline + "\", \"reason\": \"补充攻关目标。\"}"),
                Endpoint.body("POST", "/challenges/{id}/cancel", "/challenges/" + toCancel + "/cancel", Flow.PROVINCE,
                        "{\"reason\": \"需求方已自行解决。\"}"),
                // 揭榜协议 (bidding.agreement): the winner writes the terms, then confirms them; milestones of a
                // signed agreement: reported, checked, accepted; another one reported, sent back, then terminated
                Endpoint.body("PUT", "/challenges/{id}/agreement", "/challenges/" + toAgree + "/agreement", GXU,
                        AgreementFlow.termsJson(clock, "300000.00", "700000.00")),
                Endpoint.body("POST", "/challenges/{id}/agreement/confirm",
                        "/challenges/" + toAgree + "/agreement/confirm", GXU, "{\"revision\": 1}"),
                Endpoint.body("POST", "/challenges/{id}/agreement/milestones/{number}/report",
                        "/challenges/" + toAccept[0] + "/agreement/milestones/1/report", GXU,
                        "{\"summary\": \"小试完成，脱碱率92%。\"}"),
                Endpoint.body("POST", "/challenges/{id}/agreement/milestones/{number}/check",
                        "/challenges/" + toAccept[0] + "/agreement/milestones/1/check", BAISE_ADMIN,
                        "{\"opinion\": \"专家组意见：达到小试目标，同意验收。\"}"),
                Endpoint.bodyless("POST", "/challenges/{id}/agreement/milestones/{number}/accept",
                        "/challenges/" + toAccept[0] + "/agreement/milestones/1/accept", BAISE_ADMIN),
                Endpoint.body("POST", "/challenges/{id}/agreement/milestones/{number}/send-back",
                        "/challenges/" + toReturn[0] + "/agreement/milestones/1/send-back", BAISE_ADMIN,
                        "{\"reason\": \"请补充重复性试验数据。\"}"),
                Endpoint.body("POST", "/challenges/{id}/agreement/terminate",
                        "/challenges/" + toReturn[0] + "/agreement/terminate", BAISE_ADMIN,
                        "{\"reason\": \"关键技术路线验证失败。\"}"));

        return kit.tests("bidding", endpoints)
                .filter(test -> !test.getDisplayName().equals("POST /bids/{id}/documents"));
    }

    private static String newCall(String body) {
        return given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(body)
                .when().post("/calls").then().statusCode(201).extract().path("id");
    }
}
