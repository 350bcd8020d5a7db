package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;

import gx.techmarket.bidding.demand.DemandEvents;
import gx.techmarket.bidding.evaluation.Evaluate;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The steps of the 揭榜 flow as a client takes them. */
public final class Flow {

    public static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    public static final Duration OPEN_FOR = Duration.ofDays(30);

    private Flow() {}

    public static String token(Party org) {
        Role role = switch (org.kind()) {
            case UNIVERSITY, INSTITUTE -> Role.UNIVERSITY;
            case GOVERNMENT -> Role.ADMIN;
            default -> Role.ENTERPRISE;
        };
        return Tokens.of(role, org);
    }

    /** A demand of {@code demander} that the service has heard of. */
    public static UUID knownDemand(DataSource db, Party demander) {
        DemandPublished demand = DemandEvents.demand(demander, "甘蔗糖厂蔗渣高值化利用");
        DemandEvents.publishAndAwait(db, demand);
        return demand.demandId();
    }

    public static Map<String, Object> challengeBody(UUID demandId, Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("demandId", demandId.toString());
        body.put("title", "蔗渣高值化利用技术攻关");
        body.put("deadline", deadline.toString());
        return body;
    }

    public static String create(String admin, UUID demandId, Instant deadline) {
        return given().auth().oauth2(admin).contentType("application/json").body(challengeBody(demandId, deadline))
                .when().post("/challenges").then().statusCode(201).extract().path("id");
    }

    /** A published challenge on a new demand of {@code demander}, open for {@link #OPEN_FOR}. */
    public static String published(DataSource db, Clock clock, Party demander) {
        String id = create(PROVINCE, knownDemand(db, demander), clock.instant().plus(OPEN_FOR));
        Evaluate.method(PROVINCE, id);
        given().auth().oauth2(PROVINCE).when().post("/challenges/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** What a demander proposes from its demand {@code demandId}: a budget of 200 to 500 万元, 24 months. */
    public static Map<String, Object> proposalBody(UUID demandId, Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("demandId", demandId.toString());
        body.put("title", "赤泥脱碱与有价金属回收技术攻关");
        body.put("problem", "赤泥堆存量大、碱性强，现有脱碱工艺成本高。");
        body.put("goals", "脱碱后赤泥Na2O含量低于1%，铁回收率不低于85%。");
        body.put("budgetMin", "2000000.00");
        body.put("budgetMax", "5000000.00");
        body.put("durationMonths", 24);
        body.put("deadline", deadline.toString());
        return body;
    }

    /** A proposal of {@code demander} from a new demand of its own, submitted to the operator. */
    static String submittedProposal(DataSource db, Clock clock, Party demander) {
        String token = token(demander);
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(proposalBody(knownDemand(db, demander), clock.instant().plus(OPEN_FOR)))
                .when().post("/challenges/proposals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().post("/challenges/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static Map<String, Object> reason(String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return body;
    }

    public static Map<String, Object> bidBody(String price, String plan, Integer months) {
        Map<String, Object> body = new HashMap<>();
        body.put("price", price);
        body.put("planSummary", plan);
        body.put("durationMonths", months);
        body.put("team", TEAM);
        return body;
    }

    /** A bid's team: its leader and one engineer. */
    static final List<Map<String, String>> TEAM = List.of(
            Map.of("name", "李明", "title", "教授", "role", "项目负责人"),
            Map.of("name", "王芳", "title", "高级工程师", "role", "工艺研发"));

    /** A consortium bid's body: {@link #bidBody} with the members' USCCs. */
    static Map<String, Object> consortiumBody(String price, List<String> members) {
        Map<String, Object> body = bidBody(price, "联合体揭榜：牵头单位负责工艺研发，成员单位负责中试与工业化验证。", 24);
        body.put("members", members);
        return body;
    }

    public static String bid(String token, String challengeId, String price) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(bidBody(price, "以蔗渣为原料，开发模压成型工艺与湿强剂配方，建设中试线并完成工业化验证。", 18))
                .when().post("/challenges/" + challengeId + "/bids").then().statusCode(201).extract().path("id");
    }

    /** The actions the holder of {@code token} is offered on challenge {@code id}. */
    public static List<String> actions(String token, String id) {
        return given().auth().oauth2(token).when().get("/challenges/" + id).then().statusCode(200)
                .extract().jsonPath().getList("actions", String.class);
    }

    public static Duration pastTheDeadline() {
        return OPEN_FOR.plusMinutes(1);
    }
}
