package gx.techmarket.statistics.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengeFailureReason;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.contracts.events.VoucherExpired;
import gx.techmarket.contracts.events.VoucherIssued;
import gx.techmarket.contracts.events.VoucherRedeemed;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.statistics.Events;
import gx.techmarket.statistics.StatisticsServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listings, challenges, subsidies and targets of a seeded year (2020), and every figure as a workbook. */
@QuarkusTest
class MarketFiguresTest extends StatisticsServiceTest {

    static final int YEAR = 2020;
    static final UUID VOUCHER_PROGRAMME = UUID.fromString("7f1c2a9e-4b1d-4c55-9a0e-2d3f4a5b6c7d");
    private static boolean seeded;

    static Instant at(String chinaTime) {
        return Instant.parse(chinaTime + "+08:00");
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        List<DomainEvent> events = new ArrayList<>();
        // 科技成果: two in 南宁 (one withdrawn in June), one in 桂林
        ResultPublished r1 = result(Orgs.GXU, "450100", at("2020-03-10T09:00:00"));
        ResultPublished r2 = result(Orgs.GXAS, "450100", at("2020-03-20T09:00:00"));
        ResultPublished r3 = result(Orgs.GUET, "450300", at("2020-04-02T09:00:00"));
        events.addAll(List.of(r1, r2, r3, new ResultWithdrawn(r2.resultId(), Orgs.GXAS.uscc(), "已转让",
                at("2020-06-01T10:00:00"))));
        // 技术需求: 百色's matched after 10 days, 柳州's expired
        DemandPublished d1 = demand(Orgs.BAISE_ALUMINIUM, "451000", at("2020-03-01T08:00:00"));
        DemandPublished d2 = demand(Orgs.LIUZHOU_AUTO_PARTS, "450200", at("2020-04-01T08:00:00"));
        UUID challenge = UUID.randomUUID();
        events.addAll(List.of(d1, d2,
                new DemandMatched(d1.demandId(), d1.title(), Orgs.BAISE_ALUMINIUM.uscc(), challenge, null,
                        at("2020-03-11T08:00:00")),
                new DemandExpired(d2.demandId(), d2.title(), Orgs.LIUZHOU_AUTO_PARTS.uscc(), LocalDate.of(2020, 4, 30),
                        at("2020-05-01T00:10:00"))));
        // 揭榜挂帅: 百色's awarded after 30 days at 800,000.00, 柳州's failed (流标)
        UUID failed = UUID.randomUUID();
        events.addAll(List.of(
                ChallengePublished.technologyBreakthrough(challenge, d1.demandId(), "赤泥综合利用", Orgs.BAISE_ALUMINIUM,
                        "451000", at("2020-03-31T08:00:00"), at("2020-02-01T08:00:00")),
                new ChallengeAwarded(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, d1.demandId(), null,
                        Orgs.BAISE_ALUMINIUM, null, Orgs.GXU, UUID.randomUUID(), new BigDecimal("800000.00"), 12,
                        at("2020-03-02T08:00:00")),
                ChallengePublished.technologyBreakthrough(failed, d2.demandId(), "轻量化底盘", Orgs.LIUZHOU_AUTO_PARTS,
                        "450200", at("2020-03-31T08:00:00"), at("2020-02-05T08:00:00")),
                new ChallengeFailed(failed, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "轻量化底盘", "450200",
                        Orgs.LIUZHOU_AUTO_PARTS, ChallengeFailureReason.NO_BIDS, at("2020-04-01T08:00:00"))));
        // contracts sold from 百色 in 2020: 600,000.00 + 400,000.50 registered, 1,000,000.00 deregistered
        ContractRegistered c1 = contract(Orgs.BAISE_ALUMINIUM, Orgs.LIUZHOU_AUTO_PARTS, "600000.00");
        ContractRegistered c2 = contract(Orgs.BAISE_ALUMINIUM, Orgs.GX_SUGAR_GROUP, "400000.50");
        ContractRegistered c3 = contract(Orgs.BAISE_ALUMINIUM, Orgs.GX_SUGAR_GROUP, "1000000.00");
        events.addAll(List.of(c1, c2, c3, new ContractDeregistered(c3.contractId(), c3.registrationNumber(),
                c3.title(), c3.contractType(), c3.seller(), c3.buyer(), null, c3.registrationPoint(),
                DeregistrationReason.RESCINDED, "合同解除", at("2020-08-01T10:00:00"))));
        // subsidies of budget year 2020: two grants, an approved claim, a payment to the Nanning agency
        events.addAll(List.of(
                grant("INTERMEDIARY_SUBSIDY", Orgs.GX_TECH_TRANSFER, "6000.00", c1),
                grant("ENTERPRISE_POST_SUBSIDY", Orgs.LIUZHOU_AUTO_PARTS, "150000.00", c1),
                new ClaimDecided(UUID.randomUUID(), "ENTERPRISE_POST_SUBSIDY", YEAR, Orgs.LIUZHOU_AUTO_PARTS.uscc(),
                        Orgs.LIUZHOU_AUTO_PARTS.name(), c1.registrationNumber(), ClaimDecided.Decision.APPROVED,
                        new BigDecimal("150000.00"), null, at("2020-09-01T10:00:00")),
                new SubsidyPaid(UUID.randomUUID(), "BF2020000001", "INTERMEDIARY_SUBSIDY", YEAR,
                        Orgs.GX_TECH_TRANSFER.uscc(), Orgs.GX_TECH_TRANSFER.name(), new BigDecimal("6000.00"),
                        new BigDecimal("1000.00"), new BigDecimal("5000.00"), "BF2020000001-001", "ICBC20201001",
                        LocalDate.of(2020, 10, 1), at("2020-10-01T15:00:00"))));
        Events.sendAll(db, events);
        // 创新券 of budget year 2020 (the province's programme): one redeemed with 8,000 back to the budget, one
        // expired, one still held, and one whose redemption arrives before its issue (the later state wins)
        UUID round = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        events.clear();
        events.addAll(List.of(
                new VoucherIssued(a, round, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.LIUZHOU_AUTO_PARTS,
                        new BigDecimal("50000.00"), at("2020-03-01T10:00:00")),
                new VoucherRedeemed(a, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.LIUZHOU_AUTO_PARTS, Orgs.GXU,
                        c1.contractId(), c1.registrationNumber(), new BigDecimal("50000.00"),
                        new BigDecimal("42000.00"), new BigDecimal("8000.00"), at("2020-07-01T10:00:00")),
                new VoucherIssued(b, round, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.BAISE_ALUMINIUM,
                        new BigDecimal("30000.00"), at("2020-03-01T10:00:00")),
                new VoucherExpired(b, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.BAISE_ALUMINIUM,
                        new BigDecimal("30000.00"), at("2020-12-31T16:00:00")),
                new VoucherIssued(UUID.randomUUID(), round, "INNOVATION_VOUCHER", YEAR, "450000",
                        Orgs.LIUZHOU_AUTO_PARTS, new BigDecimal("20000.00"), at("2020-03-02T10:00:00")),
                new VoucherRedeemed(d, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.GX_TECH_TRANSFER, Orgs.GXU,
                        c1.contractId(), c1.registrationNumber(), new BigDecimal("10000.00"),
                        new BigDecimal("10000.00"), new BigDecimal("0.00"), at("2020-08-01T10:00:00")),
                new VoucherIssued(d, round, "INNOVATION_VOUCHER", YEAR, "450000", Orgs.GX_TECH_TRANSFER,
                        new BigDecimal("10000.00"), at("2020-03-03T10:00:00")),
                // the programme's budget: versions arrive out of order, the highest stands
                new BudgetChanged(VOUCHER_PROGRAMME, "INNOVATION_VOUCHER", YEAR, "450000", new BigDecimal("1000000.00"),
                        new BigDecimal("1000000.00"), 1, at("2020-01-02T10:00:00")),
                new BudgetChanged(VOUCHER_PROGRAMME, "INNOVATION_VOUCHER", YEAR, "450000", new BigDecimal("1000000.00"),
                        new BigDecimal("900000.00"), 3, at("2020-03-03T10:00:00")),
                new BudgetChanged(VOUCHER_PROGRAMME, "INNOVATION_VOUCHER", YEAR, "450000", new BigDecimal("1000000.00"),
                        new BigDecimal("950000.00"), 2, at("2020-03-01T10:00:00")),
                // 百色's own programme: a budget, nothing granted yet
                new BudgetChanged(UUID.randomUUID(), "BAISE_VOUCHER", YEAR, "451000", new BigDecimal("200000.00"),
                        new BigDecimal("200000.00"), 1, at("2020-01-05T10:00:00"))));
        Events.sendAll(db, events);
        seeded = true;
    }

