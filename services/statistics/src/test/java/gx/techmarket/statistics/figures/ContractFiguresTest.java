package gx.techmarket.statistics.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.statistics.Events;
import gx.techmarket.statistics.StatisticsServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract figures of a seeded year (150 contracts, amended and deregistered ones among them) equal a calculation
 * made here from the events alone, to the fen, for every breakdown, both flows and a city's sub-market; and a rebuild
 * from offset 0 answers exactly the same.
 */
@QuarkusTest
class ContractFiguresTest extends StatisticsServiceTest {

    static final int YEAR = 2019;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static SeededContracts seeded;

    @BeforeEach
    void seed() {
        if (seeded == null) {
            SeededContracts s = new SeededContracts(YEAR, 150, 20261207L);
            Events.sendAll(db, s.events);
            seeded = s;
        }
    }

    static String province() {
        return Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    }

    static String baise() {
        return Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    }

    /** What one key of a breakdown should show. */
    record Sum(long count, BigDecimal total, BigDecimal technology) {
        Sum add(ContractRegistered c) {
            return new Sum(count + 1, total.add(c.totalContractAmount()), technology.add(c.technologyTransactionAmount()));
        }
    }

    static Map<String, Sum> expected(Function<ContractRegistered, String> key, Predicate<ContractRegistered> which) {
        Map<String, Sum> sums = new TreeMap<>();
        for (SeededContracts.Final f : seeded.contracts.values()) {
            if (f.registered() && which.test(f.facts())) {
                BigDecimal zero = new BigDecimal("0.00");
                sums.merge(key.apply(f.facts()), new Sum(0, zero, zero).add(f.facts()),
                        (a, b) -> new Sum(a.count + b.count, a.total.add(b.total), a.technology.add(b.technology)));
            }
        }
        return sums;
    }

    static String city(Party p) {
        if (p.isForeign()) {
            return p.country();
        }
        return p.region().startsWith("45") ? p.region().substring(0, 4) + "00" : p.region().substring(0, 2) + "0000";
    }

    static String county(Party p) {
        if (p.isForeign()) {
            return p.country();
        }
        return p.region().startsWith("45") ? p.region() : p.region().substring(0, 2) + "0000";
    }

