package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.kafka.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The propagation's backlog: the registry's outbox rows not yet published (committed events the relay has not
 * sent to Kafka) and the events on the registry's topic that subsidy has not handled yet.
 */
public final class Backlogs {

    /** The registry's topic and the subsidy service's consumer group on it (quarkus.application.name). */
    public static final String CONTRACTS = "registry.contracts.v1";
    public static final String CONTRACTS_DLQ = "registry.contracts.v1.dlq";
    public static final String SUBSIDY_GROUP = "subsidy";

    private Backlogs() {}

    /** Registry outbox rows not yet published + the events subsidy has not handled yet. */
    public static long total(MarketHandle market, Topics topics) throws Exception {
        return unpublished(market) + unhandled(market, topics);
    }

    /**
     * The events on the registry's topic past the last one subsidy's inbox recorded, per partition (or past the group's
     * committed offset, if that is further). Not the consumer group's lag alone: a batch consumer commits its offsets
     * every few seconds (SmallRye's throttled strategy), so the committed lag also counts events handled seconds ago.
     */
    public static long unhandled(MarketHandle market, Topics topics) throws Exception {
        Map<Integer, Long> end = topics.endOffsets(CONTRACTS);
        Map<Integer, Long> committed = topics.committedOffsets(SUBSIDY_GROUP, CONTRACTS);
        Map<Integer, Long> handled = new HashMap<>();
        try (Connection c = market.connectAsSuperuser("subsidy");
                PreparedStatement s = c.prepareStatement("select kafka_partition, max(kafka_offset) + 1 from inbox "
                        + "where topic = ? and kafka_partition is not null group by kafka_partition")) {
            s.setString(1, CONTRACTS);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handled.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        long unhandled = 0;
        for (Map.Entry<Integer, Long> e : end.entrySet()) {
            long done = Math.max(handled.getOrDefault(e.getKey(), 0L), committed.getOrDefault(e.getKey(), 0L));
            unhandled += Math.max(0, e.getValue() - done);
        }
        return unhandled;
    }

    public static long unpublished(MarketHandle market) throws SQLException {
        try (Connection c = market.connectAsSuperuser("registry");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
