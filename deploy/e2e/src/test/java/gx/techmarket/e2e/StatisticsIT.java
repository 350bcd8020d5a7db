package gx.techmarket.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 统计分析 on the running market: the statistics service, fed only by the services' events, shows this year's
 * registered contracts exactly as the registry's own figures have them (its database, by type, to the fen); a rebuild
 * replaying every topic from offset 0 answers the same figures; 百色's operator sees 百色 only; the open data answers
 * without signing in.
 */
@ExtendWith(MarketExtension.class)
class StatisticsIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String ADMIN = "admin.gx";
    private static final String CITY_ADMIN = "admin.baise";
    private static final String STATISTICS = "statistics";

    private Market market;
    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        this.api = new Api(market);
    }

    @Test
    void theFiguresAgreeWithTheRegistryAndARebuildFromOffsetZeroGivesTheSame() {
        // the registry's figures from its own database, and the statistics' from the events, converge to the fen
        await("the statistics agree with the registry").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(byType(statisticsByType())).isEqualTo(byType(registryByType())));

        // the subsidy service announced the budgets of its seeded programme-years at its start (BudgetChanged)
        await("the programmes' budgets reached the statistics").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(api.get(ADMIN, STATISTICS, "/statistics/subsidies?year=2026", 200)
                        .<java.util.Map<String, Object>>getList("$"))
                        .anySatisfy(row -> assertThat(row.get("budget")).isNotNull()));

        List<String> figures = List.of("/statistics/contracts?by=type", "/statistics/contracts?by=city",
                "/statistics/contracts?by=month&flow=absorption", "/statistics/contracts?by=field",
                "/statistics/brokers", "/statistics/brokers/people", "/statistics/listings",
                "/statistics/challenges?by=city", "/statistics/subsidies", "/statistics/subsidies?year=2026",
                "/statistics/targets");
        Map<String, String> before = new TreeMap<>();
        figures.forEach(f -> before.put(f, api.as(ADMIN, STATISTICS).get(f).then().statusCode(200).extract()
                .asString()));

        JsonPath started = api.post(ADMIN, STATISTICS, "/statistics/rebuilds", null, 202);
        int generation = started.getInt("generation");
        await("the rebuild from offset 0 goes live").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.get(ADMIN, STATISTICS, "/statistics/rebuilds/" + generation, 200).getString("state"),
                        s -> s.equals("LIVE") || s.equals("FAILED"));
        JsonPath rebuilt = api.get(ADMIN, STATISTICS, "/statistics/rebuilds/" + generation, 200);
        assertThat(rebuilt.getString("state")).as(rebuilt.prettify()).isEqualTo("LIVE");
        assertThat(rebuilt.getLong("eventsRead")).isPositive();
        figures.forEach(f -> assertThat(api.as(ADMIN, STATISTICS).get(f).then().statusCode(200).extract().asString())
                .as(f).isEqualTo(before.get(f)));

        // 百色's operator: its own sub-market only
        JsonPath baise = api.get(CITY_ADMIN, STATISTICS, "/statistics/contracts?by=city", 200);
        assertThat(baise.getString("region")).isEqualTo("451000");
        assertThat(baise.getList("rows.key", String.class)).allMatch(k -> k.startsWith("4510"));
        api.refused(api.as(CITY_ADMIN, STATISTICS).get("/statistics/contracts?region=450100"), 403,
                "REGION_OUTSIDE_SUB_MARKET", "百色's operator asks for 南宁");
        api.refused(api.as(CITY_ADMIN, STATISTICS).post("/statistics/rebuilds"), 403, "REBUILD_PROVINCE_ONLY",
                "百色's operator starts a rebuild");
        given().baseUri(market.url(STATISTICS)).when().get("/statistics/contracts").then().statusCode(401);

        // 开放数据 without signing in: the published results, the licence, the change feed
        given().baseUri(market.url(STATISTICS)).when().get("/open/v1/results").then().statusCode(200)
                .header("Link", "</open/v1/licence>; rel=\"license\"");
        String feed = given().baseUri(market.url(STATISTICS)).when().get("/open/v1/changes").then().statusCode(200)
                .extract().asString();
        assertThat(feed).contains("nextCursor").doesNotContain("phone").doesNotContain("email");
    }

    private JsonPath statisticsByType() {
        return api.get(ADMIN, STATISTICS, "/statistics/contracts?by=type", 200);
    }

    private JsonPath registryByType() {
        return api.get(ADMIN, "registry", "/contracts/stats", 200);
    }

    /** 成交额 and 技术交易额 per contract type, from either answer; a type with nothing in force is left out. */
    private static Map<String, String> byType(JsonPath figures) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        boolean registry = figures.get("totals") != null;
        List<Map<String, Object>> rows = figures.getList("rows");
        for (Map<String, Object> row : rows) {
            String type = (String) (registry ? row.get("contractType") : row.get("key"));
            BigDecimal total = new BigDecimal((String) (registry ? row.get("totalContractAmount")
                    : row.get("totalAmount")));
            BigDecimal technology = new BigDecimal((String) (registry ? row.get("technologyTransactionAmount")
                    : row.get("technologyAmount")));
            sums.merge(type, new BigDecimal[] {total, technology},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        }
        Map<String, String> out = new TreeMap<>();
        sums.forEach((type, s) -> {
            if (s[0].signum() != 0) {
                out.put(type, s[0].setScale(2).toPlainString() + " / " + s[1].setScale(2).toPlainString());
            }
        });
        return out;
    }
}