    static String month(ContractRegistered c) {
        return LocalDate.ofInstant(c.registeredAt(), ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
    }

    static String scope(ContractRegistered c) {
        if (c.seller().isForeign() || c.buyer().isForeign()) {
            return "CROSS_BORDER";
        }
        return c.seller().isInGuangxi() && c.buyer().isInGuangxi() ? "IN_PROVINCE" : "OUT_OF_PROVINCE";
    }

    static JsonNode get(String token, String path, Map<String, String> query) {
        RequestSpecification r = given().auth().oauth2(token).queryParam("from", String.valueOf(YEAR))
                .queryParam("to", String.valueOf(YEAR));
        query.forEach(r::queryParam);
        String body = r.when().get(path).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    static void assertRows(JsonNode figures, Map<String, Sum> expected) {
        Map<String, Sum> actual = new LinkedHashMap<>();
        for (JsonNode row : figures.get("rows")) {
            actual.put(row.get("key").asText(), new Sum(row.get("count").asLong(),
                    dec(row.get("totalAmount")), dec(row.get("technologyAmount"))));
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, sum) -> {
            Sum a = actual.get(key);
            assertThat(a.count()).as("count of %s", key).isEqualTo(sum.count());
            // to the fen: the same digits, the same scale
            assertThat(a.total().toPlainString()).as("成交额 of %s", key).isEqualTo(sum.total().toPlainString());
            assertThat(a.technology().toPlainString()).as("技术交易额 of %s", key)
                    .isEqualTo(sum.technology().toPlainString());
        });
        Sum all = expected.values().stream().reduce(new Sum(0, new BigDecimal("0.00"), new BigDecimal("0.00")),
                (a, b) -> new Sum(a.count + b.count, a.total.add(b.total), a.technology.add(b.technology)));
        assertThat(figures.get("total").get("count").asLong()).isEqualTo(all.count());
        assertThat(dec(figures.get("total").get("totalAmount")).toPlainString())
                .isEqualTo(all.total().toPlainString());
        assertThat(dec(figures.get("total").get("technologyAmount")).toPlainString())
                .isEqualTo(all.technology().toPlainString());
    }

    @Test
    void everyBreakdownOfTheProvinceEqualsAnIndependentCalculationToTheFen() {
        String token = province();
        Predicate<ContractRegistered> all = c -> true;
        assertRows(get(token, "/statistics/contracts", Map.of("by", "month")), expected(ContractFiguresTest::month, all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "city")), expected(c -> city(c.seller()), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "city", "flow", "absorption")),
                expected(c -> city(c.buyer()), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "county")), expected(c -> county(c.seller()), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "type")),
                expected(c -> c.contractType().name(), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "category")),
                expected(c -> c.contractType().category().name(), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "sellerKind")),
                expected(c -> c.seller().kind().name(), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "buyerKind")),
                expected(c -> c.buyer().kind().name(), all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "scope")), expected(ContractFiguresTest::scope, all));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "point")),
                expected(c -> c.registrationPoint().code(), all));
        // 技术领域 as the registration (or its last amendment) states it; none stated is a key of its own
        assertRows(get(token, "/statistics/contracts", Map.of("by", "field")),
                expected(c -> c.technicalField() == null ? "UNSTATED" : c.technicalField(), all));
        JsonNode byField = get(token, "/statistics/contracts", Map.of("by", "field")).get("rows");
        for (JsonNode row : byField) {
            String label = switch (row.get("key").asText()) {
                case "SUGAR" -> "制糖";
                case "UNSTATED" -> "未注明";
                case "ELECTRONICS" -> "电子信息";
                default -> null;
            };
            if (label != null) {
                assertThat(row.get("label").asText()).isEqualTo(label);
            }
        }
        // filters combine with a breakdown
        assertRows(get(token, "/statistics/contracts", Map.of("by", "city", "category", "TRANSFER")),
                expected(c -> city(c.seller()), c -> c.contractType().category().name().equals("TRANSFER")));
        assertRows(get(token, "/statistics/contracts", Map.of("by", "month", "sellerKind", "UNIVERSITY",
                "scope", "IN_PROVINCE")), expected(ContractFiguresTest::month,
                c -> c.seller().kind().name().equals("UNIVERSITY") && scope(c).equals("IN_PROVINCE")));
    }

    @Test
    void aCitySeesItsOwnSubMarketOnlyAndTheProvinceCanDrillIntoIt() {
        Predicate<ContractRegistered> soldFromBaise = c -> c.seller().region() != null
                && c.seller().region().startsWith("4510");
        Predicate<ContractRegistered> boughtIntoBaise = c -> c.buyer().region() != null
                && c.buyer().region().startsWith("4510");
        JsonNode own = get(baise(), "/statistics/contracts", Map.of("by", "county"));
        assertThat(own.get("region").asText()).isEqualTo("451000");
        assertRows(own, expected(c -> county(c.seller()), soldFromBaise));
        assertRows(get(baise(), "/statistics/contracts", Map.of("by", "type", "flow", "absorption")),
                expected(c -> c.contractType().name(), boughtIntoBaise));
        // the province asking for 百色 sees what 百色 sees
        assertThat(get(province(), "/statistics/contracts", Map.of("by", "county", "region", "451000")).toString())
                .isEqualTo(own.toString());
        // the other cities are not 百色's to see
        given().auth().oauth2(baise()).queryParam("region", "450200").when().get("/statistics/contracts").then()
                .statusCode(403).body("code", org.hamcrest.Matchers.equalTo("REGION_OUTSIDE_SUB_MARKET"));
        given().auth().oauth2(baise()).queryParam("region", "450000").when().get("/statistics/brokers").then()
                .statusCode(403);
        given().auth().oauth2(baise()).queryParam("region", "450200").when().get("/statistics/contracts/list")
                .then().statusCode(403);
    }

    @Test
    void aBarDrillsDownToItsContracts() {
        Map<String, Sum> byCity = expected(c -> city(c.seller()), c -> true);
        String key = byCity.keySet().iterator().next();
        Sum sum = byCity.get(key);
        JsonNode page = get(province(), "/statistics/contracts/list", Map.of("by", "city", "key", key, "size", "100"));
        assertThat(page.get("total").asLong()).isEqualTo(sum.count());
        BigDecimal total = new BigDecimal("0.00");
        List<String> numbers = new ArrayList<>();
        for (JsonNode line : page.get("items")) {
            total = total.add(dec(line.get("totalAmount")));
            numbers.add(line.get("registrationNumber").asText());
            assertThat(line.has("contact")).isFalse();
        }
        assertThat(total.toPlainString()).isEqualTo(sum.total().toPlainString());
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void agenciesAreRankedByTheTechnologyAmountTheyBrokered() {
        Map<String, Sum> expected = expected(c -> c.intermediary().uscc(), c -> c.intermediary() != null);
        JsonNode rows = get(province(), "/statistics/brokers", Map.of());
        assertThat(rows.size()).isEqualTo(expected.size());
        BigDecimal previous = null;
        for (JsonNode row : rows) {
            Sum sum = expected.get(row.get("uscc").asText());
            assertThat(row.get("count").asLong()).isEqualTo(sum.count());
            assertThat(dec(row.get("technologyAmount")).toPlainString())
                    .isEqualTo(sum.technology().toPlainString());
            if (previous != null) {
                assertThat(dec(row.get("technologyAmount"))).isLessThanOrEqualTo(previous);
            }
            previous = dec(row.get("technologyAmount"));
        }
        // 柳州's operators see the agency of 柳州 only
        JsonNode liuzhou = get(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE), "/statistics/brokers", Map.of());
        for (JsonNode row : liuzhou) {
            assertThat(row.get("region").asText()).startsWith("4502");
        }
    }

    @Test
    void eachBrokerIsRankedByTheTechnologyAmountOfTheContractsTheyDraftedNamedAsTheDirectoryNamesThem() {
        List<String> gxttc = SeededContracts.BROKER_ACCOUNTS.get(Orgs.GX_TECH_TRANSFER.uscc());
        UUID first = UUID.nameUUIDFromBytes("broker-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UUID second = UUID.nameUUIDFromBytes("broker-2".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        // the directory's register: the second broker renamed later (the later announcement stands, whatever the
        // order), the third account (柳州) in no entry of the register
        Events.sendAll(db, List.of(
                new BrokerChanged(first, "张伟", gxttc.get(0), Orgs.GX_TECH_TRANSFER.uscc(), "GXJSJL-2025-0101",
                        BrokerChanged.Status.ACTIVE, at),
                new BrokerChanged(second, "李娜", gxttc.get(1), Orgs.GX_TECH_TRANSFER.uscc(), null,
                        BrokerChanged.Status.ACTIVE, at.plusSeconds(60)),
                new BrokerChanged(second, "李娜娜", gxttc.get(1), Orgs.GX_TECH_TRANSFER.uscc(), null,
                        BrokerChanged.Status.ACTIVE, at)));
        Map<String, Sum> expected = expected(c -> c.brokerAccount() + "|" + c.intermediary().uscc(),
                c -> c.brokerAccount() != null);
        JsonNode rows = get(province(), "/statistics/brokers/people", Map.of());
        assertThat(rows.size()).isEqualTo(expected.size());
        Map<String, String> names = Map.of(gxttc.get(0), "张伟", gxttc.get(1), "李娜");
        BigDecimal previous = null;
        for (JsonNode row : rows) {
            String account = row.get("account").asText();
            Sum sum = expected.get(account + "|" + row.get("agencyUscc").asText());
            assertThat(sum).as(account).isNotNull();
            assertThat(row.get("count").asLong()).isEqualTo(sum.count());
            assertThat(dec(row.get("totalAmount")).toPlainString()).isEqualTo(sum.total().toPlainString());
            assertThat(dec(row.get("technologyAmount")).toPlainString()).isEqualTo(sum.technology().toPlainString());
            if (names.containsKey(account)) {
                assertThat(row.get("name").asText()).isEqualTo(names.get(account));
            } else {
                assertThat(row.get("name").isNull()).as("an account the register does not name").isTrue();
            }
            if (previous != null) {
                assertThat(dec(row.get("technologyAmount"))).isLessThanOrEqualTo(previous);
            }
            previous = dec(row.get("technologyAmount"));
        }
        assertThat(rows.findValuesAsText("certificateNumber")).contains("GXJSJL-2025-0101");
        // 柳州's operators: 柳州's agency's broker only
        for (JsonNode row : get(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE), "/statistics/brokers/people",
                Map.of())) {
            assertThat(row.get("region").asText()).startsWith("4502");
        }
    }

    private static String subsidies(String year) {
        return given().auth().oauth2(province()).queryParam("year", year).when().get("/statistics/subsidies").then()
                .statusCode(200).extract().asString();
    }

    @Test
    void aRebuildFromOffsetZeroGivesTheSameFiguresToTheFen() {
        List<String> paths = List.of("month", "city", "county", "type", "category", "sellerKind", "buyerKind", "scope",
                "point", "field");
        Map<String, String> before = new LinkedHashMap<>();
        for (String by : paths) {
            before.put(by, get(province(), "/statistics/contracts", Map.of("by", by)).toString());
            before.put(by + "/absorption", get(province(), "/statistics/contracts",
                    Map.of("by", by, "flow", "absorption")).toString());
        }
        before.put("brokers", get(province(), "/statistics/brokers", Map.of()).toString());
        // subsidies, 创新券 and budgets of every year seeded (the other test class's events are in the same topics)
        for (String year : List.of("2020", "2026")) {
            before.put("subsidies" + year, subsidies(year));
        }
        before.put("baise", get(baise(), "/statistics/contracts", Map.of("by", "county")).toString());
        // a rebuild another test started has finished first: one at a time
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> Db.count(db, "select count(*) from generation where state = 'BUILDING'") == 0);
        long liveBefore = Db.count(db, "select generation from generation where state = 'LIVE'");

        int generation = given().auth().oauth2(province()).when().post("/statistics/rebuilds").then().statusCode(202)
                .body("state", org.hamcrest.Matchers.equalTo("BUILDING")).extract().path("generation");
        assertThat((long) generation).isGreaterThan(liveBefore);
        // one rebuild at a time
        given().auth().oauth2(province()).when().post("/statistics/rebuilds").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(409), org.hamcrest.Matchers.is(202)));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> "LIVE".equals(given().auth().oauth2(province()).when()
                        .get("/statistics/rebuilds/" + generation).then().statusCode(200).extract().path("state"))
                        || Db.count(db, "select count(*) from generation where state = 'LIVE' and generation > ?",
                                generation) > 0);
        // the live generation's facts, and the retired one's until the next switch (a figure that read the live
        // generation just before the switch still finds them); none of any generation before
        assertThat(Db.count(db, "select count(*) from contract_fact where generation < ?", liveBefore)).isZero();
        assertThat(Db.count(db, "select count(*) from contract_fact where generation not in (?, "
                + "(select generation from generation where state = 'LIVE'))", liveBefore)).isZero();
        assertThat(Db.count(db, "select count(*) from generation where state = 'LIVE'")).isEqualTo(1);

        for (String by : paths) {
            assertThat(get(province(), "/statistics/contracts", Map.of("by", by)).toString()).as(by)
                    .isEqualTo(before.get(by));
            assertThat(get(province(), "/statistics/contracts", Map.of("by", by, "flow", "absorption")).toString())
                    .as(by).isEqualTo(before.get(by + "/absorption"));
        }
        assertThat(get(province(), "/statistics/brokers", Map.of()).toString()).isEqualTo(before.get("brokers"));
        for (String year : List.of("2020", "2026")) {
            assertThat(subsidies(year)).as("subsidies " + year).isEqualTo(before.get("subsidies" + year));
        }
        assertThat(get(baise(), "/statistics/contracts", Map.of("by", "county")).toString())
                .isEqualTo(before.get("baise"));

        // the live consumer writes to the new generation: a contract registered now counts
        SeededContracts more = new SeededContracts(YEAR, 1, 7L);
        Events.sendAll(db, more.events);
        seeded.contracts.putAll(more.contracts);
        assertRows(get(province(), "/statistics/contracts", Map.of("by", "city")),
                expected(c -> city(c.seller()), c -> true));
    }

    /** A figure's amount: a JSON string, to the fen (a number for averages). */
    static BigDecimal dec(JsonNode node) {
        return new BigDecimal(node.asText());
    }
}
