package gx.techmarket.bench.bids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.load.Http;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The bid workload's data. A few items go through the real APIs end to end (the demander posts and submits a
 * demand, the operator approves it, {@code DemandPublished} reaches bidding's read model, the operator creates and
 * publishes the challenge); the bulk is copied in SQL from those real rows, as the services stored them:
 * <ul>
 * <li>published challenges: {@code known_demand} and {@code challenge} rows in bidding's database (no outbox row:
 * nobody is told of them, which bid submission does not need);</li>
 * <li>submitted demands awaiting review: {@code demand} rows in demand's database.</li>
 * </ul>
 * Every title carries the run's tag, so the data can be told apart on the shared market.
 */
final class Fixtures {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String[] INDUSTRIES = {"SUGAR", "ALUMINIUM", "MACHINERY", "NEW_MATERIALS"};
    private static final String[] PROBLEMS = {
        "甘蔗糖厂压榨工段能耗偏高，需在不降低抽出率的前提下将吨糖汽耗降低15%以上。",
        "氧化铝赤泥综合利用率低，需开发赤泥制备建材的低成本工艺并完成中试。",
        "汽车零部件铸件气孔缺陷率高，需建立在线检测与工艺参数闭环优化方案。",
        "新型复合材料批次一致性差，需攻关关键工艺窗口控制与质量追溯技术。",
    };

    private final MarketHandle market;
    private final Http http;
    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final String tag;

    Fixtures(MarketHandle market, Http http, long seed, String tag) {
        this.market = market;
        this.http = http;
        this.random = new Random(seed);
        this.tag = tag;
    }

    /** A demand posted and submitted by the demander through the API; its id. */
    UUID submittedDemand(String demanderToken, String regionCode, int n) throws IOException {
        int i = random.nextInt(INDUSTRIES.length);
        long min = 100_000L * (5 + random.nextInt(50));
        String body = json.writeValueAsString(json.createObjectNode()
                .put("title", "基准测试需求 " + tag + " #" + n)
                .put("problem", PROBLEMS[i])
                .put("industry", INDUSTRIES[i])
                .put("budgetMin", min + ".00")
                .put("budgetMax", (min * 2) + ".00")
                .put("deadline", LocalDate.now(CHINA).plusDays(60).toString())
                .put("regionCode", regionCode)
                .set("cooperationModes", json.createArrayNode().add("JOINT_DEVELOPMENT").add("COMMISSIONED_DEVELOPMENT")));
        UUID id = UUID.fromString(read(http.call(Http.postJson(market.url("demand") + "/demands", demanderToken,
                body), 201).body()).path("id").asText());
        http.call(Http.post(market.url("demand") + "/demands/" + id + "/submit", demanderToken), 200);
        return id;
    }

    void approveDemand(String operatorToken, UUID demand) {
        http.call(Http.post(market.url("demand") + "/demands/" + demand + "/approve", operatorToken), 200);
    }

