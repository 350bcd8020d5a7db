package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.MarketClock;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger read for reports: a month of one programme's lines, a year of one beneficiary's. Reads lines of the
 * period only (by {@code journal_entry.posted_at}, indexed) and the balances the ledger keeps; never what a posting
 * needs.
 */
@ApplicationScoped
class LedgerReports {

    /** The account groups of a reconciliation, in order, with whether their normal balance is a credit. */
    static final Map<String, Boolean> GROUPS = groups();

    private final AgroalDataSource dataSource;

    LedgerReports(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static Map<String, Boolean> groups() {
        Map<String, Boolean> g = new LinkedHashMap<>();
        g.put("APPROPRIATION", false);
        g.put("BUDGET", true);
        g.put("VOUCHER", true);
        g.put("PAYABLE", true);
        g.put("BANK", true);
        g.put("RECEIVABLE", false);
        return g;
    }

    static String scope(String group) {
        return group.equals("PAYABLE") || group.equals("RECEIVABLE") ? "PROGRAMME" : "YEAR";
    }

    /** The accounts of the programme-year's reconciliation: the year's, and the programme's per beneficiary. */
    private static final String PROGRAMME_ACCOUNTS =
            " (a.programme_code = ? and (a.budget_year = ? or a.kind in ('PAYABLE', 'RECEIVABLE'))) ";

    Reconciliation reconcile(String programmeCode, int year, YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(MarketClock.CHINA).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(MarketClock.CHINA).toInstant();
        Map<String, BigDecimal> opening = new LinkedHashMap<>();
        Map<String, BigDecimal> after = new LinkedHashMap<>();
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        Map<String, List<Reconciliation.Movement>> movements = new LinkedHashMap<>();
        boolean entriesBalance;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select a.kind, coalesce(sum(l.amount) filter (where e.posted_at < ?), 0),
                           coalesce(sum(l.amount) filter (where e.posted_at >= ?), 0)
                      from journal_line l join journal_entry e on e.id = l.entry_id
                      join ledger_account a on a.code = l.account_code
                     where """ + PROGRAMME_ACCOUNTS + """
                       and (e.posted_at < ? or e.posted_at >= ?)
                     group by a.kind""")) {
                s.setTimestamp(1, Timestamp.from(start));
                s.setTimestamp(2, Timestamp.from(end));
                s.setString(3, programmeCode);
                s.setInt(4, year);
                s.setTimestamp(5, Timestamp.from(start));
                s.setTimestamp(6, Timestamp.from(end));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        opening.put(rs.getString(1), rs.getBigDecimal(2));
                        after.put(rs.getString(1), rs.getBigDecimal(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select a.kind, e.kind, sum(l.amount), count(distinct e.id)
                      from journal_line l join journal_entry e on e.id = l.entry_id
                      join ledger_account a on a.code = l.account_code
                     where """ + PROGRAMME_ACCOUNTS + """
                       and e.posted_at >= ? and e.posted_at < ?
                     group by a.kind, e.kind order by a.kind, e.kind""")) {
                s.setString(1, programmeCode);
                s.setInt(2, year);
                s.setTimestamp(3, Timestamp.from(start));
                s.setTimestamp(4, Timestamp.from(end));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String group = rs.getString(1);
                        BigDecimal amount = natural(group, rs.getBigDecimal(3));
                        movements.computeIfAbsent(group, k -> new ArrayList<>())
                                .add(new Reconciliation.Movement(rs.getString(2), amount, rs.getInt(4)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select a.kind, sum(b.balance) from account_balance b join ledger_account a on a.code = b.account_code
                     where """ + PROGRAMME_ACCOUNTS + " group by a.kind")) {
                s.setString(1, programmeCode);
                s.setInt(2, year);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        kept.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                }
            }
            // every entry of the month that touches the programme's accounts, summed over all its lines
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*) from (
                      select e.id from journal_entry e join journal_line l on l.entry_id = e.id
                       where e.posted_at >= ? and e.posted_at < ?
                         and e.id in (select l2.entry_id from journal_line l2
                                        join ledger_account a on a.code = l2.account_code where """
                    + PROGRAMME_ACCOUNTS + """
                    )
                       group by e.id having sum(l.amount) <> 0) unbalanced""")) {
                s.setTimestamp(1, Timestamp.from(start));
                s.setTimestamp(2, Timestamp.from(end));
                s.setString(3, programmeCode);
                s.setInt(4, year);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    entriesBalance = rs.getLong(1) == 0;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reconcile " + programmeCode + " " + year + " " + month, e);
        }
        List<Reconciliation.Group> groups = new ArrayList<>();
        boolean addsUp = true;
        for (String group : GROUPS.keySet()) {
            BigDecimal open = natural(group, opening.getOrDefault(group, BigDecimal.ZERO));
            List<Reconciliation.Movement> moved = movements.getOrDefault(group, List.of());
            BigDecimal closing = moved.stream().map(Reconciliation.Movement::amount).reduce(open, BigDecimal::add);
            BigDecimal keptClosing = natural(group, kept.getOrDefault(group, BigDecimal.ZERO)
                    .subtract(after.getOrDefault(group, BigDecimal.ZERO)));
            boolean ok = Reconciliation.addsUp(open, moved, closing, keptClosing);
            addsUp &= ok;
            groups.add(new Reconciliation.Group(group, scope(group), open, List.copyOf(moved), closing, keptClosing,
                    ok));
        }
        return new Reconciliation(programmeCode, year, month.toString(), List.copyOf(groups), addsUp, entriesBalance);
    }

