package gx.techmarket.bidding.challenge;


import static io.restassured.RestAssured.given;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.agreement.AgreementFlow;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
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
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, db);

        // the award needs a bid and a deadline that has passed: made first, then the clock moves past it, so that
        // the challenges below are still open for bids
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

        String openForBids = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String draft = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS),
                clock.instant().plus(Flow.OPEN_FOR));
        UUID unchallenged = Flow.knownDemand(db, Orgs.GUILIN_SUGAR);

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/challenges", "/challenges", Flow.PROVINCE,
                        "{\"demandId\": \"" + unchallenged + "\", \"title\": \"蔗渣高值化利用技术攻关\", \"deadline\": \""
                                + clock.instant().plus(Flow.OPEN_FOR).truncatedTo(ChronoUnit.SECONDS) + "\"}"),
                Endpoint.bodyless("POST", "/challenges/{id}/publish", "/challenges/" + draft + "/publish",
                        Flow.PROVINCE),
                Endpoint.body("POST", "/challenges/{id}/bids", "/challenges/" + openForBids + "/bids", GXU,
                        "{\"price\": \"1200000.00\", \"planSummary\": \"以蔗渣为原料，开发模压成型工艺。\\n建设中试线。\","
                                + " \"durationMonths\": 18}"),
                Endpoint.body("POST", "/challenges/{id}/award", "/challenges/" + toAward + "/award", DEMANDER,
                        "{\"bidId\": \"" + bid + "\"}"),
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

        return kit.tests("bidding", endpoints);
    }
}