    /** Waits until bidding's read model holds every one of {@code demands} (from DemandPublished). */
    void awaitKnownDemands(List<UUID> demands, Duration timeout) throws SQLException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        try (Connection c = market.connect("bidding");
                PreparedStatement q = c.prepareStatement("select count(*) from known_demand where id = any(?)")) {
            q.setArray(1, uuids(c, demands));
            while (true) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == demands.size()) {
                        return;
                    }
                }
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("DemandPublished of " + demands + " did not reach bidding's "
                            + "read model within " + timeout.toSeconds() + " s (consumer bidding.demands)");
                }
                Thread.sleep(100);
            }
        }
    }

    /** The operator drafts a challenge from a known demand and publishes it (发榜) through the API; its id. */
    UUID publishedChallenge(String operatorToken, UUID demand, Instant deadline) throws IOException {
        String body = json.writeValueAsString(json.createObjectNode().put("demandId", demand.toString())
                .put("title", "基准测试揭榜 " + tag + " #0").put("deadline", deadline.toString()));
        UUID id = UUID.fromString(read(http.call(Http.postJson(market.url("bidding") + "/challenges", operatorToken,
                body), 201).body()).path("id").asText());
        // 评审办法 before 发榜: a challenge is published only with its evaluation method
        http.call(Http.putJson(market.url("bidding") + "/challenges/" + id + "/evaluation-method", operatorToken,
                "{\"priceWeight\":\"40\",\"criteria\":[{\"nameZh\":\"技术方案\",\"nameEn\":\"Technical plan\","
                        + "\"weight\":\"60\"}]}"), 200);
        http.call(Http.post(market.url("bidding") + "/challenges/" + id + "/publish", operatorToken), 200);
        return id;
    }

    /**
     * {@code count} more published challenges like {@code template} (one made through the API), each on its own
     * known demand copied from the template's: rows in {@code known_demand} and {@code challenge} of bidding's
     * database, published now, with the template's deadline. Numbered from {@code from}; their ids.
     */
    List<UUID> copyPublishedChallenges(UUID template, int from, int count) throws SQLException {
        String sql = """
                with t as (select * from challenge where id = ? and status = 'PUBLISHED'),
                d as (
                    insert into known_demand (id, title, problem, industry, region_code, budget_min, budget_max,
                        deadline, cooperation_modes, demander_uscc, demander_name, demander_kind, demander_region,
                        demander_parent_uscc, published_at, received_at, version)
                    select gen_random_uuid(), ? || g, k.problem, k.industry, k.region_code, k.budget_min,
                        k.budget_max, k.deadline, k.cooperation_modes, k.demander_uscc, k.demander_name,
                        k.demander_kind, k.demander_region, k.demander_parent_uscc, now(), now(), k.version
                    from known_demand k join t on k.id = t.demand_id cross join generate_series(?, ?) g
                    returning id, title)
                insert into challenge (id, kind, demand_id, title, region_code, demander_uscc, demander_name,
                    demander_kind, demander_region, demander_parent_uscc, deadline, status, awarded_bid_id,
                    created_by, created_at, updated_at, published_at, closed_at, awarded_at, version, problem, field)
                select gen_random_uuid(), t.kind, d.id, d.title, t.region_code, t.demander_uscc, t.demander_name,
                    t.demander_kind, t.demander_region, t.demander_parent_uscc, t.deadline, t.status, null,
                    t.created_by, now(), now(), now(), null, null, t.version, t.problem, t.field
                from d cross join t
                returning id""";
        try (Connection c = market.connect("bidding"); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setObject(1, template);
            insert.setString(2, "基准测试揭榜 " + tag + " #");
            insert.setInt(3, from);
            insert.setInt(4, from + count - 1);
            List<UUID> ids = collect(insert);
            if (ids.size() != count) {
                throw new IllegalStateException("copied " + ids.size() + " of " + count + " challenges from "
                        + template + " (is it published, with its known demand?)");
            }
            return ids;
        }
    }

    /**
     * {@code count} more demands awaiting review like {@code template} (one posted and submitted through the API):
     * rows in {@code demand} of demand's database, submitted now. Numbered from {@code from}; their ids.
     */
    List<UUID> copySubmittedDemands(UUID template, int from, int count) throws SQLException {
        String sql = """
                insert into demand (id, demander_uscc, demander_name, demander_kind, demander_region,
                    demander_parent_uscc, title, problem, industry, budget_min, budget_max, deadline, region_code,
                    cooperation_modes, status, rejection_reason, close_reason, reviewed_by, created_by, created_at,
                    updated_at, submitted_at, published_at, closed_at, version)
                select gen_random_uuid(), t.demander_uscc, t.demander_name, t.demander_kind, t.demander_region,
                    t.demander_parent_uscc, ? || g, t.problem, t.industry, t.budget_min, t.budget_max, t.deadline,
                    t.region_code, t.cooperation_modes, t.status, null, null, null, t.created_by, now(), now(), now(),
                    null, null, t.version
                from demand t cross join generate_series(?, ?) g
                where t.id = ? and t.status = 'SUBMITTED'
                returning id""";
        try (Connection c = market.connect("demand"); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, "基准测试需求 " + tag + " #");
            insert.setInt(2, from);
            insert.setInt(3, from + count - 1);
            insert.setObject(4, template);
            List<UUID> ids = collect(insert);
            if (ids.size() != count) {
                throw new IllegalStateException("copied " + ids.size() + " of " + count + " demands from " + template
                        + " (is it submitted?)");
            }
            return ids;
        }
    }

    /** Bids stored on these challenges. */
    long bidsOn(List<UUID> challenges) throws SQLException {
        return count("bidding", "select count(*) from bid where challenge_id = any(?)", challenges);
    }

    /** Outbox rows bidding wrote between two instants (by the event time). */
    long biddingOutboxRowsBetween(Instant from, Instant to) throws SQLException {
        try (Connection c = market.connect("bidding"); PreparedStatement q = c.prepareStatement(
                "select count(*) from outbox where occurred_at between ? and ?")) {
            q.setTimestamp(1, Timestamp.from(from));
            q.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long publishedDemands(List<UUID> demands) throws SQLException {
        return count("demand", "select count(*) from demand where status = 'PUBLISHED' and id = any(?)", demands);
    }

    /** DemandPublished rows in demand's outbox for these demands (the aggregate id is the demand's id). */
    long demandOutboxRows(List<UUID> demands) throws SQLException {
        return count("demand", "select count(*) from outbox where type = 'demand.DemandPublished.v1' "
                + "and aggregateid = any(?::text[])", demands);
    }

    /** Those of them the relay has sent to Kafka. */
    long demandOutboxRowsRelayed(List<UUID> demands) throws SQLException {
        return count("demand", "select count(*) from outbox where type = 'demand.DemandPublished.v1' "
                + "and published_at is not null and aggregateid = any(?::text[])", demands);
    }

    long knownDemands(List<UUID> demands) throws SQLException {
        return count("bidding", "select count(*) from known_demand where id = any(?)", demands);
    }

    /**
     * Removes the fixtures the run did not use, so the shared market's 榜单 and review queue are not left full of
     * them: copied challenges without a bid (and their known demands), and of {@code demands} those still awaiting
     * review (a submitted demand has no outbox row and no trace elsewhere).
     */
    String removeUnused(List<UUID> copiedChallenges, List<UUID> copiedDemands) throws SQLException {
        long challenges = 0;
        long demands = 0;
        if (!copiedChallenges.isEmpty()) {
            try (Connection c = market.connect("bidding")) {
                c.setAutoCommit(false);
                List<UUID> demandIds = new ArrayList<>();
                try (PreparedStatement delete = c.prepareStatement("""
                        delete from challenge c where c.id = any(?) and c.awarded_bid_id is null
                          and not exists (select 1 from bid b where b.challenge_id = c.id)
                        returning demand_id""")) {
                    delete.setArray(1, uuids(c, copiedChallenges));
                    demandIds.addAll(collect(delete));
                }
                try (PreparedStatement delete = c.prepareStatement("delete from known_demand where id = any(?)")) {
                    delete.setArray(1, uuids(c, demandIds));
                    delete.executeUpdate();
                }
                c.commit();
                challenges = demandIds.size();
            }
        }
        if (!copiedDemands.isEmpty()) {
            try (Connection c = market.connect("demand"); PreparedStatement delete = c.prepareStatement(
                    "delete from demand where status = 'SUBMITTED' and id = any(?)")) {
                delete.setArray(1, uuids(c, copiedDemands));
                demands = delete.executeUpdate();
            }
        }
        return challenges + " unused copied challenges (with their known demands) and " + demands
                + " demands still awaiting review removed";
    }

    private long count(String database, String sql, List<UUID> ids) throws SQLException {
        try (Connection c = market.connect(database); PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, sql.contains("::text[]") ? c.createArrayOf("text", ids.stream().map(UUID::toString)
                    .toArray()) : uuids(c, ids));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Array uuids(Connection c, List<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }

    private static List<UUID> collect(PreparedStatement statement) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private JsonNode read(String body) throws IOException {
        return json.readTree(body);
    }
}
