package gx.techmarket.subsidy.ledger;

import gx.techmarket.subsidy.SubsidyTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ledger balances, is append-only, and no budget account goes below zero: in Java and in the database. */
@SubsidyTest
class LedgerIntegrityTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Ledger ledger;

    @Test
    void everyEntryAndTheWholeLedgerSumToZero() throws SQLException {
        assertThat(Long.parseLong(query("select count(*) from journal_entry"))).isGreaterThanOrEqualTo(6); // the seeded allocations
        assertThat(new BigDecimal(query("select coalesce(sum(amount), 0) from journal_line"))).isEqualByComparingTo("0");
        assertThat(query("select count(*) from (select entry_id from journal_line group by entry_id "
                + "having sum(amount) <> 0 or count(*) < 2) unbalanced")).isEqualTo("0");
        assertThat(query("select count(*) from ledger_account where kind = 'BUDGET' and "
                + "(select coalesce(sum(amount), 0) from journal_line l where l.account_code = code) > 0")).isEqualTo("0");
        assertThat(query("select -sum(amount) from journal_line where account_code = 'BUDGET:INTERMEDIARY_SUBSIDY:2027'"))
                .isEqualTo("2000000.00");
        assertThat(ledger.reconcile()).isEmpty(); // and every kept balance is the sum of its account's lines
    }

    @Test
    void ledgerRowsCannotBeUpdatedDeletedOrTruncated() {
        for (String sql : List.of(
                "update journal_line set amount = amount + 1",
                "update journal_entry set description = 'edited'",
                "update ledger_account set owner_uscc = null",
                "delete from journal_line",
                "delete from journal_entry",
                "delete from ledger_account",
                "truncate journal_line, journal_entry, ledger_account cascade")) {
            assertThatThrownBy(() -> execute(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theDatabaseRefusesAnUnbalancedEntryAtCommit() throws SQLException {
        UUID entry = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement e = c.prepareStatement(
                    "insert into journal_entry (id, kind, description, posted_at) values (?, 'ALLOCATION', 'x', now())");
                    PreparedStatement l = c.prepareStatement("insert into journal_line (entry_id, line_no, account_code, "
                            + "amount) values (?, 1, 'APPROPRIATION:INTERMEDIARY_SUBSIDY:2027', 100.00)")) {
                e.setObject(1, entry);
                e.executeUpdate();
                l.setObject(1, entry);
                l.executeUpdate();
            }
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("does not balance");
        }
        assertThat(query("select count(*) from journal_entry where id = '" + entry + "'")).isEqualTo("0");
    }

    @Test
    void theDatabaseRefusesToTakeABudgetBelowZero() throws SQLException {
        String before = query("select balance || ' ' || line_count from account_balance "
                + "where account_code = 'BUDGET:REGISTRATION_BODY_SUBSIDY:2027'");
        UUID entry = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into journal_entry (id, kind, description, posted_at) values ('" + entry
                        + "', 'ALLOCATION', 'overdraw', now())");
                // refused at the line that would overdraw it, not only at commit (ADR 0012)
                assertThatThrownBy(() -> s.executeUpdate("insert into journal_line (entry_id, line_no, account_code, "
                        + "amount) values ('" + entry + "', 1, 'BUDGET:REGISTRATION_BODY_SUBSIDY:2027', 500000.01), ('"
                        + entry + "', 2, 'APPROPRIATION:REGISTRATION_BODY_SUBSIDY:2027', -500000.01)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("account_balance_budget_not_overdrawn");
            } finally {
                c.rollback();
            }
        }
        assertThat(query("select balance || ' ' || line_count from account_balance "
                + "where account_code = 'BUDGET:REGISTRATION_BODY_SUBSIDY:2027'")).isEqualTo(before);
        assertThat(query("select count(*) from journal_entry where id = '" + entry + "'")).isEqualTo("0");
    }

    @Test
    void theLedgerRefusesToOverdrawABudgetBeforeWriting() throws SQLException {
        UUID entitlement = UUID.randomUUID();
        Posting overdraw = new Posting(EntryKind.GRANT, "overdraw", entitlement, List.of(
                Posting.Line.debit(Account.budget("REGISTRATION_BODY_SUBSIDY", 2027), new BigDecimal("500000.01")),
                Posting.Line.credit(Account.payable("REGISTRATION_BODY_SUBSIDY", "124501004983071214"),
                        new BigDecimal("500000.01"))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.post(overdraw)))
                .isInstanceOf(ProblemException.class).hasMessage("BUDGET_EXCEEDED");
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> ledger.balance(Account.budget("REGISTRATION_BODY_SUBSIDY", 2027))))
                .isEqualByComparingTo("-500000.00");
        assertThat(query("select count(*) from journal_entry where entitlement_id = '" + entitlement + "'")).isEqualTo("0");
    }

    @Test
    void theLedgerChecksABudgetLineByLine() {
        // each debit fits what is left (500,000.00); the two together do not
        Account budget = Account.budget("REGISTRATION_BODY_SUBSIDY", 2027);
        Posting twice = new Posting(EntryKind.GRANT, "two debits on one budget", UUID.randomUUID(), List.of(
                Posting.Line.debit(budget, new BigDecimal("300000.00")),
                Posting.Line.debit(budget, new BigDecimal("300000.00")),
                Posting.Line.credit(Account.payable("REGISTRATION_BODY_SUBSIDY", "124501004983071214"),
                        new BigDecimal("600000.00"))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.post(twice)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.args())
                        .containsExactly(budget.code(), "200000.00", "300000.00"))
                .hasMessage("BUDGET_EXCEEDED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.balance(budget))).isEqualByComparingTo("-500000.00");
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
