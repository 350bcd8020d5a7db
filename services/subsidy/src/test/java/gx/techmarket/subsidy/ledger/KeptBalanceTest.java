package gx.techmarket.subsidy.ledger;

import gx.techmarket.subsidy.SubsidyTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The database keeps every account's balance as lines are posted (ADR 0012): it always equals the sum of the lines,
 * a budget's never goes below zero even when two transactions race for it, and nobody writes it directly.
 * The accounts are a test programme's (the ledger does not know programmes), each test with a budget year and
 * beneficiaries of its own, so the tests of the module can run in any order.
 */
@SubsidyTest
class KeptBalanceTest {

    static final String PROGRAMME = "KEPT_BALANCE_TEST";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Ledger ledger;

    @Test
    void shouldKeepEachBalanceEqualToItsLinesThroughAllocationsGrantsAndReversals() throws SQLException {
        Account budget = Account.budget(PROGRAMME, 2041);
        Account appropriation = Account.appropriation(PROGRAMME, 2041);
        Account gxu = Account.payable(PROGRAMME, Orgs.GXU.uscc());
        Account guet = Account.payable(PROGRAMME, Orgs.GUET.uscc());

        UUID allocation = post(allocation(2041, "100000.00"));
        UUID first = post(grant(2041, Orgs.GXU.uscc(), "30000.00"));
        post(grant(2041, Orgs.GUET.uscc(), "20000.00"));
        QuarkusTransaction.requiringNew().call(() -> ledger.reverse(first, "合同登记已注销"));
        post(allocation(2041, "5000.00"));
        // 85,000.00 left: giving back the first 100,000.00 would overdraw the budget, so it is refused
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> ledger.reverse(allocation, "预算撤回")))
                .isInstanceOf(ProblemException.class).hasMessage("BUDGET_EXCEEDED");

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ledger.balance(budget)).isEqualByComparingTo("-85000.00");
            assertThat(ledger.balance(appropriation)).isEqualByComparingTo("105000.00");
            assertThat(ledger.balance(gxu)).isEqualByComparingTo("0.00");
            assertThat(ledger.balance(guet)).isEqualByComparingTo("-20000.00");
        });
        for (Account a : List.of(budget, appropriation, gxu, guet)) {
            assertThat(query("select balance from account_balance where account_code = ?", a.code()))
                    .as(a.code()).isEqualTo(query("select sum(amount) from journal_line where account_code = ?", a.code()));
            assertThat(query("select line_count from account_balance where account_code = ?", a.code()))
                    .as(a.code()).isEqualTo(query("select count(*) from journal_line where account_code = ?", a.code()));
        }
        assertThat(query("select line_count from account_balance where account_code = ?", budget.code())).isEqualTo("5");
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void shouldReadZeroForAnAccountWithoutLines() {
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> ledger.balance(Account.payable(PROGRAMME, Orgs.LIUZHOU_TECH_BROKERS.uscc())))
                .toPlainString()).isEqualTo("0.00");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.balance(Account.budget(PROGRAMME, 2099))))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void shouldRefuseToWriteABalanceDirectly() throws SQLException {
        post(allocation(2042, "1000.00"));
        String code = Account.budget(PROGRAMME, 2042).code();
        for (String sql : List.of(
                "update account_balance set balance = balance - 1000000 where account_code = '" + code + "'",
                "update account_balance set line_count = 0",
                "delete from account_balance where account_code = '" + code + "'",
                "insert into account_balance (account_code, kind, balance, line_count, updated_at) values ('"
                        + Account.payable(PROGRAMME, Orgs.GXAS.uscc()).code() + "', 'PAYABLE', -1, 1, now())",
                "insert into account_balance (account_code, kind, balance, line_count, updated_at) values ('" + code
                        + "', 'BUDGET', -1, 1, now()) on conflict (account_code) do update set balance = -1000000",
                "truncate account_balance",
                "truncate account_balance cascade")) {
            assertThatThrownBy(() -> execute(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("account_balance is kept by the ledger");
        }
        assertThat(query("select balance from account_balance where account_code = ?", code)).isEqualTo("-1000.00");
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void shouldRefuseAGrantThatRacedAnotherForTheSameBudgetWithoutTheProgrammeLock() throws Exception {
        Account budget = Account.budget(PROGRAMME, 2043);
        Account firstPayable = Account.payable(PROGRAMME, Orgs.GX_SUGAR_GROUP.uscc());
        Account secondPayable = Account.payable(PROGRAMME, Orgs.GUILIN_SUGAR.uscc());
        post(allocation(2043, "50000.00"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection()) {
            // the first grant of 30,000.00 is posted and not committed yet
            first.setAutoCommit(false);
            UUID entry = UUID.randomUUID();
            try (Statement s = first.createStatement()) {
                s.executeUpdate("insert into ledger_account (code, kind, programme_code, owner_uscc, created_at) values ('"
                        + firstPayable.code() + "', 'PAYABLE', '" + PROGRAMME + "', '" + firstPayable.ownerUscc()
                        + "', now())");
                s.executeUpdate("insert into journal_entry (id, kind, description, posted_at) values ('" + entry
                        + "', 'GRANT', 'first', now())");
                s.executeUpdate("insert into journal_line (entry_id, line_no, account_code, amount) values ('" + entry
                        + "', 1, '" + budget.code() + "', 30000.00), ('" + entry + "', 2, '" + firstPayable.code()
                        + "', -30000.00)");
            }
            // the second, without Budgets.lock, still sees 50,000.00 left, passes Ledger's own check and waits for
            // the budget's balance row
            Future<UUID> second = pool.submit(() -> QuarkusTransaction.requiringNew()
                    .call(() -> ledger.post(grant(2043, secondPayable.ownerUscc(), "30000.00"))));
            awaitALineWaitingForALock(second);
            first.commit();

            // then adds its 30,000.00 to what the first committed, and the database refuses the line
            assertThatThrownBy(second::get).hasStackTraceContaining("account_balance_budget_not_overdrawn");
        } finally {
            pool.shutdownNow();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ledger.balance(budget)).isEqualByComparingTo("-20000.00");
            assertThat(ledger.balance(firstPayable)).isEqualByComparingTo("-30000.00");
            assertThat(ledger.balance(secondPayable)).isEqualByComparingTo("0.00");
        });
        assertThat(query("select count(*) from journal_line where account_code = ?", secondPayable.code())).isEqualTo("0");
        assertThat(query("select line_count from account_balance where account_code = ?", budget.code())).isEqualTo("2");
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void shouldFindAKeptBalanceThatNoLongerMatchesItsLines() throws SQLException {
        post(allocation(2044, "700.00"));
        String code = Account.budget(PROGRAMME, 2044).code();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // only the table's owner, on purpose, can get past the guard; rolled back below
                s.execute("alter table account_balance disable trigger account_balance_kept");
                s.executeUpdate("update account_balance set balance = balance - 0.01 where account_code = '" + code + "'");
                try (ResultSet rs = s.executeQuery("select account_code, kept_balance, line_balance, kept_line_count, "
                        + "line_count from account_balance_discrepancy")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(code);
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("-700.01");
                    assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("-700.00");
                    assertThat(rs.getLong(4)).isEqualTo(1);
                    assertThat(rs.getLong(5)).isEqualTo(1);
                    assertThat(rs.next()).isFalse();
                }
            } finally {
                c.rollback();
            }
        }
        assertThat(ledger.reconcile()).isEmpty();
    }

    private UUID post(Posting posting) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.post(posting));
    }

    private static Posting allocation(int year, String amount) {
        BigDecimal a = new BigDecimal(amount);
        return new Posting(EntryKind.ALLOCATION, year + "年度预算下达（测试）", null, List.of(
                Posting.Line.debit(Account.appropriation(PROGRAMME, year), a),
                Posting.Line.credit(Account.budget(PROGRAMME, year), a)));
    }

    private static Posting grant(int year, String uscc, String amount) {
        BigDecimal a = new BigDecimal(amount);
        return new Posting(EntryKind.GRANT, "补助核准（测试）", UUID.randomUUID(), List.of(
                Posting.Line.debit(Account.budget(PROGRAMME, year), a),
                Posting.Line.credit(Account.payable(PROGRAMME, uscc), a)));
    }

    /** Waits until a session of this database is blocked inserting a journal line, or {@code task} has ended. */
    private void awaitALineWaitingForALock(Future<?> task) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && !task.isDone()) {
            if (!"0".equals(query("select count(*) from pg_stat_activity where datname = current_database() "
                    + "and wait_event_type = 'Lock' and query like 'insert into journal_line%'"))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second grant never waited for the first (done: " + task.isDone() + ")");
    }

    /** One value as text (a balance, a count), read as an auditor would. */
    private String query(String sql, Object... args) {
        return String.valueOf(Db.single(dataSource, sql, args));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
