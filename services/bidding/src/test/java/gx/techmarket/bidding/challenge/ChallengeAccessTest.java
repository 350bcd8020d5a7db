package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.evaluation.Evaluate;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what to which challenge and bid: eligibility, sealing, roles, regions, and bad input. */
@QuarkusTest
class ChallengeAccessTest extends BiddingServiceTest {

    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    /** 桂林桂糖蔗渣纸业: a grandchild of 桂糖集团 (under 桂林桂糖制糖); not an {@code Orgs} fixture. */
    static final Party GUILIN_SUGAR_PAPER = new Party("91450300MA5KD8R27R", "桂林桂糖蔗渣纸业有限公司",
            OrgKind.ENTERPRISE, "450300", Orgs.GUILIN_SUGAR.uscc());

    @Test
    void theDemanderItselfMayNotBid() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        refusedAsConflict(Orgs.BAISE_ALUMINIUM, id);
    }

    @Test
    void theDemandersParentMayNotBid() {
        // 广西桂糖集团 on the demand of its subsidiary 桂林桂糖制糖
        String id = Flow.published(db, clock, Orgs.GUILIN_SUGAR);
        refusedAsConflict(Orgs.GX_SUGAR_GROUP, id);
        Flow.bid(GXU, id, "900000.00");
    }

    @Test
    void theDemandersSubsidiaryMayNotBid() {
        // 桂林桂糖制糖 on the demand of its parent 广西桂糖集团
        String id = Flow.published(db, clock, Orgs.GX_SUGAR_GROUP);
        refusedAsConflict(Orgs.GUILIN_SUGAR, id);
        // an unrelated enterprise may
        Flow.bid(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS), id, "900000.00");
    }

    @Test
    void theGroupTreeDecidesAtAnyDepthAndASiblingSubsidiaryMayBid() {
        DirectoryFixtures.publish(db, DirectoryFixtures.verified(GUILIN_SUGAR_PAPER));
        // a grandchild on its grandparent's challenge, and the grandparent on its grandchild's
        String groups = Flow.published(db, clock, Orgs.GX_SUGAR_GROUP);
        refusedAsConflict(GUILIN_SUGAR_PAPER, groups);
        assertThat(Flow.actions(Flow.token(GUILIN_SUGAR_PAPER), groups)).isEmpty();
        String grandchilds = Flow.published(db, clock, GUILIN_SUGAR_PAPER);
        refusedAsConflict(Orgs.GX_SUGAR_GROUP, grandchilds);
        assertThat(Flow.actions(Flow.token(Orgs.GX_SUGAR_GROUP), grandchilds)).isEmpty();
        // a sibling subsidiary (same group, neither above the other) may bid, and is offered to
        String childs = Flow.published(db, clock, Orgs.GUILIN_SUGAR);
        assertThat(Flow.actions(Flow.token(Orgs.NANNING_SUGAR), childs)).containsExactly("bid");
        Flow.bid(Flow.token(Orgs.NANNING_SUGAR), childs, "950000.00");
        assertThat(Flow.actions(Flow.token(Orgs.NANNING_SUGAR), grandchilds)).containsExactly("bid");
        Flow.bid(Flow.token(Orgs.NANNING_SUGAR), grandchilds, "950000.00");
    }

    @Test
    void theDemandersPlaceInItsGroupComesFromTheDirectoryNotFromTheDemandEvent() {
        // the publication names 桂林桂糖制糖 without its parent; the directory knows it belongs to 桂糖集团
        Party withoutParent = new Party(Orgs.GUILIN_SUGAR.uscc(), Orgs.GUILIN_SUGAR.name(), OrgKind.ENTERPRISE,
                Orgs.GUILIN_SUGAR.region(), null);
        String id = Flow.published(db, clock, withoutParent);
        refusedAsConflict(Orgs.GX_SUGAR_GROUP, id);
        assertThat(Flow.actions(Flow.token(Orgs.GX_SUGAR_GROUP), id)).isEmpty();
    }

    @Test
    void theDemanderListsThePublishedChallengesOfItsOwnDemandsOnly() {
        String mine = Flow.published(db, clock, Orgs.LIUZHOU_AUTO_PARTS);
        String draft = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS),
                clock.instant().plus(Flow.OPEN_FOR));
        String others = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);

        java.util.List<String> ids = given().auth().oauth2(Flow.token(Orgs.LIUZHOU_AUTO_PARTS))
                .queryParam("size", 100)
                .when().get("/challenges/demanded")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).contains(mine).doesNotContain(draft, others);
        given().auth().oauth2(Flow.token(Orgs.LIUZHOU_AUTO_PARTS)).queryParam("size", 100)
                .when().get("/challenges/demanded")
                .then().body("items.demander.uscc", org.hamcrest.Matchers.everyItem(equalTo(Orgs.LIUZHOU_AUTO_PARTS.uscc())));

        // a group's parent does not see its subsidiary's challenges as its own: awarding is the demander's alone
        given().auth().oauth2(Flow.token(Orgs.GX_SUGAR_GROUP)).queryParam("size", 100)
                .when().get("/challenges/demanded")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(mine)));
        given().auth().oauth2(GXU).when().get("/challenges/demanded").then().statusCode(403);
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/demanded").then().statusCode(403);
        given().auth().oauth2(Flow.token(Orgs.LIUZHOU_AUTO_PARTS)).queryParam("size", 101)
                .when().get("/challenges/demanded").then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(GXU).queryParam("page", -1).when().get("/challenges").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("page"));
    }

    private void refusedAsConflict(Party bidder, String challengeId) {
        long before = rows("bid");
        given().auth().oauth2(Flow.token(bidder)).contentType("application/json")
                .body(Flow.bidBody("1000000.00", "自家揭榜", 12)).header("Accept-Language", "zh-CN")
                .when().post("/challenges/" + challengeId + "/bids")
                .then().statusCode(409).body("code", equalTo("BIDDER_CONFLICT_OF_INTEREST"))
                .body("title", equalTo("不具备揭榜资格"));
        assertThat(rows("bid")).isEqualTo(before);
    }

    @Test
    void anOrganisationBidsOnceAndAColleagueCannotBidAgain() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String first = Flow.bid(GXU, id, "1000000.00");
        String colleague = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.2", "张伟").build();
        given().auth().oauth2(colleague).contentType("application/json").body(Flow.bidBody("900000.00", "第二份", 6))
                .when().post("/challenges/" + id + "/bids")
                .then().statusCode(409).body("code", equalTo("BID_ALREADY_SUBMITTED"));
        // the colleague sees the organisation's bid, sealed from everyone else
        given().auth().oauth2(colleague).when().get("/bids/" + first).then().statusCode(200)
                .body("price", equalTo("1000000.00"));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/bids/" + first)
                .then().statusCode(404);
        given().auth().oauth2(Flow.PROVINCE).when().get("/bids/" + first).then().statusCode(404);
    }

    @Test
    void onlyTheDemanderAwardsAndOnlyABidOfThatChallenge() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String other = Flow.published(db, clock, Orgs.LIUZHOU_AUTO_PARTS);
        String bid = Flow.bid(GXU, id, "1000000.00");
        String otherBid = Flow.bid(GXU, other, "1000000.00");
        clock.advance(Flow.pastTheDeadline());
        Evaluate.evaluated(BAISE_ADMIN, id, bid);
        String demander = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).contentType("application/json")
                .body(Map.of("bidId", bid)).when().post("/challenges/" + id + "/award")
                .then().statusCode(403).body("code", equalTo("NOT_CHALLENGE_DEMANDER"));
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Map.of("bidId", bid)).when().post("/challenges/" + id + "/award")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // the other challenge's demander sees none of this challenge's bids
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                .when().get("/challenges/" + id + "/bids").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(0));
        given().auth().oauth2(demander).contentType("application/json").body(Map.of("bidId", otherBid))
                .when().post("/challenges/" + id + "/award")
                .then().statusCode(404).body("code", equalTo("BID_NOT_FOUND")).body("errors[0].field", equalTo("bidId"));
        given().auth().oauth2(demander).contentType("application/json").body(Map.of("bidId", UUID.randomUUID()))
                .when().post("/challenges/" + id + "/award").then().statusCode(404);
        given().auth().oauth2(demander).when().get("/challenges/" + id).then().statusCode(200)
                .body("status", equalTo("EVALUATION"));
        given().auth().oauth2(GXU).when().get("/bids/" + bid).then().statusCode(200)
                .body("status", equalTo("SCORED"));
    }

    @Test
    void aCityOperatorWorksOnlyInItsOwnSubMarket() {
        UUID liuzhouDemand = Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS);
        long before = rows("challenge");
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(Flow.challengeBody(liuzhouDemand, clock.instant().plus(Duration.ofDays(10))))
                .when().post("/challenges")
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        assertThat(rows("challenge")).isEqualTo(before);
        String draft = Flow.create(Flow.PROVINCE, liuzhouDemand, clock.instant().plus(Duration.ofDays(10)));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + draft).then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + draft + "/publish").then().statusCode(404);
        Evaluate.method(Flow.PROVINCE, draft);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE)).when().post("/challenges/" + draft + "/publish")
                .then().statusCode(200);
        // published, the 百色 operator may read it but not act on it
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + draft).then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + draft + "/publish").then().statusCode(403)
                .body("code", equalTo("REGION_NOT_OPERATED"));
        // one live challenge per demand
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(liuzhouDemand, clock.instant().plus(Duration.ofDays(10))))
                .when().post("/challenges")
                .then().statusCode(409).body("code", equalTo("DEMAND_ALREADY_CHALLENGED"));
    }

    @Test
    void theBaiseOperatorNeitherListsNorReachesNanningsDemandsAndDrafts() {
        UUID nanning = Flow.knownDemand(db, Orgs.GX_SUGAR_GROUP);
        String draft = Flow.create(Flow.PROVINCE, nanning, clock.instant().plus(Duration.ofDays(10)));
        String claimsProvince = Tokens.as(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE).claim("org_region", "450000")
                .build();
        // the sub-market is the organisation's region in the directory: a token claiming the province changes nothing
        for (String baise : new String[] {BAISE_ADMIN, claimsProvince}) {
            given().auth().oauth2(baise).queryParam("size", 100).when().get("/demands").then().statusCode(200)
                    .body("items.id", not(hasItem(nanning.toString())))
                    .body("items.regionCode", everyItem(startsWith("4510")));
            given().auth().oauth2(baise).queryParam("size", 100).when().get("/challenges/drafts").then()
                    .statusCode(200).body("items.id", not(hasItem(draft)));
            given().auth().oauth2(baise).when().get("/challenges/" + draft).then().statusCode(404)
                    .body("code", equalTo("CHALLENGE_NOT_FOUND"));
            given().auth().oauth2(baise).when().post("/challenges/" + draft + "/publish").then().statusCode(404);
            given().auth().oauth2(baise).contentType("application/json")
                    .body(Flow.challengeBody(nanning, clock.instant().plus(Duration.ofDays(10))))
                    .when().post("/challenges").then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        }
        given().auth().oauth2(Flow.PROVINCE).queryParam("size", 100).when().get("/challenges/drafts").then()
                .statusCode(200).body("items.id", hasItem(draft));
    }

    @Test
    void rolesAreEnforcedOnEveryEndpoint() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        String enterprise = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        String broker = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        String expert = Tokens.of(Role.EXPERT, Orgs.GXAS);
        Map<String, Object> challenge = Flow.challengeBody(demandId, clock.instant().plus(Duration.ofDays(10)));
        given().auth().oauth2(enterprise).contentType("application/json").body(challenge)
                .when().post("/challenges").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(enterprise).when().post("/challenges/" + id + "/publish").then().statusCode(403);
        given().auth().oauth2(GXU).when().get("/challenges/drafts").then().statusCode(403);
        given().auth().oauth2(broker).contentType("application/json").body(Flow.bidBody("1.00", "中介揭榜", 1))
                .when().post("/challenges/" + id + "/bids").then().statusCode(403);
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(Flow.bidBody("1.00", "运营方揭榜", 1))
                .when().post("/challenges/" + id + "/bids").then().statusCode(403);
        given().auth().oauth2(expert).when().get("/challenges/" + id + "/bids").then().statusCode(403);
        given().auth().oauth2(GXU).contentType("application/json").body(Map.of("bidId", UUID.randomUUID()))
                .when().post("/challenges/" + id + "/award").then().statusCode(403);
        given().auth().oauth2(Flow.PROVINCE).when().get("/bids/mine").then().statusCode(403);
        given().auth().oauth2(broker).when().get("/bids/" + UUID.randomUUID()).then().statusCode(403);
        given().when().get("/challenges").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().when().get("/challenges/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.as(Role.UNIVERSITY, Orgs.GXU).audience("techmarket-catalogue").build())
                .when().get("/challenges/" + id).then().statusCode(401);
        // reading is for every signed-in user
        given().auth().oauth2(broker).when().get("/challenges").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(expert).when().get("/challenges/" + id).then().statusCode(200);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        long challenges = rows("challenge");
        long bids = rows("bid");

        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(demandId, clock.instant().minus(Duration.ofMinutes(1))))
                .when().post("/challenges").then().statusCode(400).body("code", equalTo("DEADLINE_NOT_IN_FUTURE"));
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(UUID.randomUUID(), clock.instant().plus(Duration.ofDays(1))))
                .when().post("/challenges").then().statusCode(404).body("code", equalTo("DEMAND_NOT_FOUND"));
        Map<String, Object> longTitle = Flow.challengeBody(demandId, clock.instant().plus(Duration.ofDays(1)));
        longTitle.put("title", "榜".repeat(201));
        longTitle.remove("deadline");
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(longTitle)
                .when().post("/challenges").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("deadline"));
        Map<String, Object> badDate = Flow.challengeBody(demandId, clock.instant().plus(Duration.ofDays(1)));
        badDate.put("deadline", "下个月");
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(badDate)
                .when().post("/challenges").then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD"));
        // beyond what PostgreSQL stores (it answered 500): no RFC 3339 date, refused as it is read
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(demandId, Instant.parse("+300000-01-01T00:00:00Z")))
                .when().post("/challenges").then().statusCode(400).body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("deadline"));
        // over a year ahead
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(demandId, clock.instant().plus(Duration.ofDays(367))))
                .when().post("/challenges").then().statusCode(400).body("code", equalTo("DEADLINE_TOO_FAR"));

        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("0.00", " ", 0))
                .when().post("/challenges/" + id + "/bids").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("planSummary"))
                .body("errors.field", hasItem("durationMonths"));
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("12.345", "x".repeat(5001), 121))
                .when().post("/challenges/" + id + "/bids").then().statusCode(400)
                .body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("planSummary"))
                .body("errors.field", hasItem("durationMonths"));
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("-5.00", "方案", null))
                .when().post("/challenges/" + id + "/bids").then().statusCode(400)
                .body("errors.field", hasItem("price")).body("errors.field", hasItem("durationMonths"));
        given().auth().oauth2(GXU).contentType("application/json").body("{\"price\":")
                .when().post("/challenges/" + id + "/bids").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("100.00", "方案", 12))
                .when().post("/challenges/" + UUID.randomUUID() + "/bids").then().statusCode(404)
                .body("code", equalTo("CHALLENGE_NOT_FOUND"));
        given().auth().oauth2(GXU).queryParam("region", "440300").when().get("/challenges").then().statusCode(400);
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).contentType("application/json")
                .body("{}").when().post("/challenges/" + id + "/award").then().statusCode(400)
                .body("errors.field", hasItem("bidId"));

        assertThat(rows("challenge")).isEqualTo(challenges);
        assertThat(rows("bid")).isEqualTo(bids);
    }

    @Test
    void aDraftWhoseDeadlinePassedCannotBePublished() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        String id = Flow.create(BAISE_ADMIN, demandId, clock.instant().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(2));
        given().auth().oauth2(BAISE_ADMIN).when().post("/challenges/" + id + "/publish")
                .then().statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }
}