    /** A signed ledger amount (debit positive) on the group's normal side, at two decimals. */
    static BigDecimal natural(String group, BigDecimal signed) {
        BigDecimal v = GROUPS.getOrDefault(group, false) ? signed.negate() : signed;
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The beneficiary's payable and receivable lines of {@code year}, entry by entry, with the balances before. */
    Statement statement(String uscc, String name, int year) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(MarketClock.CHINA).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(MarketClock.CHINA).toInstant();
        BigDecimal openingPayable = BigDecimal.ZERO.setScale(2);
        BigDecimal openingReceivable = BigDecimal.ZERO.setScale(2);
        List<Statement.Movement> movements = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select a.kind, sum(l.amount) from journal_line l join journal_entry e on e.id = l.entry_id
                      join ledger_account a on a.code = l.account_code
                     where a.owner_uscc = ? and a.kind in ('PAYABLE', 'RECEIVABLE') and e.posted_at < ?
                     group by a.kind""")) {
                s.setString(1, uscc);
                s.setTimestamp(2, Timestamp.from(start));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("PAYABLE")) {
                            openingPayable = rs.getBigDecimal(2).setScale(2);
                        } else {
                            openingReceivable = rs.getBigDecimal(2).setScale(2);
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select e.id, e.posted_at, e.kind, e.description, a.programme_code,
                           coalesce(sum(l.amount) filter (where a.kind = 'PAYABLE'), 0),
                           coalesce(sum(l.amount) filter (where a.kind = 'RECEIVABLE'), 0)
                      from journal_line l join journal_entry e on e.id = l.entry_id
                      join ledger_account a on a.code = l.account_code
                     where a.owner_uscc = ? and a.kind in ('PAYABLE', 'RECEIVABLE')
                       and e.posted_at >= ? and e.posted_at < ?
                     group by e.id, e.posted_at, e.posting_order, e.kind, e.description, a.programme_code
                     order by e.posting_order""")) {
                s.setString(1, uscc);
                s.setTimestamp(2, Timestamp.from(start));
                s.setTimestamp(3, Timestamp.from(end));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        movements.add(new Statement.Movement(
                                rs.getTimestamp(2).toInstant().atZone(MarketClock.CHINA).toLocalDate(),
                                rs.getString(5), rs.getString(3), rs.getString(4), rs.getBigDecimal(6).setScale(2),
                                rs.getBigDecimal(7).setScale(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the statement of " + uscc + " for " + year, e);
        }
        return Statement.of(uscc, name, year, openingPayable, openingReceivable, movements);
    }
}
