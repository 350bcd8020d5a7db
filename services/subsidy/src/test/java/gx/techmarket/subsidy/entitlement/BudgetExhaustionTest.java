package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.platform.testing.Db;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A budget never goes negative: what does not fit waits, and concurrent grants cannot overspend. Waiting, granted
 * when budget is added, reversed: at no step is any caller offered an action on the entitlement.
 */
@SubsidyTest
class BudgetExhaustionTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String OTHER_BROKER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String CLAUSE = "《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）（测试年度）";

    @Inject
    Budgets budgets;

    @Inject
    EntitlementService service;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Ledger ledger;

    @Test
    void whatDoesNotFitTheRemainingBudgetWaitsWithoutPostingOrAnnouncing() {
        budgets.open(new ProgrammeTerms("RESULT_TRANSFORMATION_POST_SUBSIDY", RuleKind.BUYER_POST_SUBSIDY,
                new BigDecimal("0.20"), new BigDecimal("500000.00"), new BigDecimal("100000.00"),
                EnumSet.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT), CLAUSE),
                "企业购买科技成果转化后补助", "Post-subsidy", 2031, new BigDecimal("100000.00"));
        Instant in2031 = Instant.parse("2031-03-02T02:00:00Z");

        // 0.20 × 800,000.00 = 160,000.00 > 100,000.00 left: waits
        Map<String, Object> waiting = Contracts.sendAndAwait(buy("1000000.00", "200000.00", in2031), 1)
                .get("RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(waiting.get("status")).isEqualTo("WAITING_FOR_BUDGET");
        assertThat(waiting.get("amount")).isEqualTo("160000.00");
        assertThat(waiting.get("journalEntryId")).isNull();

        // 0.20 × 250,000.00 = 50,000.00 fits: granted, 50,000.00 left
        assertThat(Contracts.sendAndAwait(buy("250000.00", "0.00", in2031), 1).get("RESULT_TRANSFORMATION_POST_SUBSIDY")
                .get("status")).isEqualTo("GRANTED");

        // 0.20 × 300,000.00 = 60,000.00 > 50,000.00 left: waits
        Map<String, Object> alsoWaiting = Contracts.sendAndAwait(buy("300000.00", "0.00", in2031), 1)
                .get("RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(alsoWaiting.get("status")).isEqualTo("WAITING_FOR_BUDGET");

        given().auth().oauth2(PROVINCE).queryParam("year", 2031).when().get("/programmes").then().statusCode(200)
                .body("total", equalTo(1)).body("items.size()", equalTo(1))
                .body("items[0].code", equalTo("RESULT_TRANSFORMATION_POST_SUBSIDY"))
                .body("items[0].budget", equalTo("100000.00"))
                .body("items[0].granted", equalTo("50000.00"))
                .body("items[0].remaining", equalTo("50000.00"));
        given().auth().oauth2(PROVINCE).queryParam("year", 2031).queryParam("status", "WAITING_FOR_BUDGET")
                .when().get("/entitlements").then().statusCode(200).body("total", equalTo(2));

        // waiting entitlements are neither posted nor announced
        for (Map<String, Object> e : List.of(waiting, alsoWaiting)) {
            UUID id = UUID.fromString((String) e.get("id"));
            assertThat(Db.count(dataSource, "select count(*) from journal_entry where entitlement_id = ?", id)).isZero();
            assertThat(Db.count(dataSource, "select count(*) from outbox where aggregateid = ?", id.toString())).isZero();
        }
        assertThat(remaining("RESULT_TRANSFORMATION_POST_SUBSIDY", 2031)).isEqualByComparingTo("50000.00");

        // a top-up of 120,000.00 (170,000.00 left) grants the oldest waiting one (160,000.00); 60,000.00 keeps waiting
        List<EntitlementView> released = service.allocate("RESULT_TRANSFORMATION_POST_SUBSIDY", 2031,
                new BigDecimal("120000.00"), "2031年度追加预算");
        assertThat(released).extracting(EntitlementView::id).containsExactly(UUID.fromString((String) waiting.get("id")));
        assertThat(released.get(0).status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(released.get(0).journalEntryId()).isNotNull();
        given().auth().oauth2(PROVINCE).when().get("/entitlements/" + alsoWaiting.get("id")).then().statusCode(200)
                .body("status", equalTo("WAITING_FOR_BUDGET"));
        assertThat(remaining("RESULT_TRANSFORMATION_POST_SUBSIDY", 2031)).isEqualByComparingTo("10000.00");
        String releasedId = (String) waiting.get("id");
        ConsumerRecord<String, String> event = Topics.await("subsidy.grants.v1", Duration.ofSeconds(30),
                r -> releasedId.equals(r.key())).orElseThrow();
        assertThat(EventSchemas.validate("subsidy.SubsidyGranted.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).get("amount").asText()).isEqualTo("160000.00");
        given().auth().oauth2(PROVINCE).queryParam("year", 2031).when().get("/programmes").then().statusCode(200)
                .body("items[0].budget", equalTo("220000.00")).body("items[0].granted", equalTo("210000.00"))
                .body("items[0].remaining", equalTo("10000.00"));
    }

    @Test
    void concurrentContractsNeverSpendMoreThanTheBudget() throws Exception {
        budgets.open(new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null,
                null, EnumSet.allOf(ContractCategory.class), CLAUSE), "技术转移中介机构补助", "Intermediary subsidy",
                2032, new BigDecimal("50000.00"));
        Instant in2032 = Instant.parse("2032-05-10T03:00:00Z");
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // each gives the broker 1% of 1,000,000.00 = 10,000.00; the budget holds five
            ContractRegistered contract = Contracts.contract(ContractType.SERVICE, Orgs.GXU,
                    Orgs.BAISE_ALUMINIUM, Orgs.GX_TECH_TRANSFER,
                    "1000000.00", "0.00", in2032);
            work.add(() -> QuarkusTransaction.requiringNew()
                    .call(() -> service.derive(contract, UUID.randomUUID()).size()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> f : pool.invokeAll(work)) {
                assertThat(f.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Db.count(dataSource, """
                select count(*) from entitlement where programme_code = 'INTERMEDIARY_SUBSIDY' and budget_year = 2032
                and status = 'GRANTED'""")).isEqualTo(5);
        assertThat(Db.count(dataSource, """
                select count(*) from entitlement where programme_code = 'INTERMEDIARY_SUBSIDY' and budget_year = 2032
                and status = 'WAITING_FOR_BUDGET'""")).isEqualTo(3);
        assertThat(remaining("INTERMEDIARY_SUBSIDY", 2032)).isEqualByComparingTo("0.00");
        // the kept balance (what the grants checked and updated) went through every grant and ended at the lines' sum
        assertThat(Db.count(dataSource, "select line_count from account_balance where account_code = ?",
                "BUDGET:INTERMEDIARY_SUBSIDY:2032")).isEqualTo(6);
        assertThat(ledger.reconcile()).isEmpty();
        given().auth().oauth2(PROVINCE).queryParam("year", 2032).when().get("/programmes").then().statusCode(200)
                .body("items[0].remaining", equalTo("0.00")).body("items[0].granted", equalTo("50000.00"));
    }

    @Test
    void openingAProgrammeYearTwiceIsRefused() {
        ProgrammeTerms terms = new ProgrammeTerms("REGISTRATION_BODY_SUBSIDY", RuleKind.REGISTRATION_BODY,
                new BigDecimal("0.001"), null, null, EnumSet.allOf(ContractCategory.class), CLAUSE);
        budgets.open(terms, "技术合同登记机构补助", "Registration body subsidy", 2033, new BigDecimal("1000.00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> budgets.open(terms, "技术合同登记机构补助",
                        "Registration body subsidy", 2033, new BigDecimal("1000.00")))
                .hasMessage("PROGRAMME_YEAR_EXISTS");
        budgets.allocate("REGISTRATION_BODY_SUBSIDY", 2033, new BigDecimal("500.00"), "2033年度追加预算");
        given().auth().oauth2(PROVINCE).queryParam("year", 2033).when().get("/programmes").then().statusCode(200)
                .body("items[0].budget", equalTo("1500.00")).body("items[0].remaining", equalTo("1500.00"))
                .body("items[0].granted", equalTo("0.00"));
    }

    @Test
    void noCallerIsOfferedAnActionOnAnEntitlementAtAnyStep() {
        budgets.open(new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null, null,
                EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1%（测试年度）"), "技术转移中介机构补助",
                "Intermediary subsidy", 2034, new BigDecimal("1.00"));
        ContractRegistered contract = Contracts.contract(ContractType.SERVICE, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS,
                Orgs.GX_TECH_TRANSFER, "100000.00", "0.00", Instant.parse("2034-04-01T02:00:00Z"));
        UUID id = QuarkusTransaction.requiringNew().call(() -> service.derive(contract, UUID.randomUUID())).get(0).id();

        assertNoActions(id, "WAITING_FOR_BUDGET");
        service.allocate("INTERMEDIARY_SUBSIDY", 2034, new BigDecimal("1000.00"), "2034年度追加预算");
        assertNoActions(id, "GRANTED");
        service.reverse(id, "合同登记已注销");
        assertNoActions(id, "REVERSED");
        // a programme, unlike its entitlements, is run by admins (issue 16): the province may change it
        given().auth().oauth2(PROVINCE).queryParam("year", 2034).when().get("/programmes").then().statusCode(200)
                .body("items[0].actions", hasItems("terms", "budget", "close"));
    }

    /** Neither the beneficiary nor an operator may act on it, in any list or read; anyone else does not see it. */
    private void assertNoActions(UUID id, String status) {
        for (String token : new String[] {BROKER, PROVINCE}) {
            given().auth().oauth2(token).when().get("/entitlements/" + id).then().statusCode(200)
                    .body("status", equalTo(status)).body("actions", empty());
        }
        given().auth().oauth2(BROKER).queryParam("size", 100).when().get("/entitlements/mine").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", empty());
        given().auth().oauth2(PROVINCE).queryParam("year", 2034).when().get("/entitlements").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", empty());
        given().auth().oauth2(OTHER_BROKER).when().get("/entitlements/" + id).then().statusCode(404);
    }

    private BigDecimal remaining(String code, int year) {
        return Db.decimal(dataSource, "select -coalesce(sum(amount), 0) from journal_line where account_code = ?",
                "BUDGET:" + code + ":" + year);
    }

    private static ContractRegistered buy(String total, String equipment, Instant at) {
        return Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU,
                Orgs.LIUZHOU_AUTO_PARTS, null, total, equipment, at);
    }
}
