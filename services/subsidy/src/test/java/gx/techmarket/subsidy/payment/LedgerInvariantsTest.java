package gx.techmarket.subsidy.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.claim.Claims;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import gx.techmarket.subsidy.voucher.Vouchers;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ledger's invariants under a seeded random sequence of what the service does with money: grants (as approved
 * claims and granted entitlements post them), reversals before and after payment, top-ups, batches gathered, approved
 * and paid (with offsets), repayments, bank accounts verified and withdrawn. After every step: every entry balances
 * and the whole ledger sums to zero, no budget is below zero, the kept balances reconcile with the lines, each
 * beneficiary is owed exactly its unpaid items and owes back exactly its open receivables, and its statement says the
 * same (closing owed = granted − reversed − paid + receivables raised).
 *
 * <p>Besides the disbursement programme, the sequence runs an R&D expense programme (需申报: claims on declared expenses,
 * submitted with their evidence and approved through the API, granted or waiting for budget) and a voucher programme
 * (rounds opened, vouchers issued, a provider chosen and redeemed with a registered contract through the API, the
 * unused value back to the budget), both paid by the same batches; every check holds for each of the three.
 */
@SubsidyTest
class LedgerInvariantsTest {

    static final long SEED = 20261205L;
    static final int STEPS = 120;
    static final Actor PROVINCE = new Actor("province", "province.admin", "广西科技厅管理员", Set.of(Role.ADMIN),
            Orgs.GX_DEPT_OF_SCIENCE);
    static final List<Party> PAYEES = List.of(Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS, Orgs.GUILIN_SUGAR,
            Orgs.GXU);

    static final String PROVINCE_TOKEN = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    /** Verified enterprises of the province: who may claim the R&D expense programme (once a year each). */
    static final List<Party> RD_CLAIMANTS = List.of(Orgs.LIUZHOU_AUTO_PARTS, Orgs.GUILIN_SUGAR);
    /** 科技型中小企业 (Vouchers.ensureKnown): who may hold vouchers. */
    static final List<Party> VOUCHER_HOLDERS = List.of(Orgs.LIUZHOU_AUTO_PARTS, Orgs.BAISE_ALUMINIUM);

    @Inject
    Grants grants;

    @Inject
    Budgets budgets;

    @Inject
    FakeBankAccounts bank;

    @Inject
    BatchService batches;

    @Inject
    ReceivableService receivables;

    @Inject
    LedgerReports reports;

    @Inject
    Ledger ledger;

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    /** What the sequence has made so far, for the steps to choose from. */
    final class World {
        final Random random = new Random(SEED);
        final int year = 2071 + random.nextInt(5);
        final String code = grants.openProgramme(year, "450000", "500000.00");
        final String rdCode = open(RuleKind.RD_EXPENSE, year, "600000.00");
        final String voucherCode = open(RuleKind.VOUCHER, year, "300000.00");
        final List<String> codes = List.of(code, rdCode, voucherCode);
        final Set<String> rdClaimed = new java.util.HashSet<>();
        final List<Grants.Grant> live = new ArrayList<>();
        final List<UUID> batchIds = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        BigDecimal amount(int maxYuan) {
            return BigDecimal.valueOf(1 + random.nextInt(maxYuan * 100), 2);
        }

        <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        BigDecimal remaining() {
            return remaining(code);
        }

        BigDecimal remaining(String programme) {
            return ledger(() -> ledger.balance(Account.budget(programme, year)).negate());
        }
    }

    /** One kind of operation on money. */
    interface Step {
        String name();

        /** Does it, or nothing when it cannot now (no payee, nothing waiting …); refusals it expects are fine. */
        void apply(World w);
    }

