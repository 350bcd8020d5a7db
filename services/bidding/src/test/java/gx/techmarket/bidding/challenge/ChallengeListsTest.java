package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.evaluation.Evaluate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists of 揭榜挂帅 as pages that tell their whole size, the 可揭榜 filter, the orders, the public reads that need no
 * sign-in, the 5,000-character plan, and problems that speak China time and name their field.
 */
@QuarkusTest
class ChallengeListsTest extends BiddingServiceTest {

    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String ISO_INSTANT_OR_UUID = "(?s).*(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-).*";

    @Test
    void theListOfChallengesOneMayBidOnShowsOnlyThoseStillOpenAndCountsThemAll() {
        String closed = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM),
                clock.instant().plus(Duration.ofHours(1)));
        Evaluate.method(Flow.PROVINCE, closed);
        given().auth().oauth2(Flow.PROVINCE).when().post("/challenges/" + closed + "/publish").then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        String open = Flow.published(db, clock, Orgs.LIUZHOU_AUTO_PARTS);

        JsonPath biddable = given().auth().oauth2(GXU).queryParam("open", true).queryParam("size", 100)
                .when().get("/challenges").then().statusCode(200).extract().jsonPath();
        assertThat(biddable.getList("items.id", String.class)).contains(open).doesNotContain(closed);
        assertThat(biddable.getList("items.status", String.class)).containsOnly("PUBLISHED");
        assertThat(biddable.getList("items.biddingOpen", Boolean.class)).containsOnly(true);
        long stillOpen = Db.count(db, "select count(*) from challenge where status = 'PUBLISHED' and deadline > '"
                + clock.instant() + "'");
        assertThat(biddable.getLong("total")).isEqualTo(stillOpen);
        // the total is the whole list's, whatever the page holds
        given().auth().oauth2(GXU).queryParam("open", true).queryParam("size", 1).when().get("/challenges")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo((int) stillOpen))
                .body("page", equalTo(0)).body("size", equalTo(1));

        JsonPath over = given().auth().oauth2(GXU).queryParam("open", false).queryParam("size", 100)
                .when().get("/challenges").then().statusCode(200).extract().jsonPath();
        assertThat(over.getList("items.id", String.class)).contains(closed).doesNotContain(open);
        assertThat(over.getList("items.biddingOpen", Boolean.class)).containsOnly(false);
        long all = given().auth().oauth2(GXU).when().get("/challenges").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertThat(over.getLong("total") + stillOpen).isEqualTo(all);
    }

    @Test
    void listsComeInTheOrderAskedForAndRefuseAnyOther() {
        Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String sooner = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM),
                clock.instant().plus(Duration.ofDays(2)));
        Evaluate.method(Flow.PROVINCE, sooner);
        given().auth().oauth2(Flow.PROVINCE).when().post("/challenges/" + sooner + "/publish").then().statusCode(200);

        List<String> deadlines = given().auth().oauth2(GXU).queryParam("sort", "deadline").queryParam("size", 100)
                .when().get("/challenges").then().statusCode(200).extract().jsonPath()
                .getList("items.deadline", String.class);
        assertThat(deadlines.stream().map(Instant::parse).toList()).isSorted();
        List<String> published = given().auth().oauth2(GXU).queryParam("size", 100)
                .when().get("/challenges").then().statusCode(200).extract().jsonPath()
                .getList("items.publishedAt", String.class);
        assertThat(published.stream().map(Instant::parse).toList()).isSortedAccordingTo(Comparator.reverseOrder());

        for (String path : List.of("/challenges", "/challenges/demanded", "/challenges/drafts", "/bids/mine",
                "/demands", "/public/challenges", "/challenges/" + sooner + "/bids")) {
            String token = switch (path) {
                case "/challenges/demanded" -> Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
                case "/challenges/drafts", "/demands" -> Flow.PROVINCE;
                default -> GXU;
            };
            given().auth().oauth2(token).queryParam("sort", "price").when().get(path).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("sort"));
        }
        given().auth().oauth2(GXU).queryParam("open", "yes").when().get("/challenges").then().statusCode(400)
                .body("errors.field", hasItem("open"));
    }

    @Test
    void anyoneMayReadPublishedChallengesWithoutSigningInButNothingElse() {
        String open = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = Flow.bid(GXU, open, "1200000.00");
        String draft = Flow.create(Flow.PROVINCE, Flow.knownDemand(db, Orgs.LIUZHOU_AUTO_PARTS),
                clock.instant().plus(Flow.OPEN_FOR));

        given().queryParam("open", true).queryParam("size", 100).when().get("/public/challenges")
                .then().statusCode(200)
                .body("items.id", hasItem(open)).body("items.id", not(hasItem(draft)))
                .body("items.actions", everyItem(empty()))
                .body("items.biddingOpen", everyItem(equalTo(true)));
        given().when().get("/public/challenges/" + open).then().statusCode(200)
                .body("id", equalTo(open)).body("status", equalTo("PUBLISHED")).body("actions", empty());
        given().when().get("/public/challenges/" + draft).then().statusCode(404)
                .body("code", equalTo("CHALLENGE_NOT_FOUND"));
        given().when().get("/public/challenges/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("size", 101).when().get("/public/challenges").then().statusCode(400)
                .body("errors.field", hasItem("size"));

        // nothing else became anonymous
        for (String path : List.of("/challenges", "/challenges/" + open, "/challenges/demanded", "/challenges/drafts",
                "/challenges/" + open + "/bids", "/bids/mine", "/bids/" + bid, "/demands")) {
            given().when().get(path).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
        given().contentType("application/json").body(Flow.bidBody("1.00", "匿名揭榜", 1))
                .when().post("/challenges/" + open + "/bids").then().statusCode(401);
        given().when().post("/challenges/" + draft + "/publish").then().statusCode(401);
    }

    @Test
    void aPlanOfFiveThousandCharactersIsKeptWholeAndOneMoreIsRefusedOnItsField() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String plan = "以蔗渣为原料开发模压成型工艺。\n".repeat(312) + "建设中试线并验证"; // 5,000 characters
        assertThat(plan).hasSize(5000);
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("1200000.00", plan + "验", 18))
                .when().post("/challenges/" + id + "/bids").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", equalTo(List.of("planSummary")));
        String bid = given().auth().oauth2(GXU).contentType("application/json")
                .body(Flow.bidBody("1200000.00", plan, 18))
                .when().post("/challenges/" + id + "/bids").then().statusCode(201).extract().path("id");
        given().auth().oauth2(GXU).when().get("/bids/" + bid).then().statusCode(200)
                .body("planSummary", equalTo(plan));
    }

    @Test
    void problemsShowTimesInChinaTimeNameObjectsByTitleAndPointAtTheirField() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        Instant past = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketClock.CHINA).format(past);
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json").body(Flow.challengeBody(demandId, past))
                .when().post("/challenges").then().statusCode(400)
                .body("code", equalTo("DEADLINE_NOT_IN_FUTURE"))
                .body("detail", equalTo("截止时间 " + shown + "（北京时间）已过。"))
                .body("errors[0].field", equalTo("deadline"));
        given().auth().oauth2(Flow.PROVINCE).header("Accept-Language", "en").contentType("application/json")
                .body(Flow.challengeBody(demandId, past))
                .when().post("/challenges").then().statusCode(400)
                .body("detail", equalTo("The deadline " + shown + " (China time) has already passed."));

        // the demand by its title, not its id
        Flow.create(Flow.PROVINCE, demandId, clock.instant().plus(Flow.OPEN_FOR));
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(demandId, clock.instant().plus(Flow.OPEN_FOR)))
                .when().post("/challenges").then().statusCode(409)
                .body("code", equalTo("DEMAND_ALREADY_CHALLENGED"))
                .body("detail", equalTo("技术需求“甘蔗糖厂蔗渣高值化利用”已有未撤销的榜单。"))
                .body("errors[0].field", equalTo("demandId"));
        given().auth().oauth2(Flow.PROVINCE).contentType("application/json")
                .body(Flow.challengeBody(UUID.randomUUID(), clock.instant().plus(Flow.OPEN_FOR)))
                .when().post("/challenges").then().statusCode(404)
                .body("detail", not(matchesPattern(ISO_INSTANT_OR_UUID))).body("errors[0].field", equalTo("demandId"));

        String id = Flow.published(db, clock, Orgs.LIUZHOU_AUTO_PARTS);
        Flow.bid(GXU, id, "1000000.00");
        given().auth().oauth2(GXU).contentType("application/json").body(Flow.bidBody("900000.00", "第二份方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("detail", equalTo("贵单位已对榜单“蔗渣高值化利用技术攻关”提交揭榜方案。"));
        given().auth().oauth2(GXU).when().get("/challenges/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", not(matchesPattern(ISO_INSTANT_OR_UUID)));
        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).contentType("application/json")
                .body(Flow.bidBody("900000.00", "迟到的方案", 12))
                .when().post("/challenges/" + id + "/bids").then().statusCode(409)
                .body("code", equalTo("BID_AFTER_DEADLINE")).body("detail", not(matchesPattern(ISO_INSTANT_OR_UUID)));
    }

    @Test
    void theBidsOfAChallengeArePagedWithTheirWholeCount() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String cheaper = Flow.bid(GXU, id, "900000.00");
        String dearer = Flow.bid(Tokens.of(Role.UNIVERSITY, Orgs.GUET), id, "1100000.00");
        clock.advance(Flow.pastTheDeadline());
        String demander = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(demander).queryParams(Map.of("size", 1, "sort", "amount"))
                .when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", equalTo(List.of(dearer))).body("total", equalTo(2));
        given().auth().oauth2(demander).queryParams(Map.of("size", 1, "page", 1, "sort", "amount"))
                .when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", equalTo(List.of(cheaper))).body("total", equalTo(2)).body("page", equalTo(1));
        given().auth().oauth2(GXU).when().get("/bids/mine").then().statusCode(200)
                .body("items.id", hasItem(cheaper)).body("items.id", not(hasItem(dearer)));
    }
}
