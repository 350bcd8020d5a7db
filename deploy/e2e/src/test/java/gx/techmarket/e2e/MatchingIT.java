package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 匹配推荐 through the running market (issue 18): 广西大学 publishes a result on sugarcane harvesting, 广西桂糖集团 a
 * demand it fits (the operator approves both); the matching service suggests each to the other with reasons, the
 * enterprise may start 意向洽谈 from the suggestion, and a broker of Nanning hears of the matches in its notification
 * centre.
 */
@ExtendWith(MarketExtension.class)
class MatchingIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String MATCHING = "matching";
    private static final String NOTIFICATION = "notification";
    private static final String ADMIN = "admin.gx";
    private static final String GXU = "uni.gxu";
    private static final String SUGAR_GROUP = "ent.gxsugar";
    private static final String BROKER = "broker.gxttc";
    private static final String OUTSIDER = "ent.baise";

    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.api = new Api(market);
    }

    @Test
    void aFittingResultAndDemandAreSuggestedToEachOtherAndTheCitysBrokerHears() {
        String result = publishResult();
        String demand = publishDemand();

        // until the matching service has heard of the demand, its list is 404 (as for anyone it is not known to)
        await("the demander sees the result suggested").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(AssertionError.class).until(() -> api.get(SUGAR_GROUP, MATCHING, "/demands/" + demand + "/matches", 200)
                        .getList("suggestions.listingId").contains(result));
        JsonPath forDemand = api.get(SUGAR_GROUP, MATCHING, "/demands/" + demand + "/matches", 200);
        String suggestion = "suggestions.find { it.listingId == '" + result + "' }";
        assertThat(forDemand.getInt(suggestion + ".score")).isBetween(1, 100);
        assertThat(forDemand.getList(suggestion + ".reasons.code")).isNotEmpty();
        assertThat(forDemand.getList(suggestion + ".reasons.zh")).allSatisfy(t -> assertThat(t).isNotNull());
        assertThat(forDemand.getList(suggestion + ".actions")).contains("expressInterest");

        JsonPath forResult = api.get(GXU, MATCHING, "/results/" + result + "/matches", 200);
        assertThat(forResult.getList("suggestions.listingId")).contains(demand);

        api.refused(api.as(OUTSIDER, MATCHING).get("/demands/" + demand + "/matches"), 404, "MATCHES_NOT_FOUND",
                "another enterprise");
        assertThat(api.get(SUGAR_GROUP, MATCHING, "/matches?size=100", 200).getList("items.listingId"))
                .contains(demand);

        await("a broker of Nanning hears of the matches").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(AssertionError.class).until(() -> api.get(BROKER, NOTIFICATION, "/notifications?size=100", 200)
                        .getList("items.findAll { it.kind == 'MATCHES_FOUND' }.subjectId").contains(demand));
        assertThat(api.get(BROKER, MATCHING, "/matches?size=100", 200).getList("items.listingId"))
                .contains(demand, result);
    }

    private String publishResult() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "小型甘蔗收获机切割与剥叶装置（匹配）");
        body.put("summary", "针对丘陵地区甘蔗机械化收获损失率高、含杂率高的问题，研制小型甘蔗收获机的切割与剥叶装置，"
                + "收获损失率降至5%以下，已完成中试。");
        body.put("industry", "SUGAR");
        body.put("maturity", "PILOT");
        body.put("trl", 6);
        body.put("transferModes", List.of("TRANSFER", "LICENSE"));
        body.put("askingPrice", "800000.00");
        body.put("priceNegotiable", false);
        body.put("regionCode", "450100");
        String id = api.post(GXU, "catalogue", "/results", body, 201).getString("id");
        api.post(GXU, "catalogue", "/results/" + id + "/submit", null, 200);
        api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200);
        return id;
    }

    private String publishDemand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "甘蔗收获机剥叶损失率高（匹配）");
        body.put("problem", "我司蔗区为丘陵地形，现有甘蔗收获机切割和剥叶时损失率高、含杂率高，"
                + "需要小型甘蔗收获机的切割与剥叶技术。");
        body.put("industry", "SUGAR");
        body.put("budgetMin", "500000.00");
        body.put("budgetMax", "2000000.00");
        body.put("deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).toString());
        body.put("regionCode", "450100");
        body.put("cooperationModes", List.of("TRANSFER"));
        String id = api.post(SUGAR_GROUP, "demand", "/demands", body, 201).getString("id");
        api.post(SUGAR_GROUP, "demand", "/demands/" + id + "/submit", null, 200);
        api.post(ADMIN, "demand", "/demands/" + id + "/approve", null, 200);
        return id;
    }
}
