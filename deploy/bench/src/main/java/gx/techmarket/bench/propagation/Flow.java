package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.load.LatencySummary;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * Registration → entitlement, measured in the databases: from the commit of the registry's registering transaction
 * to the commit of the subsidy service's transaction that wrote the contract's entitlements. Both instants are
 * PostgreSQL's own commit timestamps ({@code pg_xact_commit_timestamp(xmin)} of the contract row and of the
 * entitlement rows; the embedded default runs with {@code track_commit_timestamp=on}), from one server clock, so
 * the difference is exact to the microsecond and includes everything in between: the outbox relay, Kafka, the
 * consumer, the inbox and the subsidy transaction. If commit timestamps are off (an older market), the rows' own
 * {@code registered_at} and {@code created_at} (taken inside the transactions, a little before the commits) are used,
 * and the report says so.
 */
public final class Flow {

    /** Backlog at one moment: registered by the registry but without entitlements yet. */
    public record Backlog(long registered, long entitled) {
        public long waiting() {
            return registered - entitled;
        }
    }

    private Flow() {}

    /** How many of {@code ids} are registered and how many of those have their entitlements. */
    public static Backlog backlog(MarketHandle market, List<UUID> ids) throws SQLException {
        return new Backlog(countOf(market, "registry", "select count(*) from contract where id = any(?) "
                        + "and status = 'REGISTERED'", ids),
                countOf(market, "subsidy", "select count(distinct contract_id) from entitlement "
                        + "where contract_id = any(?)", ids));
    }

    /** The count {@code sql} (one array parameter, the ids) gives in {@code database}. */
    private static long countOf(MarketHandle market, String database, String sql, List<UUID> ids) throws SQLException {
        try (Connection c = market.connectAsSuperuser(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Waits until every registered contract of {@code ids} has its entitlements; the time it took, or empty. */
    public static java.util.Optional<Duration> drain(MarketHandle market, List<UUID> ids, Duration timeout)
            throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        long until = t0 + timeout.toNanos();
        while (true) {
            Backlog b = backlog(market, ids);
            if (b.waiting() <= 0) {
                return java.util.Optional.of(Duration.ofNanos(System.nanoTime() - t0));
            }
            if (System.nanoTime() > until) {
                return java.util.Optional.empty();
            }
            Thread.sleep(250);
        }
    }

    /** The latency result: the distribution and how it was measured. */
    public record Measured(LatencySummary latency, boolean commitTimestamps, long withoutEntitlement) {}

    /** Registry commit → entitlement commit for every registered contract of {@code ids}. */
    public static Measured latency(MarketHandle market, String label, double offered, List<UUID> ids)
            throws SQLException {
        boolean exact = commitTimestamps(market);
        Map<UUID, Double> registeredAt = new HashMap<>();
        try (Connection c = market.connectAsSuperuser("registry");
                PreparedStatement s = c.prepareStatement("select id, extract(epoch from "
                        + (exact ? "pg_xact_commit_timestamp(xmin)" : "registered_at")
                        + ") from contract where id = any(?) and status = 'REGISTERED'")) {
            s.setArray(1, array(c, ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    registeredAt.put(rs.getObject(1, UUID.class), rs.getDouble(2));
                }
            }
        }
        Histogram micros = LatencySummary.histogram();
        long missing = 0;
        double first = Double.MAX_VALUE;
        double last = 0;
        try (Connection c = market.connectAsSuperuser("subsidy");
                PreparedStatement s = c.prepareStatement("select contract_id, min(extract(epoch from "
                        + (exact ? "pg_xact_commit_timestamp(xmin)" : "created_at")
                        + ")) from entitlement where contract_id = any(?) group by contract_id")) {
            s.setArray(1, array(c, ids));
            Map<UUID, Double> entitled = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entitled.put(rs.getObject(1, UUID.class), rs.getDouble(2));
                }
            }
            for (var e : registeredAt.entrySet()) {
                Double done = entitled.get(e.getKey());
                if (done == null) {
                    missing++;
                    continue;
                }
                micros.recordValue(Math.max(0, Math.round((done - e.getValue()) * 1e6)));
                first = Math.min(first, e.getValue());
                last = Math.max(last, done);
            }
        }
        double throughput = micros.getTotalCount() == 0 ? 0 : micros.getTotalCount() / Math.max(1e-3, last - first);
        return new Measured(LatencySummary.of(label, offered, throughput, micros, missing,
                missing == 0 ? null : missing + " registered contracts without entitlements"), exact, missing);
    }

    static boolean commitTimestamps(MarketHandle market) throws SQLException {
        try (Connection c = market.connectAsSuperuser("registry");
                ResultSet rs = c.createStatement().executeQuery("show track_commit_timestamp")) {
            rs.next();
            return "on".equals(rs.getString(1));
        }
    }

    private static Array array(Connection c, List<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }
}
