package gx.techmarket.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.BudgetYear;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 变更登记 and 注销登记 reaching subsidy: what a contract gave is taken back by reversing entries (never edits), the
 * amended facts are assessed anew, exact to the fen, and a change heard twice or late changes nothing. Each test opens
 * programme years of its own, so every budget figure is exact.
 */
@SubsidyTest
class RegistrationChangeTest {

    static final String CLAUSE = "《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）（测试年度）";
    static final String BUYER = "RESULT_TRANSFORMATION_POST_SUBSIDY";
    static final String BROKER = "INTERMEDIARY_SUBSIDY";
    static final String POINT = "REGISTRATION_BODY_SUBSIDY";

    @Inject
    EntitlementService service;

    @Inject
    Budgets budgets;

    @Inject
    Ledger ledger;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAmendmentReversesEveryGrantAndGrantsTheAmendedAmountsToTheFenAndACancellationReversesThemAll() {
        int year = 2035;
        ContractRegistered registered = example(ContractType.TRANSFER_PATENT, Instant.parse("2035-06-01T02:00:00Z"));
        Map<String, Entitlement> first = byProgramme(QuarkusTransaction.requiringNew()
                .call(() -> service.derive(registered, UUID.randomUUID())));
        assertThat(first.get(BUYER).amount).isEqualByComparingTo("160000.00");
        assertThat(first.get(BROKER).amount).isEqualByComparingTo("8000.00");
        assertThat(first.get(POINT).amount).isEqualByComparingTo("800.00");
        assertRemaining(year, "840000.00", "92000.00", "9200.00");

        // 变更登记 1: 成交总额 600,000.33 with 100,000.00 equipment, T = 500,000.33; 0.20 T = 100,000.066 → 100,000.07,
        // 0.01 T = 5,000.0033 → 5,000.00, 0.001 T = 500.00033 → 500.00 (HALF_UP to the fen)
        ContractRegistered amended = Contracts.amended(registered, "600000.33", "100000.00");
        Map<String, Entitlement> second = byProgramme(QuarkusTransaction.requiringNew()
                .call(() -> service.amend(amended, 1, "成交总额变更", UUID.randomUUID())));
        assertThat(second.get(BUYER).amount).isEqualByComparingTo("100000.07");
        assertThat(second.get(BROKER).amount).isEqualByComparingTo("5000.00");
        assertThat(second.get(POINT).amount).isEqualByComparingTo("500.00");
        second.values().forEach(e -> {
            assertThat(e.amendmentNumber).isEqualTo(1);
            assertThat(e.status()).isEqualTo(EntitlementStatus.GRANTED);
            assertThat(e.basisAmount).isEqualByComparingTo("500000.33");
            assertThat(e.registeredAt).isEqualTo(registered.registeredAt());
        });
        for (Entitlement e : first.values()) {
            Entitlement now = read(e.id());
            assertThat(now.status()).isEqualTo(EntitlementStatus.REVERSED);
            assertThat(now.endReason).startsWith("变更登记（第1次，合同登记编号 " + registered.registrationNumber() + "）：成交总额变更");
            assertExactlyReversed(e.id());
        }
        assertRemaining(year, "899999.93", "95000.00", "9500.00");

        // heard again under a new event id, or an earlier amendment heard late: nothing changes
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> service.amend(amended, 1, "成交总额变更", UUID.randomUUID()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> service.derive(registered, UUID.randomUUID()))).isEmpty();
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ?",
                registered.contractId())).isEqualTo(6);

        // 注销登记: everything still granted is reversed, and the budgets are whole again, to the fen
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.deregister(registered.contractId(),
                registered.registrationNumber(), DeregistrationReason.RESCINDED, "双方协议解除合同",
                Instant.parse("2035-09-01T02:00:00Z"), UUID.randomUUID()))).isEqualTo(3);
        for (Entitlement e : second.values()) {
            Entitlement now = read(e.id());
            assertThat(now.status()).isEqualTo(EntitlementStatus.REVERSED);
            assertThat(now.endReason).isEqualTo("注销登记（合同解除，合同登记编号 " + registered.registrationNumber()
                    + "）：双方协议解除合同");
            assertExactlyReversed(e.id());
        }
        assertRemaining(year, "1000000.00", "100000.00", "10000.00");

        // once only; and nothing heard after it gives anything
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.deregister(registered.contractId(),
                registered.registrationNumber(), DeregistrationReason.VOID, "再次注销",
                Instant.parse("2035-09-02T02:00:00Z"), UUID.randomUUID()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.amend(
                Contracts.amended(registered, "900000.00", "0.00"), 2, "注销后变更", UUID.randomUUID()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> service.derive(registered, UUID.randomUUID()))).isEmpty();
        assertRemaining(year, "1000000.00", "100000.00", "10000.00");
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ? and status = 'GRANTED'",
                registered.contractId())).isZero();
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void aWaitingEntitlementIsWithdrawnAndBudgetGivenBackGoesToTheOldestWaitingOneThatFits() {
        int year = 2036;
        budgets.open(new ProgrammeTerms(BROKER, RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null, null,
                EnumSet.allOf(ContractCategory.class), CLAUSE), "技术转移中介机构补助", "Intermediary subsidy", year,
                new BigDecimal("10000.00"));
        Instant in2036 = Instant.parse("2036-04-01T02:00:00Z");
        ContractRegistered a = brokered("800000.00", in2036);
        ContractRegistered b = brokered("500000.00", in2036);
        ContractRegistered c = brokered("900000.00", in2036);
        Entitlement grantedA = derive(a);
        Entitlement waitingB = derive(b);
        assertThat(grantedA.status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(waitingB.status()).isEqualTo(EntitlementStatus.WAITING_FOR_BUDGET);
        assertThat(remaining(BROKER, year)).isEqualByComparingTo("2000.00");

        // A is cancelled: its 8,000.00 comes back and B's 5,000.00 now fits
        QuarkusTransaction.requiringNew().call(() -> service.deregister(a.contractId(), a.registrationNumber(),
                DeregistrationReason.VOID, "合同被认定无效", in2036, UUID.randomUUID()));
        assertThat(read(grantedA.id()).status()).isEqualTo(EntitlementStatus.REVERSED);
        assertThat(read(waitingB.id()).status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(remaining(BROKER, year)).isEqualByComparingTo("5000.00");

        // C's 9,000.00 waits; B amended to 300,000.00 gives back 5,000.00 and takes 3,000.00: C still does not fit
        Entitlement waitingC = derive(c);
        assertThat(waitingC.status()).isEqualTo(EntitlementStatus.WAITING_FOR_BUDGET);
        Entitlement amendedB = QuarkusTransaction.requiringNew().call(() -> service.amend(
                Contracts.amended(b, "300000.00", "0.00"), 1, "价款变更", UUID.randomUUID())).get(0);
        assertThat(amendedB.amount).isEqualByComparingTo("3000.00");
        assertThat(amendedB.status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(read(waitingC.id()).status()).isEqualTo(EntitlementStatus.WAITING_FOR_BUDGET);
        assertThat(remaining(BROKER, year)).isEqualByComparingTo("7000.00");

        // C is cancelled while waiting: withdrawn, nothing posted, and budget added later does not grant it
        QuarkusTransaction.requiringNew().call(() -> service.deregister(c.contractId(), c.registrationNumber(),
                DeregistrationReason.RESCINDED, "合同解除", in2036, UUID.randomUUID()));
        Entitlement withdrawn = read(waitingC.id());
        assertThat(withdrawn.status()).isEqualTo(EntitlementStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnAt).isNotNull();
        assertThat(withdrawn.endReason).contains("注销登记（合同解除");
        assertThat(Db.count(dataSource, "select count(*) from journal_entry where entitlement_id = ?",
                waitingC.id())).isZero();
        assertThat(service.allocate(BROKER, year, new BigDecimal("5000.00"), "2036年度追加预算")).isEmpty();
        assertThat(read(waitingC.id()).status()).isEqualTo(EntitlementStatus.WITHDRAWN);
        assertThat(remaining(BROKER, year)).isEqualByComparingTo("12000.00");
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void theRegistrysAmendedAndDeregisteredEventsReachTheLedgerToTheFen() {
        int year = 2037;
        ContractRegistered registered = example(ContractType.DEVELOPMENT_COMMISSIONED,
                Instant.parse("2037-03-10T02:00:00Z"));
        Contracts.send(registered);
        awaitCount("select count(*) from entitlement where contract_id = ? and status = 'GRANTED'",
                registered.contractId(), 3);
        assertRemaining(year, "840000.00", "92000.00", "9200.00");

        // 变更登记 1: T = 1,234,567.89 - 34,567.89 = 1,200,000.00 → 240,000.00, 12,000.00, 1,200.00
        ContractAmended amendment = Contracts.amendment(registered, 1, "1234567.89", "34567.89", "补充协议增加研发内容");
        Contracts.send(amendment);
        awaitCount("select count(*) from entitlement where contract_id = ? and amendment_number = 1",
                registered.contractId(), 3);
        assertRemaining(year, "760000.00", "88000.00", "8800.00");
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ? "
                + "and amendment_number = 0 and status = 'REVERSED'", registered.contractId())).isEqualTo(3);
        assertThat(Db.decimal(dataSource, "select amount from entitlement where contract_id = ? "
                + "and amendment_number = 1 and programme_code = ?", registered.contractId(), BUYER))
                .isEqualByComparingTo("240000.00");

        // the same amendment replayed under a new event id, then the cancellation: everything given back
        Contracts.send(amendment);
        Contracts.send(Contracts.deregistration(registered, DeregistrationReason.VOID, "合同经人民法院判决无效"));
        awaitCount("select count(*) from entitlement where contract_id = ? and status = 'REVERSED'",
                registered.contractId(), 6);
        assertRemaining(year, "1000000.00", "100000.00", "10000.00");
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ?",
                registered.contractId())).isEqualTo(6);
        assertThat(Db.count(dataSource, "select count(*) from journal_entry j join entitlement e on e.id = "
                + "j.entitlement_id where e.contract_id = ? and j.kind = 'REVERSAL'", registered.contractId()))
                .isEqualTo(6);
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void theEventContractsExamplesRunThroughTheConsumer() {
        // an amendment of a contract subsidy never heard of: nothing to reverse, the amended facts assessed (2026's
        // programmes): T = 2,000,000.00 → 桂糖集团 400,000.00, the broker 20,000.00, the point 2,000.00
        String amended = TestEvents.example("registry.ContractAmended.v1", "price-reduced-by-supplement");
        UUID contractId = UUID.fromString(EventJson.readTree(amended).get("contractId").asText());
        TestEvents.sendJson(Contracts.TOPIC, "registry.ContractAmended.v1", contractId.toString(), amended,
                UUID.randomUUID(), Contracts.SOURCE);
        awaitCount("select count(*) from entitlement where contract_id = ? and amendment_number = 1 "
                + "and status = 'GRANTED'", contractId, 3);
        String amountOf = "select amount from entitlement where contract_id = ? and programme_code = ?";
        assertThat(Db.decimal(dataSource, amountOf, contractId, BUYER)).isEqualByComparingTo("400000.00");
        assertThat(Db.decimal(dataSource, amountOf, contractId, BROKER)).isEqualByComparingTo("20000.00");
        assertThat(Db.decimal(dataSource, amountOf, contractId, POINT)).isEqualByComparingTo("2000.00");

        String deregistered = TestEvents.example("registry.ContractDeregistered.v1", "rescinded-by-agreement");
        TestEvents.sendJson(Contracts.TOPIC, "registry.ContractDeregistered.v1", contractId.toString(), deregistered,
                UUID.randomUUID(), Contracts.SOURCE);
        awaitCount("select count(*) from entitlement where contract_id = ? and status = 'REVERSED'", contractId, 3);
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ? and end_reason "
                + "like '注销登记（合同解除，合同登记编号 26450103000123）：双方协商一致解除合同%'", contractId)).isEqualTo(3);
    }

    private void awaitCount(String sql, UUID contractId, long expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Db.count(dataSource, sql, contractId), n -> n == expected);
    }

    /**
     * Opens the three programmes for the year of {@code registeredAt} and returns the example (成交总额
     * 1,000,000.00 with 200,000.00 of equipment, GXU to 柳州汽车零部件, brokered) of {@code type}, registered then.
     */
    private ContractRegistered example(ContractType type, Instant registeredAt) {
        openAll(BudgetYear.of(registeredAt));
        return Contracts.contract(type, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS, Orgs.GX_TECH_TRANSFER, "1000000.00",
                "200000.00", registeredAt);
    }

    private void openAll(int year) {
        budgets.open(new ProgrammeTerms(BUYER, RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"),
                new BigDecimal("500000.00"), new BigDecimal("100000.00"),
                EnumSet.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT), CLAUSE),
                "企业购买科技成果转化后补助", "Post-subsidy", year, new BigDecimal("1000000.00"));
        budgets.open(new ProgrammeTerms(BROKER, RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null, null,
                EnumSet.allOf(ContractCategory.class), CLAUSE), "技术转移中介机构补助", "Intermediary subsidy", year,
                new BigDecimal("100000.00"));
        budgets.open(new ProgrammeTerms(POINT, RuleKind.REGISTRATION_BODY, new BigDecimal("0.001"), null, null,
                EnumSet.allOf(ContractCategory.class), CLAUSE), "技术合同登记机构补助", "Registration body subsidy", year,
                new BigDecimal("10000.00"));
    }

    /** A 技术服务 contract GXU → 百色铝业 brokered by 广西技术转移中心: only the intermediary subsidy is open that year. */
    private static ContractRegistered brokered(String total, Instant at) {
        return Contracts.contract(ContractType.SERVICE, Orgs.GXU, Orgs.BAISE_ALUMINIUM, Orgs.GX_TECH_TRANSFER, total,
                "0.00", at);
    }

    private Entitlement derive(ContractRegistered contract) {
        List<Entitlement> derived = QuarkusTransaction.requiringNew()
                .call(() -> service.derive(contract, UUID.randomUUID()));
        assertThat(derived).hasSize(1);
        return derived.get(0);
    }

    private Entitlement read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entitlements.findById(id));
    }

    /** The entitlement's grant and its reversal, line by line the exact opposite, and nothing else. */
    private void assertExactlyReversed(UUID entitlementId) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Ledger.Entry> entries = ledger.entriesOf(entitlementId);
            assertThat(entries).extracting(Ledger.Entry::kind).containsExactly(EntryKind.GRANT, EntryKind.REVERSAL);
            assertThat(entries.get(1).reverses()).isEqualTo(entries.get(0).id());
            List<Posting.Line> grant = entries.get(0).lines();
            List<Posting.Line> reversal = entries.get(1).lines();
            assertThat(reversal).hasSameSizeAs(grant);
            for (int i = 0; i < grant.size(); i++) {
                assertThat(reversal.get(i).account()).isEqualTo(grant.get(i).account());
                assertThat(reversal.get(i).amount()).isEqualTo(grant.get(i).amount().negate());
            }
        });
    }

    private void assertRemaining(int year, String buyer, String broker, String point) {
        assertThat(remaining(BUYER, year)).isEqualByComparingTo(buyer);
        assertThat(remaining(BROKER, year)).isEqualByComparingTo(broker);
        assertThat(remaining(POINT, year)).isEqualByComparingTo(point);
    }

    private BigDecimal remaining(String programme, int year) {
        return QuarkusTransaction.requiringNew().call(() -> budgets.remaining(programme, year));
    }

    private static Map<String, Entitlement> byProgramme(List<Entitlement> derived) {
        assertThat(derived).hasSize(3);
        return derived.stream().collect(Collectors.toMap(e -> e.programmeCode, Function.identity()));
    }
}