    List<Step> steps() {
        return List.of(
                step("grant", w -> {
                    BigDecimal amount = w.amount(60000);
                    if (amount.compareTo(w.remaining()) <= 0) {
                        w.live.add(grants.grant(w.code, w.year, w.pick(PAYEES).uscc(), amount));
                    }
                }),
                step("top-up", w -> grants.topUp(w.pick(w.codes), w.year, w.amount(100000))),
                step("reverse", w -> {
                    if (!w.live.isEmpty()) {
                        grants.reverse(w.live.remove(w.random.nextInt(w.live.size())), "随机冲销");
                    }
                }),
                step("gather", w -> expected(() -> w.batchIds.add(
                        batches.create(PROVINCE, "test", w.pick(w.codes), w.year, Messages.ZH_CN).id()))),
                step("rd-claim", w -> {
                    List<Party> open = RD_CLAIMANTS.stream().filter(p -> !w.rdClaimed.contains(p.uscc())).toList();
                    if (open.isEmpty()) {
                        return;
                    }
                    Party who = w.pick(open);
                    String token = Tokens.of(Role.ENTERPRISE, who);
                    String id = given().auth().oauth2(token).contentType("application/json").body(Map.of(
                            "programmeCode", w.rdCode, "budgetYear", w.year, "expenses", List.of(Map.of(
                                    "expenseYear", w.year - 1, "amount", w.amount(900000).toPlainString(),
                                    "description", "研发人员人工费用和直接投入费用"))))
                            .when().post("/claims").then().statusCode(201).extract().path("id");
                    Claims.upload(token, id, "AUDIT_REPORT", Claims.pdf("研发费用专项审计报告 " + id), "审计报告.pdf")
                            .statusCode(201);
                    given().auth().oauth2(token).when().post("/claims/" + id + "/submit").then().statusCode(200);
                    // granted when the budget covers it, else waiting for a top-up (granted then, oldest first)
                    given().auth().oauth2(PROVINCE_TOKEN).when().post("/claims/" + id + "/approve").then()
                            .statusCode(200);
                    w.rdClaimed.add(who.uscc());
                }),
                step("voucher", w -> {
                    Party holder = w.pick(VOUCHER_HOLDERS);
                    String round = given().auth().oauth2(PROVINCE_TOKEN).contentType("application/json")
                            .body(Vouchers.round(w.voucherCode, w.year, w.amount(60000).toPlainString(), "TONGDUI",
                                    "0.50", today().plusDays(10), today().plusDays(90)))
                            .when().post("/voucher-rounds").then().statusCode(201).extract().path("id");
                    String token = Tokens.of(Role.ENTERPRISE, holder);
                    io.restassured.response.Response applied = given().auth().oauth2(token).when()
                            .post("/voucher-rounds/" + round + "/applications");
                    if (applied.statusCode() == 409) {
                        return; // the budget cannot set the face value aside
                    }
                    String voucher = applied.then().statusCode(201).extract().path("id");
                    Vouchers.chooseProvider(token, voucher, Orgs.GX_TECH_TRANSFER);
                    BigDecimal fee = w.amount(150000);
                    ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, holder,
                            fee.toPlainString(), today());
                    given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).contentType("application/json")
                            .body(Map.of("registrationNumber", contract.registrationNumber(), "fee",
                                    fee.toPlainString(), "paidOn", today().toString(), "paymentReference",
                                    "CXQ-" + contract.registrationNumber()))
                            .when().post("/vouchers/" + voucher + "/redemption").then().statusCode(200);
                }),
                step("approve", w -> {
                    if (!w.batchIds.isEmpty()) {
                        expected(() -> batches.approve(PROVINCE, w.pick(w.batchIds), Messages.ZH_CN));
                    }
                }),
                step("pay", w -> {
                    if (!w.batchIds.isEmpty()) {
                        expected(() -> batches.markPaid(PROVINCE, w.pick(w.batchIds),
                                new PaidRequest("GX-" + w.random.nextInt(1_000_000), today()), Messages.ZH_CN));
                    }
                }),
                step("repay", w -> {
                    // read fresh from the table: the test's own session may hold an older copy of a receivable
                    List<UUID> open = ids("select id from receivable where programme_code = ? and status = 'OPEN' "
                            + "and outstanding > reserved order by created_at, id", w.code);
                    if (!open.isEmpty()) {
                        UUID id = w.pick(open);
                        BigDecimal available = decimal("select outstanding - reserved from receivable where id = '"
                                + id + "'", null);
                        BigDecimal part = w.random.nextBoolean() ? available
                                : available.multiply(BigDecimal.valueOf(w.random.nextInt(100) + 1, 2))
                                        .setScale(2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
                        receivables.repay(PROVINCE, id, new RepaymentRequest(part, today(), "退回"));
                    }
                }),
                step("account", w -> {
                    Party p = w.pick(PAYEES);
                    if (w.random.nextInt(4) == 0) {
                        bank.forget(p.uscc());
                    } else {
                        bank.verify(p);
                    }
                }));
    }

    @Test
    void aSeededRandomSequenceKeepsTheLedgerBalancedAndEveryStatementTrue() {
        DirectoryFixtures.ensureKnown(db);
        Vouchers.ensureKnown(db);
        PAYEES.forEach(bank::verify);
        World w = new World();
        List<Step> steps = steps();
        // weights: grants and payments most often
        List<Step> bag = new ArrayList<>();
        for (Step s : steps) {
            int weight = switch (s.name()) {
                case "grant" -> 6;
                case "gather", "approve", "pay" -> 3;
                case "reverse", "repay" -> 2;
                default -> 1;
            };
            for (int i = 0; i < weight; i++) {
                bag.add(s);
            }
        }
        for (int i = 0; i < STEPS; i++) {
            Step s = w.pick(bag);
            w.log.add(s.name());
            s.apply(w);
            checkInvariants(w);
        }
        // a fixed coda, so that whatever the seed made, a paid grant is reversed and set off against the next payment
        Party payee = PAYEES.get(0);
        bank.verify(payee);
        grants.topUp(w.code, w.year, new BigDecimal("1600.00"));
        Grants.Grant paidThenReversed = grants.grant(w.code, w.year, payee.uscc(), new BigDecimal("1000.00"));
        payEverything(w);
        grants.reverse(paidThenReversed, "尾声：付后冲销");
        checkInvariants(w);
        grants.grant(w.code, w.year, payee.uscc(), new BigDecimal("600.00"));
        payEverything(w);
        checkInvariants(w);
        assertThat(w.log).as("the sequence did every kind of step").containsAll(steps.stream().map(Step::name).toList());
        assertThat(count("select count(*) from receivable where programme_code = ?", w.code))
                .as("some grant was reversed after payment").isPositive();
        assertThat(count("select count(*) from receivable_settlement s join receivable r on r.id = s.receivable_id "
                + "where r.programme_code = ? and s.kind = 'OFFSET'", w.code)).as("some receivable was set off")
                .isPositive();
        assertThat(ledger.reconcile()).isEmpty();
    }

    /** Gathers what can be paid, approves every draft batch and pays every approved one. */
    private void payEverything(World w) {
        expected(() -> w.batchIds.add(batches.create(PROVINCE, "test", w.code, w.year, Messages.ZH_CN).id()));
        for (UUID id : ids("select id from payment_batch where programme_code = ? and status = 'DRAFT'", w.code)) {
            expected(() -> batches.approve(PROVINCE, id, Messages.ZH_CN));
        }
        for (UUID id : ids("select id from payment_batch where programme_code = ? and status = 'APPROVED'", w.code)) {
            batches.markPaid(PROVINCE, id, new PaidRequest("GX-CODA", today()), Messages.ZH_CN);
        }
        w.log.add("pay-everything");
    }

    private void checkInvariants(World w) {
        String at = "after " + w.log.size() + " steps " + w.log;
        assertThat(decimal("select coalesce(sum(amount), 0) from journal_line", null)).as(at).isEqualByComparingTo("0");
        assertThat(count("select count(*) from (select entry_id from journal_line group by entry_id "
                + "having sum(amount) <> 0 or count(*) < 2) unbalanced", null)).as(at).isZero();
        int year = MarketClock.today(clock).getYear();
        for (String code : w.codes) {
            assertThat(w.remaining(code).signum()).as(at + ": budget of " + code).isGreaterThanOrEqualTo(0);
            for (Party p : PAYEES) {
                checkPayee(at, code, p, year);
            }
        }
    }

    /** The payee is owed its unpaid items and owes back its open receivables, and its statement says the same. */
    private void checkPayee(String at, String code, Party p, int year) {
        String u = p.uscc();
        BigDecimal owed = ledger(() -> ledger.balance(Account.payable(code, u))).negate();
        BigDecimal owedBack = ledger(() -> ledger.balance(Account.receivable(code, u)));
        BigDecimal unpaidItems = decimal("select coalesce(sum(amount), 0) from payable_item where programme_code = ?"
                + " and beneficiary_uscc = '" + u + "' and status in ('UNPAID', 'IN_BATCH')", code);
        BigDecimal outstanding = decimal("select coalesce(sum(outstanding), 0) from receivable where "
                + "programme_code = ? and beneficiary_uscc = '" + u + "'", code);
        assertThat(owed).as(at + ": " + u + " is owed its unpaid items of " + code).isEqualByComparingTo(unpaidItems);
        assertThat(owedBack).as(at + ": " + u + " owes back its open receivables of " + code)
                .isEqualByComparingTo(outstanding);
        // the statement, this programme's lines: the same, and its arithmetic
        Statement st = reports.statement(u, p.name(), year);
        List<Statement.Line> lines = st.lines().stream().filter(l -> l.programmeCode().equals(code)).toList();
        BigDecimal sumOwed = lines.stream().map(Statement.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumBack = lines.stream().map(Statement.Line::owedBack).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOwed).as(at + ": statement of " + u + " in " + code).isEqualByComparingTo(owed);
        assertThat(sumBack).as(at + ": statement of " + u + " in " + code).isEqualByComparingTo(owedBack);
        Statement own = Statement.of(u, p.name(), year, BigDecimal.ZERO, BigDecimal.ZERO, lines.stream()
                .map(l -> new Statement.Movement(l.date(), l.programmeCode(), l.what(), l.description(),
                        l.amount().negate(), l.owedBack())).toList());
        Statement.Totals t = own.totals();
        assertThat(t.granted().subtract(t.reversed()).subtract(t.paid()).add(t.receivablesRaised()))
                .as(at + ": granted − reversed − paid + receivables of " + u + " in " + code)
                .isEqualByComparingTo(owed);
        assertThat(t.receivablesRaised().subtract(t.repaid()).subtract(t.offset()))
                .as(at + ": receivables − repaid − set off of " + u + " in " + code).isEqualByComparingTo(owedBack);
    }

    /** Opens a programme of {@code rule} for the year, province-wide, with {@code budget}; its code. */
    private String open(RuleKind rule, int year, String budget) {
        String code = "INV_" + rule.name() + "_" + Integer.toString(new Random().nextInt(1 << 30), 36).toUpperCase();
        ProgrammeTerms terms = rule == RuleKind.RD_EXPENSE
                ? new ProgrammeTerms(code, rule, new BigDecimal("0.20"), null, null, Set.of(), "研发费用补助（测试）：20%，"
                        + "每家每年最高30万元", "450000", GrantMode.CLAIM, ApprovalMode.SUB_MARKET,
                        new BigDecimal("300000.00"), null, null, null, null)
                : new ProgrammeTerms(code, rule, null, null, null, Set.of(), "科技创新券（测试）", "450000",
                        GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null, null, null, null);
        budgets.open(terms, "不变量测试 " + rule, "Invariants " + rule, year, new BigDecimal(budget));
        return code;
    }

    private LocalDate today() {
        return MarketClock.today(clock);
    }

    private static Step step(String name, java.util.function.Consumer<World> action) {
        return new Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(World w) {
                action.accept(w);
            }
        };
    }

    /** Runs an operation whose refusals (nothing to pay, not approved, already paid) are part of the sequence. */
    private static void expected(Runnable operation) {
        try {
            operation.run();
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(409);
        }
    }

    private <T> T ledger(java.util.concurrent.Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    private List<UUID> ids(String sql, String param) {
        List<UUID> found = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private long count(String sql, String param) {
        return decimal(sql, param).longValueExact();
    }

    private BigDecimal decimal(String sql, String param) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
