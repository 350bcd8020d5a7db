package gx.techmarket.bench.backbone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The guarantees behind the figures, checked in the database after a phase has drained: every ping written was
 * handled exactly once (one effect row, none missing), and per aggregate the effects were written in the order the
 * events were committed. Order is checked on both sides of Kafka: the consumer's (effects of an aggregate in the
 * order of their Kafka offsets; all of an aggregate's events are on one partition, it is the key) and the relay's
 * (Kafka offsets of an aggregate in the order of the outbox's commit sequence, for the outbox rows still there).
 *
 * @param written                 pings committed by the writers ({@code bench_ping} rows of the phase)
 * @param handled                 distinct pings with an effect
 * @param missing                 pings written without an effect
 * @param duplicated              effects beyond the first of a ping
 * @param aggregatesWithSeveral   aggregates with more than one effect (what the order check had to work with)
 * @param consumerOrderViolations effects of an aggregate written before an effect of an earlier offset
 * @param relayOrderViolations    events of an aggregate sent to Kafka before one committed earlier; -1 when the
 *                                outbox's commit sequence could not be read (its table is the messaging library's
 *                                own, not its API: a change there leaves this check out, visibly, rather than
 *                                failing the phase)
 * @param withoutPosition         effects whose Kafka position the consumer did not note: the order checks could not
 *                                see them, so they count against the phase
 * @param deadLettered            records that reached the dead-letter topic during the phase (set by the caller)
 */
record EffectChecks(long written, long handled, long missing, long duplicated, long aggregatesWithSeveral,
        long consumerOrderViolations, long relayOrderViolations, long withoutPosition, long deadLettered) {

    boolean clean() {
        return missing == 0 && duplicated == 0 && consumerOrderViolations == 0 && relayOrderViolations <= 0
                && withoutPosition == 0 && deadLettered == 0;
    }

    static EffectChecks load(DataSource dataSource, String run, long deadLettered) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long written = count(c, "select count(*) from bench_ping where run = ?", run);
            long missing = count(c, "select count(*) from bench_ping p where p.run = ? and not exists "
                    + "(select 1 from bench_ping_effect e where e.run = p.run and e.sequence = p.sequence)", run);
            long effects = count(c, "select count(*) from bench_ping_effect where run = ?", run);
            long handled = count(c, "select count(distinct sequence) from bench_ping_effect where run = ?", run);
            long several = count(c, "select count(*) from (select aggregate from bench_ping_effect where run = ? "
                    + "group by aggregate having count(*) > 1) a", run);
            long consumer = count(c, "select count(*) from (select handled_order, lag(handled_order) over "
                    + "(partition by aggregate order by kafka_partition, kafka_offset) as previous "
                    + "from bench_ping_effect where run = ? and kafka_offset is not null) x "
                    + "where x.previous > x.handled_order", run);
            long relay = relayOrder(c, run);
            long unplaced = count(c, "select count(*) from bench_ping_effect where run = ? and kafka_offset is null",
                    run);
            return new EffectChecks(written, handled, missing, effects - handled, several, consumer, relay, unplaced,
                    deadLettered);
        }
    }

    private static long relayOrder(Connection c, String run) {
        try {
            return count(c, "select count(*) from (select e.kafka_offset, lag(e.kafka_offset) over "
                    + "(partition by e.aggregate order by o.seq) as previous from bench_ping_effect e "
                    + "join outbox o on o.id = e.event_id where e.run = ? and e.kafka_offset is not null) x "
                    + "where x.previous > x.kafka_offset", run);
        } catch (SQLException e) {
            System.out.println("bench:       relay order not checked: " + e.getMessage());
            return -1;
        }
    }

    private static long count(Connection c, String sql, String run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
