package gx.techmarket.subsidy.ledger;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The double-entry ledger (台账). Entries are only ever added: a correction is a reversing entry. The database
 * refuses UPDATE, DELETE and TRUNCATE on the ledger tables, checks at commit that every entry balances, and keeps
 * each account's balance as its lines are posted ({@code account_balance}, ADR 0012), refusing any line that would
 * take a budget account below zero; this class checks the same before it writes, so callers get a clear problem.
 *
 * <p>Callers that charge a budget must hold the programme-year's lock (see {@code Budgets.lock}) so that two
 * transactions cannot both see the same remaining budget. Without it the budget still cannot be overdrawn (the
 * second transaction waits for the first's balance row and is then refused by the database), but the second
 * fails instead of deciding, on what is really left, to let its entitlement wait for budget.
 */
@ApplicationScoped
public class Ledger {

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Event<BudgetPosted> budgetPosted;

    Ledger(AgroalDataSource dataSource, Clock clock, Event<BudgetPosted> budgetPosted) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.budgetPosted = budgetPosted;
    }

    /** A posted entry and its lines. */
    public record Entry(UUID id, EntryKind kind, String description, UUID entitlementId, UUID reverses,
            Instant postedAt, List<Posting.Line> lines, String sourceType, UUID sourceId) {}

    /**
     * Posts {@code posting} in the caller's transaction. An entry on a budget account then fires {@link BudgetPosted}
     * for it, in the same transaction.
     *
     * @return the new entry's id
     * @throws ProblemException 409 {@code BUDGET_EXCEEDED} if a budget account would go below zero
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(Posting posting) {
        return write(posting, null);
    }

    /**
     * Posts the exact opposite of entry {@code entryId}: the only way to correct the ledger.
     *
     * @return the reversing entry's id
     * @throws ProblemException 404 {@code JOURNAL_ENTRY_NOT_FOUND}, 409 {@code JOURNAL_ENTRY_ALREADY_REVERSED} or
     *                          {@code REVERSAL_NOT_REVERSIBLE}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reverse(UUID entryId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reversal needs a reason");
        }
        // lock the original so two reversals of it queue (the unique "reverses" column would refuse one anyway)
        if (!exists("select 1 from journal_entry where id = ? for update", entryId)) {
            throw ProblemException.notFound("JOURNAL_ENTRY_NOT_FOUND");
        }
        Entry original = entry(entryId);
        if (original.kind() == EntryKind.REVERSAL) {
            throw ProblemException.conflict("REVERSAL_NOT_REVERSIBLE");
        }
        if (exists("select 1 from journal_entry where reverses = ?", entryId)) {
            throw ProblemException.conflict("JOURNAL_ENTRY_ALREADY_REVERSED");
        }
        List<Posting.Line> lines = original.lines().stream().map(Posting.Line::reversed).toList();
        String description = "冲销 " + entryId + "：" + reason.strip();
        if (description.length() > Posting.DESCRIPTION_MAX) {
            description = description.substring(0, Posting.DESCRIPTION_MAX);
        }
        return write(new Posting(EntryKind.REVERSAL, description, original.entitlementId(), original.sourceType(),
                original.sourceId(), lines), entryId);
    }

    /**
     * The balance of an account (debit positive): the sum of all its lines, as the database keeps it on the account,
     * so one row whatever the number of lines; zero for an account without lines.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal balance(Account account) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select balance from account_balance where account_code = ?")) {
            s.setString(1, account.code());
            try (ResultSet rs = s.executeQuery()) {
                return (rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the balance of " + account.code(), e);
        }
    }

    /** An account whose kept balance or line count is not what its lines say (kept ones null: no balance row). */
    public record Discrepancy(String accountCode, BigDecimal keptBalance, BigDecimal lineBalance, Long keptLineCount,
            long lineCount) {}

    /**
     * Reconciles the kept balances with the lines: every account whose kept balance or line count differs from the
     * sum and number of its journal lines, or that has no kept balance. Empty when the ledger reconciles. Reads every
     * line, so it is an audit, not something to run per request.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // one statement: consistent on its own
    public List<Discrepancy> reconcile() {
        List<Discrepancy> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        select account_code, kept_balance, line_balance, kept_line_count, line_count
                          from account_balance_discrepancy order by account_code""");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new Discrepancy(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getObject(4, Long.class), rs.getLong(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reconcile the ledger's balances", e);
        }
        return List.copyOf(found);
    }

    /** An entry with its lines, or 404 {@code JOURNAL_ENTRY_NOT_FOUND}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Entry entry(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement head = c.prepareStatement(
                        "select kind, description, entitlement_id, reverses, posted_at, source_type, source_id "
                                + "from journal_entry where id = ?");
                PreparedStatement body = c.prepareStatement(
                        "select account_code, amount from journal_line where entry_id = ? order by line_no")) {
            head.setObject(1, id);
            body.setObject(1, id);
            try (ResultSet h = head.executeQuery(); ResultSet b = body.executeQuery()) {
                if (!h.next()) {
                    throw ProblemException.notFound("JOURNAL_ENTRY_NOT_FOUND");
                }
                List<Posting.Line> lines = new ArrayList<>();
                while (b.next()) {
                    lines.add(new Posting.Line(Account.parse(b.getString(1)), b.getBigDecimal(2)));
                }
                return new Entry(id, EntryKind.valueOf(h.getString(1)), h.getString(2), h.getObject(3, UUID.class),
                        h.getObject(4, UUID.class), h.getTimestamp(5).toInstant(), List.copyOf(lines),
                        h.getString(6), h.getObject(7, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read journal entry " + id, e);
        }
    }

    /** The entries posted for {@code sourceType} {@code sourceId} (a claim, a batch, a voucher …), oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> entriesFor(String sourceType, UUID sourceId) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from journal_entry "
                        + "where source_type = ? and source_id = ? order by posted_at, id")) {
            s.setString(1, sourceType);
            s.setObject(2, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the entries of " + sourceType + " " + sourceId, e);
        }
        return ids.stream().map(this::entry).toList();
    }

    /** The entries posted for an entitlement, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> entriesOf(UUID entitlementId) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id from journal_entry where entitlement_id = ? order by posted_at, id")) {
            s.setObject(1, entitlementId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the entries of entitlement " + entitlementId, e);
        }
        return ids.stream().map(this::entry).toList();
    }

    private UUID write(Posting posting, UUID reverses) {
        // line by line, as the database will check them: a budget may not go below zero after any line
        Map<Account, BigDecimal> budgets = new HashMap<>();
        for (Posting.Line line : posting.lines()) {
            if (line.account().kind() == AccountKind.BUDGET) {
                BigDecimal before = budgets.computeIfAbsent(line.account(), this::balance);
                BigDecimal after = before.add(line.amount());
                if (line.amount().signum() > 0 && after.signum() > 0) {
                    throw ProblemException.conflict("BUDGET_EXCEEDED", line.account().code(),
                            before.negate().toPlainString(), line.amount().toPlainString());
                }
                budgets.put(line.account(), after);
            }
        }
        Timestamp now = Timestamp.from(MarketClock.now(clock));
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement account = c.prepareStatement("""
                        insert into ledger_account (code, kind, programme_code, budget_year, owner_uscc, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing""");
                PreparedStatement entry = c.prepareStatement("""
                        insert into journal_entry (id, kind, description, entitlement_id, reverses, posted_at,
                                                   source_type, source_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement line = c.prepareStatement("""
                        insert into journal_line (entry_id, line_no, account_code, amount) values (?, ?, ?, ?)""")) {
            for (Posting.Line l : posting.lines()) {
                Account a = l.account();
                account.setString(1, a.code());
                account.setString(2, a.kind().name());
                account.setString(3, a.programmeCode());
                account.setObject(4, a.budgetYear(), Types.INTEGER);
                account.setString(5, a.ownerUscc());
                account.setTimestamp(6, now);
                account.executeUpdate();
            }
            entry.setObject(1, id);
            entry.setString(2, posting.kind().name());
            entry.setString(3, posting.description());
            entry.setObject(4, posting.entitlementId(), Types.OTHER);
            entry.setObject(5, reverses, Types.OTHER);
            entry.setTimestamp(6, now);
            entry.setString(7, posting.sourceType());
            entry.setObject(8, posting.sourceId(), Types.OTHER);
            entry.executeUpdate();
            int no = 1;
            for (Posting.Line l : posting.lines()) {
                line.setObject(1, id);
                line.setInt(2, no++);
                line.setString(3, l.account().code());
                line.setBigDecimal(4, l.amount());
                line.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not post a " + posting.kind() + " entry", e);
        }
        Set<Account> budgetAccounts = new LinkedHashSet<>();
        posting.lines().stream().map(Posting.Line::account).filter(a -> a.kind() == AccountKind.BUDGET)
                .forEach(budgetAccounts::add);
        budgetAccounts.forEach(a -> budgetPosted.fire(new BudgetPosted(a.programmeCode(), a.budgetYear(), id,
                posting.kind())));
        return id;
    }

    private boolean exists(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the ledger", e);
        }
    }
}
