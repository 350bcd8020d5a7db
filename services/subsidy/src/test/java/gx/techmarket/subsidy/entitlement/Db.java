package gx.techmarket.subsidy.entitlement;

import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the service's database directly, as an auditor would. */
public final class Db {

    private Db() {}

    public static long count(AgroalDataSource ds, String sql, Object... args) {
        return ((Number) single(ds, sql, args)).longValue();
    }

    public static BigDecimal decimal(AgroalDataSource ds, String sql, Object... args) {
        return (BigDecimal) single(ds, sql, args);
    }

    public static Object single(AgroalDataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the inbox has recorded the event as handled (or duplicate-skipped) by subsidy.entitlements. */
    public static boolean handled(AgroalDataSource ds, java.util.UUID eventId) {
        return count(ds, "select count(*) from inbox where consumer = 'subsidy.entitlements' and event_id = ?",
                eventId) == 1;
    }
}
