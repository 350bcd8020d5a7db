package gx.techmarket.bench.drills;

import gx.techmarket.bench.MarketHandle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fingerprint of the subsidy ledger: entitlements (count, Σ amount, and an MD5 over every contract, programme,
 * amount and status in a fixed order) and journal (entries, lines, Σ |amount|, MD5 over the entries' ids). Two equal
 * fingerprints mean nothing was added, removed or changed.
 */
final class LedgerSnapshot {

    private LedgerSnapshot() {}

    static String take(MarketHandle market) throws SQLException {
        try (Connection c = market.connectAsSuperuser("subsidy"); Statement s = c.createStatement()) {
            String entitlements;
            try (ResultSet rs = s.executeQuery("select count(*), coalesce(sum(amount), 0), md5(coalesce(string_agg("
                    + "contract_id || ':' || programme_code || ':' || amount || ':' || status, ',' order by contract_id, "
                    + "programme_code), '')) from entitlement")) {
                rs.next();
                entitlements = rs.getLong(1) + " entitlements Σ " + rs.getBigDecimal(2).toPlainString() + " md5 "
                        + rs.getString(3).substring(0, 12);
            }
            try (ResultSet rs = s.executeQuery("select (select count(*) from journal_entry), count(*), "
                    + "coalesce(sum(abs(amount)), 0), (select md5(coalesce(string_agg(id::text, ',' order by id), '')) "
                    + "from journal_entry) from journal_line")) {
                rs.next();
                return entitlements + "; " + rs.getLong(1) + " journal entries, " + rs.getLong(2) + " lines Σ|·| "
                        + rs.getBigDecimal(3).toPlainString() + " md5 " + rs.getString(4).substring(0, 12);
            }
        }
    }
}
