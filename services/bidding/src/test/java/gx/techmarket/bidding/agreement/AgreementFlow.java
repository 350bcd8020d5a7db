package gx.techmarket.bidding.agreement;

import gx.techmarket.bidding.challenge.Flow;
import gx.techmarket.bidding.evaluation.Evaluate;
import static io.restassured.RestAssured.given;

import gx.techmarket.bidding.demand.DemandEvents;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The steps up to a 揭榜协议 as the clients take them: a challenge published, bid on, awarded; terms written. */
public final class AgreementFlow {

    public static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    public static final Duration OPEN_FOR = Duration.ofDays(30);

    private AgreementFlow() {}

    /** A published challenge on a new demand of {@code demander}, open for {@link #OPEN_FOR}. */
    public static String published(DataSource db, Clock clock, Party demander) {
        DemandPublished demand = DemandEvents.demand(demander, "赤泥综合利用");
        DemandEvents.publishAndAwait(db, demand);
        Map<String, Object> body = Map.of("demandId", demand.demandId().toString(), "title", "赤泥综合利用关键技术攻关",
                "deadline", clock.instant().plus(OPEN_FOR).toString());
        String id = given().auth().oauth2(PROVINCE).contentType("application/json").body(body)
                .when().post("/challenges").then().statusCode(201).extract().path("id");
        Evaluate.method(PROVINCE, id);
        given().auth().oauth2(PROVINCE).when().post("/challenges/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static String bid(String token, String challengeId, String price) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Flow.bidBody(price, "赤泥脱碱与建材化利用：小试、中试、示范线三步走。", 24))
                .when().post("/challenges/" + challengeId + "/bids").then().statusCode(201).extract().path("id");
    }

    /**
     * 定榜 by the demander after the deadline (the clock must have passed it), once the province's operator has
     * qualified every bid and the panel has scored them, {@code bidId} first (bidding.evaluation).
     */
    public static void award(String demander, String challengeId, String bidId, String... otherBids) {
        String[] all = new String[otherBids.length + 1];
        all[0] = bidId; // ranked first, the others after it in the order given
        System.arraycopy(otherBids, 0, all, 1, otherBids.length);
        Evaluate.evaluated(Flow.PROVINCE, challengeId, all);
        given().auth().oauth2(demander).contentType("application/json").body(Map.of("bidId", bidId))
                .when().post("/challenges/" + challengeId + "/award").then().statusCode(200);
    }

    /** Today in China time by the service's clock, plus {@code months}. */
    public static String monthsAhead(Clock clock, int months) {
        return LocalDate.ofInstant(clock.instant(), MarketClock.CHINA).plusMonths(months).toString();
    }

    public static Map<String, Object> milestone(String title, String due, String amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("deliverables", title + "报告及验收材料");
        m.put("dueDate", due);
        m.put("supportAmount", amount);
        return m;
    }

    /** Terms of 5,000,000.00 元 (3,800,000 + 1,200,000), 20 % support in two milestones of the given amounts. */
    public static Map<String, Object> terms(Clock clock, String first, String second) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("totalInvestment", "5000000.00");
        t.put("enterpriseShare", "3800000.00");
        t.put("bidderShare", "1200000.00");
        t.put("milestones", List.of(milestone("小试工艺验证", monthsAhead(clock, 3), first),
                milestone("中试线建成并连续运行", monthsAhead(clock, 12), second)));
        return t;
    }

    public static String termsJson(Clock clock, String first, String second) {
        return "{\"totalInvestment\": \"5000000.00\", \"enterpriseShare\": \"3800000.00\", \"bidderShare\": "
                + "\"1200000.00\", \"milestones\": [{\"title\": \"小试工艺验证\", \"deliverables\": \"小试报告\", "
                + "\"dueDate\": \"" + monthsAhead(clock, 3) + "\", \"supportAmount\": \"" + first + "\"}, "
                + "{\"title\": \"中试线建成\", \"deliverables\": \"中试线验收报告\", \"dueDate\": \""
                + monthsAhead(clock, 12) + "\", \"supportAmount\": \"" + second + "\"}]}";
    }

    /** A challenge of {@code demander} published and bid on by {@code winner}; award it once the deadline passed. */
    public static String[] publishedAndBid(DataSource db, Clock clock, Party demander, String winner) {
        String id = published(db, clock, demander);
        return new String[] {id, bid(winner, id, "3800000.00")};
    }

    /** The winner writes the terms (300,000.00 + 700,000.00 support) and both parties confirm revision 1. */
    public static void signed(Clock clock, String challengeId, String winner, String demander) {
        given().auth().oauth2(winner).contentType("application/json").body(terms(clock, "300000.00", "700000.00"))
                .when().put("/challenges/" + challengeId + "/agreement").then().statusCode(200);
        for (String party : List.of(winner, demander)) {
            given().auth().oauth2(party).contentType("application/json").body(Map.of("revision", 1))
                    .when().post("/challenges/" + challengeId + "/agreement/confirm").then().statusCode(200);
        }
    }
}
