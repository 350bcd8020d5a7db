package gx.techmarket.subsidy.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Programmes as data, run by admins through the API (ADR 0025): opened with their terms and budget, versioned from a
 * date, topped up, closed, copied to the next year; a year without a programme is a state, and the contracts it
 * registered are assessed once a programme opens. Each test has budget years of its own (2081–2089), which no other
 * test of the module registers contracts in.
 */
@SubsidyTest
class ProgrammeAdministrationTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String CLAUSE = "《广西科技创新支撑产业高质量发展三年行动方案》：给予技术交易金额最高50%的奖励性后补助。";

    @Inject
    AgroalDataSource db;

    /** A buyer post-subsidy of 20 % (cap 500,000.00, minimum T 100,000.00) for the province, opened for {@code year}. */
    static String buyerProgramme(String code, int year, String subMarket, String budget, String rate) {
        return """
                {"code": "%s", "budgetYear": %d, "rule": "BUYER_POST_SUBSIDY", "name": "企业购买科技成果转化后补助",
                 "nameEn": "Post-subsidy for enterprises buying results", "subMarket": "%s", "budget": "%s",
                 "terms": {"rate": "%s", "perContractCap": "500000.00", "minimumBasis": "100000.00",
                           "eligibleCategories": ["TRANSFER", "LICENSE", "DEVELOPMENT"], "policyClause": "%s",
                           "grantMode": "AUTOMATIC", "approval": "SUB_MARKET"}}"""
                .formatted(code, year, subMarket, budget, rate, CLAUSE);
    }

    static ValidatableResponse open(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/programmes")
                .then();
    }

    /** GXU sells a patent to 柳州汽车零部件 (T = 800,000.00) on {@code day} in China time. */
    static ContractRegistered sale(LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS, null,
                "1000000.00", "200000.00", at);
    }

    static Map<String, Object> year(int year) {
        return given().auth().oauth2(PROVINCE).when().get("/programmes/years/" + year).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    @Test
    void aProvinceAdminOpensAProgrammeWithItsTermsAndBudget() {
        open(PROVINCE, buyerProgramme("H1_OPENED", 2081, "450000", "1000000.00", "0.20")).statusCode(201)
                .body("code", equalTo("H1_OPENED")).body("budgetYear", equalTo(2081))
                .body("status", equalTo("OPEN")).body("version", equalTo(1))
                .body("effectiveFrom", equalTo("2081-01-01")).body("rate", equalTo("0.20"))
                .body("budget", equalTo("1000000.00")).body("remaining", equalTo("1000000.00"))
                .body("granted", equalTo("0.00")).body("paid", equalTo("0.00"))
                .body("subMarket", equalTo("450000")).body("grantMode", equalTo("AUTOMATIC"))
                .body("actions", contains("terms", "budget", "close", "copy"));

        given().auth().oauth2(PROVINCE).when().get("/programmes/H1_OPENED/2081").then().statusCode(200)
                .body("policyClause", equalTo(CLAUSE)).body("eligibleCategories", hasItem("TRANSFER"));
        Map<String, Object> state = year(2081);
        assertThat(state.get("state")).isEqualTo("OPEN");
        assertThat((List<?>) state.get("programmes")).hasSize(1);
        given().auth().oauth2(PROVINCE).queryParam("year", 2081).when().get("/programmes").then().statusCode(200)
                .body("items.code", contains("H1_OPENED"));
        // the budget went through the ledger: Dr APPROPRIATION, Cr BUDGET
        assertThat(Db.count(db, "select count(*) from journal_line where account_code = 'BUDGET:H1_OPENED:2081'"))
                .isEqualTo(1);

        open(PROVINCE, buyerProgramme("H1_OPENED", 2081, "450000", "1.00", "0.20")).statusCode(409)
                .body("code", equalTo("PROGRAMME_YEAR_EXISTS"));
    }

    @Test
    void badTermsAreRefusedWithTheirCodeAndNothingIsOpened() {
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000000.00", "0.51")).statusCode(400)
                .body("code", equalTo("RATE_ABOVE_POLICY_LIMIT"));
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000000.005", "0.20")).statusCode(400);
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "-1.00", "0.20")).statusCode(400);
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000.00", "0.20")
                .replace("[\"TRANSFER\", \"LICENSE\", \"DEVELOPMENT\"]", "[]")).statusCode(400)
                .body("code", equalTo("CATEGORIES_REQUIRED"));
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000.00", "0.20")
                .replace("\"rate\": \"0.20\", ", "")).statusCode(400).body("code", equalTo("RATE_REQUIRED"));
        open(PROVINCE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000.00", "0.20")
                .replace("BUYER_POST_SUBSIDY", "LOTTERY")).statusCode(400);
        // a city opens nothing for the province
        open(BAISE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000.00", "0.20")).statusCode(403)
                .body("code", equalTo("PROGRAMME_OUTSIDE_SUB_MARKET"));
        open(ENTERPRISE, buyerProgramme("H1_REFUSED", 2081, "450000", "1000.00", "0.20")).statusCode(403);
        assertThat(Db.count(db, "select count(*) from programme where code = 'H1_REFUSED'")).isZero();
    }

    @Test
    void aYearWithoutProgrammeIsAStateAndItsContractsAreAssessedWhenOneOpens() {
        assertThat(year(2089).get("state")).isEqualTo("NO_PROGRAMME");

        ContractRegistered sale = sale(LocalDate.of(2082, 3, 2));
        Contracts.send(sale);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ((Number) year(2082).get("registrationsAwaitingProgramme")).intValue() >= 1);
        Map<String, Object> before = year(2082);
        assertThat(before.get("state")).isEqualTo("NO_PROGRAMME");
        assertThat((List<Map<String, Object>>) before.get("awaiting"))
                .extracting(a -> a.get("registrationNumber")).contains(sale.registrationNumber());

        open(PROVINCE, buyerProgramme("H1_BACKLOG", 2082, "450000", "1000000.00", "0.20")).statusCode(201)
                .body("granted", equalTo("160000.00")).body("remaining", equalTo("840000.00"));
        Map<String, Map<String, Object>> derived = Contracts.awaitEntitlements(sale, 1);
        Map<String, Object> entitlement = derived.get("H1_BACKLOG");
        assertThat(entitlement.get("status")).isEqualTo("GRANTED");
        assertThat(entitlement.get("amount")).isEqualTo("160000.00");
        assertThat(entitlement.get("programmeVersion")).isEqualTo(1);
        Map<String, Object> after = year(2082);
        assertThat(after.get("state")).isEqualTo("OPEN");
        assertThat(after.get("registrationsAwaitingProgramme")).isEqualTo(0);
    }

    @Test
    void aNewVersionOfTheTermsDecidesFromItsDateAndNeverRewritesWhatCameBefore() {
        open(PROVINCE, buyerProgramme("H1_VERSIONED", 2083, "450000", "2000000.00", "0.20")).statusCode(201);
        given().auth().oauth2(PROVINCE).contentType("application/json").body("""
                {"effectiveFrom": "2083-07-01", "reason": "年中调整补助比例",
                 "terms": {"rate": "0.30", "perContractCap": "500000.00", "minimumBasis": "100000.00",
                           "eligibleCategories": ["TRANSFER", "LICENSE", "DEVELOPMENT"], "policyClause": "%s",
                           "grantMode": "AUTOMATIC", "approval": "SUB_MARKET"}}""".formatted(CLAUSE))
                .when().post("/programmes/H1_VERSIONED/2083/terms").then().statusCode(201)
                .body("version", equalTo(2)).body("effectiveFrom", equalTo("2083-07-01"))
                .body("rate", equalTo("0.30")).body("reason", equalTo("年中调整补助比例"));
        given().auth().oauth2(PROVINCE).when().get("/programmes/H1_VERSIONED/2083/terms").then().statusCode(200)
                .body("version", contains(1, 2)).body("rate", contains("0.20", "0.30"));

        ContractRegistered spring = sale(LocalDate.of(2083, 3, 1));
        ContractRegistered summer = sale(LocalDate.of(2083, 8, 1));
        Contracts.send(spring);
        Contracts.send(summer);
        Map<String, Object> underFirst = Contracts.awaitEntitlements(spring, 1).get("H1_VERSIONED");
        Map<String, Object> underSecond = Contracts.awaitEntitlements(summer, 1).get("H1_VERSIONED");
        assertThat(underFirst.get("amount")).isEqualTo("160000.00");
        assertThat(underFirst.get("programmeVersion")).isEqualTo(1);
        assertThat(underSecond.get("amount")).isEqualTo("240000.00");
        assertThat(underSecond.get("programmeVersion")).isEqualTo(2);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        newVersion("H1_VERSIONED", 2083, today, "0.30").statusCode(400)
                .body("code", equalTo("EFFECTIVE_DATE_OUTSIDE_YEAR"));
        newVersion("H1_VERSIONED", 2083, "2083-06-30", "0.30").statusCode(409)
                .body("code", equalTo("EFFECTIVE_DATE_BEFORE_LATEST_VERSION"));
        newVersion("H1_VERSIONED", 2083, "2083-09-01", "0.55").statusCode(400)
                .body("code", equalTo("RATE_ABOVE_POLICY_LIMIT"));
        assertThat(Db.count(db, "select count(*) from programme_terms where programme_code = 'H1_VERSIONED'"))
                .isEqualTo(2);
    }

    @Test
    void aVersionCannotStartInThePast() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        // the demo programmes of this year (V2): a version from yesterday could rewrite what was assessed today
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        newVersion("INTERMEDIARY_SUBSIDY", thisYear, yesterday, "0.01").statusCode(400)
                .body("code", equalTo("EFFECTIVE_DATE_IN_PAST"));
    }

    static ValidatableResponse newVersion(String code, int year, String from, String rate) {
        return given().auth().oauth2(PROVINCE).contentType("application/json").body("""
                {"effectiveFrom": "%s", "reason": "调整",
                 "terms": {"rate": "%s", "eligibleCategories": ["TRANSFER"], "policyClause": "%s",
                           "grantMode": "AUTOMATIC", "approval": "SUB_MARKET"}}""".formatted(from, rate, CLAUSE))
                .when().post("/programmes/" + code + "/" + year + "/terms").then();
    }

    @Test
    void aTopUpGrantsWhatWaitsForBudgetOldestFirst() {
        open(PROVINCE, buyerProgramme("H1_TOPPED_UP", 2084, "450000", "100000.00", "0.20")).statusCode(201);
        ContractRegistered sale = sale(LocalDate.of(2084, 4, 1));
        Map<String, Object> waiting = Contracts.sendAndAwait(sale, 1).get("H1_TOPPED_UP");
        assertThat(waiting.get("status")).isEqualTo("WAITING_FOR_BUDGET");

        topUp("H1_TOPPED_UP", 2084, "0.00").statusCode(400);
        topUp("H1_TOPPED_UP", 2084, "-5.00").statusCode(400);
        topUp("H1_TOPPED_UP", 2084, "100000.001").statusCode(400);
        topUp("H1_TOPPED_UP", 2084, "100000.00").statusCode(200)
                .body("budget", equalTo("200000.00")).body("granted", equalTo("160000.00"))
                .body("remaining", equalTo("40000.00"));
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + waiting.get("id")).then().statusCode(200)
                .body("status", equalTo("GRANTED"));
        assertThat(Db.count(db, "select count(*) from journal_line where account_code = 'BUDGET:H1_TOPPED_UP:2084'"))
                .isEqualTo(3);
    }

    static ValidatableResponse topUp(String code, int year, String amount) {
        return given().auth().oauth2(PROVINCE).contentType("application/json")
                .body("{\"amount\": \"" + amount + "\", \"reason\": \"追加预算\"}")
                .when().post("/programmes/" + code + "/" + year + "/budget").then();
    }

    @Test
    void aClosedProgrammeAssessesNothingRegisteredAfterItsClose() {
        open(PROVINCE, buyerProgramme("H1_CLOSED", 2085, "450000", "1000000.00", "0.20")).statusCode(201);
        given().auth().oauth2(PROVINCE).when().post("/programmes/H1_CLOSED/2085/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", not(nullValue()))
                .body("actions", contains("budget", "copy"));
        given().auth().oauth2(PROVINCE).when().post("/programmes/H1_CLOSED/2085/close").then().statusCode(409)
                .body("code", equalTo("PROGRAMME_CLOSED"));
        newVersion("H1_CLOSED", 2085, "2085-06-01", "0.10").statusCode(409).body("code", equalTo("PROGRAMME_CLOSED"));

        ContractRegistered later = sale(LocalDate.of(2085, 5, 1));
        Contracts.send(later);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ((Number) year(2085).get("registrationsAwaitingProgramme")).intValue() >= 1);
        assertThat(year(2085).get("state")).isEqualTo("CLOSED");
        assertThat(Db.count(db, "select count(*) from entitlement where programme_code = 'H1_CLOSED'")).isZero();
    }

    @Test
    void aProgrammeIsCopiedToAnotherYearWithItsLatestTermsAndNoBudget() {
        open(PROVINCE, buyerProgramme("H1_COPIED", 2086, "450000", "1000000.00", "0.25")).statusCode(201);
        given().auth().oauth2(PROVINCE).queryParam("toYear", 2087).when().post("/programmes/H1_COPIED/2086/copy")
                .then().statusCode(201).body("budgetYear", equalTo(2087)).body("rate", equalTo("0.25"))
                .body("version", equalTo(1)).body("effectiveFrom", equalTo("2087-01-01"))
                .body("budget", equalTo("0.00")).body("policyClause", equalTo(CLAUSE));
        given().auth().oauth2(PROVINCE).queryParam("toYear", 2087).when().post("/programmes/H1_COPIED/2086/copy")
                .then().statusCode(409).body("code", equalTo("PROGRAMME_YEAR_EXISTS"));
        given().auth().oauth2(PROVINCE).when().get("/programmes/H1_COPIED/2086").then().statusCode(200)
                .body("actions", not(hasItem("copy")));
    }

    @Test
    void aCityRunsItsOwnProgrammeOnItsOwnBudgetAndTheProvinceSeesIt() {
        open(BAISE, buyerProgramme("H1_BAISE", 2088, "451000", "300000.00", "0.10")).statusCode(201)
                .body("subMarket", equalTo("451000")).body("actions", hasItem("budget"));
        open(PROVINCE, buyerProgramme("H1_PROVINCE", 2088, "450000", "300000.00", "0.10")).statusCode(201);

        // the province sees and runs both; 百色 sees the province's but runs only its own
        given().auth().oauth2(PROVINCE).when().get("/programmes/H1_BAISE/2088").then().statusCode(200)
                .body("actions", hasItem("close"));
        given().auth().oauth2(BAISE).when().get("/programmes/H1_PROVINCE/2088").then().statusCode(200)
                .body("actions", empty());
        given().auth().oauth2(BAISE).contentType("application/json").body("{\"amount\": \"1.00\"}")
                .when().post("/programmes/H1_PROVINCE/2088/budget").then().statusCode(403)
                .body("code", equalTo("PROGRAMME_OUTSIDE_SUB_MARKET"));
        // 柳州 does not see 百色's programme at all
        given().auth().oauth2(LIUZHOU).when().get("/programmes/H1_BAISE/2088").then().statusCode(404)
                .body("code", equalTo("PROGRAMME_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU).when().post("/programmes/H1_BAISE/2088/close").then().statusCode(404);
        given().auth().oauth2(LIUZHOU).when().get("/programmes/years/2088").then().statusCode(200)
                .body("programmes.code", contains("H1_PROVINCE"));
        given().auth().oauth2(ENTERPRISE).when().get("/programmes/years/2088").then().statusCode(403);
    }
}