    static String province() {
        return Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    }

    static String baise() {
        return Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    }

    static JsonNode get(String token, String path, Map<String, String> query) {
        var r = given().auth().oauth2(token);
        query.forEach(r::queryParam);
        String body = r.when().get(path).then().statusCode(200).extract().asString();
        try {
            return ContractFiguresTest.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    static JsonNode row(JsonNode figures, String key) {
        for (JsonNode row : figures.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + figures);
    }

    @Test
    void listingsCountEachEventInItsOwnMonthAndTheDaysToAMatch() {
        JsonNode byMonth = get(province(), "/statistics/listings", Map.of("from", "2020", "to", "2020"));
        assertThat(row(byMonth, "2020-03").get("published").asLong()).isEqualTo(3); // r1, r2, d1
        assertThat(row(byMonth, "2020-03").get("matched").asLong()).isEqualTo(1);
        assertThat(row(byMonth, "2020-03").get("avgDaysToMatch").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(row(byMonth, "2020-04").get("published").asLong()).isEqualTo(2); // r3, d2
        assertThat(row(byMonth, "2020-05").get("expired").asLong()).isEqualTo(1);
        assertThat(row(byMonth, "2020-06").get("withdrawn").asLong()).isEqualTo(1);
        assertThat(byMonth.get("total").get("published").asLong()).isEqualTo(5);

        JsonNode demandsByCity = get(province(), "/statistics/listings",
                Map.of("kind", "DEMAND", "by", "city", "from", "2020", "to", "2020"));
        assertThat(demandsByCity.get("rows")).hasSize(2);
        assertThat(row(demandsByCity, "451000").get("label").asText()).isEqualTo("百色市");
        assertThat(row(demandsByCity, "451000").get("labelEn").asText()).isEqualTo("Baise");

        JsonNode baise = get(baise(), "/statistics/listings", Map.of("by", "city", "from", "2020", "to", "2020"));
        assertThat(baise.get("rows")).hasSize(1);
        assertThat(row(baise, "451000").get("matched").asLong()).isEqualTo(1);
    }

    @Test
    void challengesPublishedAwardedAndFailedWithTheAwardedAmount() {
        JsonNode byCity = get(province(), "/statistics/challenges", Map.of("by", "city", "from", "2020", "to", "2020"));
        JsonNode baise = row(byCity, "451000");
        assertThat(baise.get("published").asLong()).isEqualTo(1);
        assertThat(baise.get("awarded").asLong()).isEqualTo(1);
        assertThat(dec(baise.get("awardedAmount")).toPlainString()).isEqualTo("800000.00");
        assertThat(dec(baise.get("avgDaysToAward"))).isEqualByComparingTo("30.0");
        assertThat(row(byCity, "450200").get("failed").asLong()).isEqualTo(1);
        JsonNode byKind = get(baise(), "/statistics/challenges", Map.of("by", "kind", "from", "2020", "to", "2020"));
        assertThat(row(byKind, "TECHNOLOGY_BREAKTHROUGH").get("label").asText()).isEqualTo("技术攻关类");
        assertThat(byKind.get("total").get("failed").asLong()).isZero(); // 柳州's is not 百色's
    }

    @Test
    void subsidiesGrantedClaimedAndPaidPerProgrammeAndCity() {
        JsonNode byProgramme = get(province(), "/statistics/subsidies", Map.of("year", "2020"));
        JsonNode intermediary = null;
        for (JsonNode row : byProgramme) {
            if (row.get("key").asText().equals("INTERMEDIARY_SUBSIDY")) {
                intermediary = row;
            }
        }
        assertThat(intermediary).isNotNull();
        assertThat(dec(intermediary.get("grantedAmount")).toPlainString()).isEqualTo("6000.00");
        assertThat(dec(intermediary.get("paidGross")).toPlainString()).isEqualTo("6000.00");
        assertThat(dec(intermediary.get("paidNet")).toPlainString()).isEqualTo("5000.00");
        JsonNode liuzhou = get(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE), "/statistics/subsidies",
                Map.of("year", "2020", "by", "city"));
        assertThat(liuzhou).hasSize(1);
        assertThat(liuzhou.get(0).get("key").asText()).isEqualTo("450200");
        assertThat(dec(liuzhou.get(0).get("grantedAmount")).toPlainString()).isEqualTo("150000.00");
        assertThat(dec(liuzhou.get(0).get("claimedAmount")).toPlainString()).isEqualTo("150000.00");
        assertThat(liuzhou.get(0).get("paid").asLong()).isZero();
    }

    @Test
    void vouchersIssuedRedeemedAndExpiredAndTheBudgetRemainingPerProgrammeAndSubMarket() {
        JsonNode vouchers = subsidyRow(get(province(), "/statistics/subsidies", Map.of("year", "2020")),
                "INNOVATION_VOUCHER");
        assertThat(vouchers.get("vouchersIssued").asLong()).isEqualTo(4);
        assertThat(vouchers.get("issuedValue").asText()).isEqualTo("110000.00");
        assertThat(vouchers.get("vouchersRedeemed").asLong()).isEqualTo(2);
        assertThat(vouchers.get("redeemedAmount").asText()).isEqualTo("52000.00");
        assertThat(vouchers.get("vouchersExpired").asLong()).isEqualTo(1);
        assertThat(vouchers.get("returnedAmount").asText()).isEqualTo("38000.00");
        assertThat(vouchers.get("subMarket").asText()).isEqualTo("450000");
        assertThat(vouchers.get("budget").asText()).isEqualTo("1000000.00");
        assertThat(vouchers.get("available").asText()).isEqualTo("900000.00");
        JsonNode baiseProgramme = subsidyRow(get(province(), "/statistics/subsidies", Map.of("year", "2020")),
                "BAISE_VOUCHER");
        assertThat(baiseProgramme.get("available").asText()).isEqualTo("200000.00");
        assertThat(baiseProgramme.get("vouchersIssued").asLong()).isZero();

        // 百色 sees its own programme's budget and its holders' vouchers of the province's, not the province's budget
        JsonNode baise = get(baise(), "/statistics/subsidies", Map.of("year", "2020"));
        assertThat(subsidyRow(baise, "BAISE_VOUCHER").get("budget").asText()).isEqualTo("200000.00");
        JsonNode baiseHolders = subsidyRow(baise, "INNOVATION_VOUCHER");
        assertThat(baiseHolders.get("vouchersIssued").asLong()).isEqualTo(1);
        assertThat(baiseHolders.get("vouchersExpired").asLong()).isEqualTo(1);
        assertThat(baiseHolders.get("budget").isNull()).isTrue();
        // 柳州 by city: its holders' two vouchers, one redeemed
        JsonNode liuzhou = get(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE), "/statistics/subsidies",
                Map.of("year", "2020", "by", "city")).get(0);
        assertThat(liuzhou.get("vouchersIssued").asLong()).isEqualTo(2);
        assertThat(liuzhou.get("issuedValue").asText()).isEqualTo("70000.00");
        assertThat(liuzhou.get("vouchersRedeemed").asLong()).isEqualTo(1);
        assertThat(liuzhou.get("redeemedAmount").asText()).isEqualTo("42000.00");
        assertThat(liuzhou.get("budget").isNull()).isTrue();
    }

    static JsonNode subsidyRow(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }

    @Test
    void theProvinceSetsTargetsAndEachCitySeesItsProgress() {
        given().auth().oauth2(province()).contentType("application/json")
                .body("{\"amount\": \"2000000.00\", \"source\": \"百色市2020年技术合同成交额目标\"}")
                .when().put("/statistics/targets/451000/2020").then().statusCode(200)
                .body("region", equalTo("451000")).body("label", equalTo("百色市"));
        JsonNode baise = get(baise(), "/statistics/targets", Map.of("year", "2020"));
        assertThat(baise).hasSize(1);
        assertThat(dec(baise.get(0).get("achieved")).toPlainString()).isEqualTo("1000000.50");
        assertThat(dec(baise.get(0).get("progress")).toPlainString()).isEqualTo("0.5000");
        JsonNode province = get(province(), "/statistics/targets", Map.of("year", "2020"));
        assertThat(province).hasSize(15); // the province and its 14 cities
        assertThat(province.get(0).get("region").asText()).isEqualTo("450000");
        // the view says who may set a target: the province's operators, not a city's
        assertThat(province.get(0).get("actions").get(0).asText()).isEqualTo("set");
        assertThat(baise.get(0).get("actions")).isEmpty();
        // a city does not set targets, its own neither
        given().auth().oauth2(baise()).contentType("application/json").body("{\"amount\": \"3000000.00\"}")
                .when().put("/statistics/targets/451000/2020").then().statusCode(403)
                .body("code", equalTo("TARGET_PROVINCE_ONLY"));
        // the policy documents' targets are there from the start
        JsonNode y2025 = get(province(), "/statistics/targets", Map.of("year", "2025"));
        assertThat(dec(y2025.get(0).get("target")).toPlainString()).isEqualTo("120000000000.00");
    }

    @Test
    void everyFigureIsAlsoAWorkbook() throws Exception {
        for (String path : List.of("/statistics/contracts.xlsx?by=city&from=2020&to=2020",
                "/statistics/listings.xlsx?from=2020&to=2020", "/statistics/challenges.xlsx?from=2020&to=2020",
                "/statistics/subsidies.xlsx?year=2020", "/statistics/brokers.xlsx?from=2020&to=2020",
                "/statistics/targets.xlsx?year=2020")) {
            byte[] xlsx = given().auth().oauth2(province()).when().get(path).then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .extract().asByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as(path).isNotBlank();
            }
        }
        byte[] xlsx = given().auth().oauth2(baise()).when().get("/statistics/contracts.xlsx?by=city&from=2020&to=2020")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("451000");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1000000.50);
        }
    }

    @Test
    void anyoneReadsTheYearInAggregatesAndNothingNamed() {
        String body = given().when().get("/statistics/public/summary?year=2020").then().statusCode(200).extract()
                .asString();
        JsonNode summary;
        try {
            summary = ContractFiguresTest.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
        assertThat(summary.get("contracts").get("count").asLong()).isEqualTo(2);
        // two contracts: their count is public, their amounts would tell the price of a deal (Disclosure)
        assertThat(summary.get("contracts").get("totalAmount").isNull()).isTrue();
        assertThat(summary.get("byCity").get(0).get("key").asText()).isEqualTo("451000");
        assertThat(summary.get("byCity").get(0).get("totalAmount").isNull()).isTrue();
        assertThat(body).doesNotContain("1000000.50").doesNotContain("600000.00").doesNotContain("400000.50");
        assertThat(summary.get("listings").get("resultsPublished").asLong()).isEqualTo(3);
        assertThat(summary.get("listings").get("demandsPublished").asLong()).isEqualTo(2);
        assertThat(summary.get("listings").get("demandsMatched").asLong()).isEqualTo(1);
        assertThat(summary.get("challenges").get("awarded").asLong()).isEqualTo(1);
        // aggregates only: no organisation, registration number or listing is named
        assertThat(body).doesNotContain(Orgs.BAISE_ALUMINIUM.name(), Orgs.BAISE_ALUMINIUM.uscc(),
                Orgs.LIUZHOU_AUTO_PARTS.name(), "20451001", "赤泥", "需求", "成果2020");
        given().when().get("/statistics/public/summary?year=2999").then().statusCode(400)
                .body("code", equalTo("INVALID_YEAR"));
        given().when().get("/statistics/public/summary?region=451000").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_PARAMETER"));
    }

    static ResultPublished result(Party holder, String region, Instant at) {
        return new ResultPublished(UUID.randomUUID(), "成果" + at, "摘要", "SUGAR", Maturity.PILOT, 7,
                List.of(TransferMode.TRANSFER), null, true, List.of(), holder, region, at);
    }

    static DemandPublished demand(Party demander, String region, Instant at) {
        return new DemandPublished(UUID.randomUUID(), "需求" + at, "问题", "ALUMINIUM", null, null,
                LocalDate.of(2020, 4, 30), region, List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), demander, at);
    }

    static ContractRegistered contract(Party seller, Party buyer, String total) {
        BigDecimal amount = new BigDecimal(total);
        String number = String.format("20451001%06d", new java.util.Random().nextInt(1_000_000));
        return new ContractRegistered(UUID.randomUUID(), number, "赤泥综合利用技术开发合同", ContractType.DEVELOPMENT_COMMISSIONED,
                seller, buyer, null, SeededContracts.BAISE, amount, new BigDecimal("0.00"), amount, List.of(),
                LocalDate.of(2020, 5, 1), at("2020-05-10T10:00:00"), "2026.1");
    }

    static SubsidyGranted grant(String programme, Party beneficiary, String amount, ContractRegistered c) {
        return new SubsidyGranted(UUID.randomUUID(), programme, "桂科规字〔2020〕1号 第五条", beneficiary, c.contractId(),
                c.registrationNumber(), c.technologyTransactionAmount(), new BigDecimal("0.01"), new BigDecimal(amount),
                YEAR, at("2020-06-01T10:00:00"));
    }

    /** A figure's amount: a JSON string, to the fen (a number for averages). */
    static BigDecimal dec(JsonNode node) {
        return new BigDecimal(node.asText());
    }
}
