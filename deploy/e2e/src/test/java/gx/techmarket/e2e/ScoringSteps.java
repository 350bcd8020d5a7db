package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 揭榜挂帅 steps up to the expert panel as the running market takes them through its APIs, for the browser test of
 * the expert scoring page ({@link PortalScoringIT}): a published demand, its challenge with its 评审办法 published,
 * bids, and after the deadline 资格审查 and the panel the directory draws. Copied from {@link MarketPathIT} and
 * {@link ChallengeSteps}, stopping where the experts take over in the portal.
 */
final class ScoringSteps {

    private static final Duration EVENTS = Duration.ofSeconds(60);

    private final Api api;

    ScoringSteps(Api api) {
        this.api = api;
    }

    /** A demand of {@code demander} (糖业, 南宁) submitted and approved by {@code operator}; bidding knows it. */
    String publishedDemand(String demander, String operator, String title, LocalDate today) {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", title);
        demand.put("problem", "糖蜜发酵废液浓度高，需要一套可连续运行的资源化处理工艺。");
        demand.put("industry", "SUGAR");
        demand.put("budgetMin", "300000.00");
        demand.put("budgetMax", "600000.00");
        demand.put("deadline", today.plusDays(60).toString());
        demand.put("regionCode", "450100");
        demand.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT"));
        String id = api.post(demander, "demand", "/demands", demand, 201).getString("id");
        api.post(demander, "demand", "/demands/" + id + "/submit", null, 200);
        assertThat(api.post(operator, "demand", "/demands/" + id + "/approve", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        await("bidding learns the published demand").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> api.as(operator, "bidding").get("/demands/" + id).statusCode() == 200);
        return id;
    }

    /** The challenge of the demand with {@link ChallengeSteps#method its method}, published by the operator. */
    String publishedChallenge(String operator, String demandId, Instant deadline) {
        JsonPath draft = api.post(operator, "bidding", "/challenges",
                Map.of("demandId", demandId, "deadline", deadline.toString()), 201);
        String id = draft.getString("id");
        new ChallengeSteps(api).method(operator, id);
        assertThat(api.post(operator, "bidding", "/challenges/" + id + "/publish", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    String bid(String bidder, String challengeId, String price) {
        Map<String, Object> body = Map.of("price", price, "planSummary", "糖蜜废液浓缩—焚烧—钾肥回收联合工艺，分两期实施。",
                "durationMonths", 18, "team", ChallengeSteps.TEAM);
        return api.post(bidder, "bidding", "/challenges/" + challengeId + "/bids", body, 201).getString("id");
    }

    /**
     * After the deadline: the operator qualifies every bid and draws a panel of three (seeded); the drawn experts'
     * demo logins, in the panel's order.
     */
    List<String> qualifiedAndPanelDrawn(String operator, String challengeId, String... bidIds) {
        String base = "/challenges/" + challengeId;
        api.post(operator, "bidding", base + "/qualification/open", null, 200);
        for (String bid : bidIds) {
            api.post(operator, "bidding", base + "/qualification/bids/" + bid, Map.of("qualified", true), 200);
        }
        JsonPath panel = api.post(operator, "bidding", base + "/panel", Map.of("size", 3, "seed", 20261206), 200);
        List<String> experts = new ArrayList<>();
        for (Object name : panel.getList("experts.name")) {
            String login = ChallengeSteps.EXPERT_LOGINS.get(name.toString());
            assertThat(login).as("a drawn expert has a demo login: " + name).isNotNull();
            experts.add(login);
        }
        assertThat(experts).as("three experts drawn").hasSize(3);
        return experts;
    }
}
