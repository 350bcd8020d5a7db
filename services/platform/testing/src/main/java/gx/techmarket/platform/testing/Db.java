package gx.techmarket.platform.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads a service's database directly, as an auditor would: plain SQL, positional arguments. */
public final class Db {

    private Db() {}

    /** The first column of the first row as a number (a {@code count(*)}, a sum of integers). */
    public static long count(DataSource ds, String sql, Object... args) {
        Object value = single(ds, sql, args);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of the first row as an exact decimal (money), or null. */
    public static BigDecimal decimal(DataSource ds, String sql, Object... args) {
        return (BigDecimal) single(ds, sql, args);
    }

    /** The first column of the first row, or null when there is no row. */
    public static Object single(DataSource ds, String sql, Object... args) {
        List<Object> values = column(ds, sql, args);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    public static List<Object> column(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row as integers. */
    public static List<Integer> ints(DataSource ds, String sql, Object... args) {
        return column(ds, sql, args).stream().map(v -> ((Number) v).intValue()).toList();
    }

    /** Runs an update; the rows it changed. */
    public static int update(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Whether consumer {@code consumer}'s inbox has recorded event {@code eventId} (handled or skipped). */
    public static boolean handled(DataSource ds, String consumer, UUID eventId) {
        return count(ds, "select count(*) from inbox where consumer = ? and event_id = ?", consumer, eventId) == 1;
    }
}
