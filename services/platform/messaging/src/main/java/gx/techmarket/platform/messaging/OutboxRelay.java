package gx.techmarket.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. The work is split into {@value Outbox#BUCKETS} buckets by aggregate; a relay
 * takes the buckets no other relay holds with transaction-scoped advisory locks, so any number of relays (in any
 * number of service instances) can run at once: a bucket is drained by one of them at a time, in sequence order,
 * which keeps each aggregate's events in commit order.
 *
 * <p>A pass handles all the buckets it could lock in one transaction: one query reads up to {@code batchSize}
 * unpublished rows of each, all of them are handed to the producer at once (so Kafka batches them and one
 * round trip acknowledges them all), and they are marked published with one statement — only after Kafka
 * acknowledged them (acks=all, idempotent producer). A relay that dies in between leaves them unmarked and they are
 * sent again; consumers' inboxes drop the duplicates. A row Kafka refused stays unmarked, and so do the later rows
 * of its aggregate in the pass, so they go out after it, in order.
 */
public final class OutboxRelay {

    /** Called after Kafka acknowledged a pass's rows and before they are marked published; tests use it to crash. */
    @FunctionalInterface
    public interface AfterSend {
        void sent(List<UUID> ids) throws Exception;
    }

    /**
     * What one pass (or a drain) achieved: rows published, rows Kafka refused, and whether some bucket was held by
     * another relay (its rows may still wait: the caller should look again soon rather than sleep).
     */
    public record Pass(int published, int failed, boolean contended) {

        public Pass(int published, int failed) {
            this(published, failed, false);
        }
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** First key of the advisory locks the relays take per bucket (the second is the bucket). */
    private static final int LOCK_CLASS = 0x7e1a7;

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final int batchSize;
    private final AfterSend afterSend;

    public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, int batchSize, AfterSend afterSend) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.afterSend = afterSend;
    }

    /** Passes over every bucket until none has a full batch left, another relay holds them all, or a send fails. */
    public Pass drainOnce() throws SQLException {
        int published = 0;
        int failed = 0;
        boolean contended = false;
        while (true) {
            PassResult pass = pass();
            published += pass.published();
            failed += pass.failed();
            contended |= pass.lockedBuckets() < Outbox.BUCKETS;
            if (pass.failed() > 0 || !pass.fullBatch()) {
                return new Pass(published, failed, contended);
            }
        }
    }

    private record PassResult(int published, int failed, int lockedBuckets, boolean fullBatch) {}

    private PassResult pass() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                PassResult pass = pass(c);
                c.commit();
                return pass;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private PassResult pass(Connection c) throws SQLException {
        List<Integer> buckets = new ArrayList<>(Outbox.BUCKETS);
        try (PreparedStatement lock = c.prepareStatement(
                "select b from generate_series(0, ?) b where pg_try_advisory_xact_lock(?, b)")) {
            lock.setInt(1, Outbox.BUCKETS - 1);
            lock.setInt(2, LOCK_CLASS);
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    buckets.add(rs.getInt(1));
                }
            }
        }
        if (buckets.isEmpty()) {
            return new PassResult(0, 0, 0, false); // other relays hold every bucket
        }
        List<Row> rows = new ArrayList<>();
        int[] perBucket = new int[Outbox.BUCKETS];
        try (PreparedStatement select = c.prepareStatement("""
                select o.id, o.aggregateid, o.type, o.payload::text, o.topic, o.source, o.occurred_at,
                       o.correlation_id, o.causation_id, o.bucket
                  from unnest(?) as b(bucket)
                 cross join lateral (
                        select * from outbox
                         where outbox.bucket = b.bucket and published_at is null
                         order by seq
                         limit ?) o
                 order by o.seq""")) {
            select.setArray(1, c.createArrayOf("int2", buckets.stream().map(Integer::shortValue).toArray()));
            select.setInt(2, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getObject(8, UUID.class), rs.getObject(9, UUID.class)));
                    perBucket[rs.getInt(10)]++;
                }
            }
        }
        boolean fullBatch = false;
        for (int n : perBucket) {
            fullBatch |= n >= batchSize;
        }
        if (rows.isEmpty()) {
            return new PassResult(0, 0, buckets.size(), false);
        }
        // every row is in flight before the first acknowledgement is awaited: the producer batches them per
        // partition, and one round trip to the broker acknowledges a whole batch
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(producer.send(row.toRecord()));
        }
        List<UUID> sent = new ArrayList<>(rows.size());
        Set<String> blocked = new HashSet<>();
        int failed = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                acks.get(i).get();
                if (!blocked.contains(row.aggregateId())) {
                    sent.add(row.id());
                }
            } catch (ExecutionException e) {
                // later events of this aggregate stay unmarked too, so they are resent after it, in order
                blocked.add(row.aggregateId());
                failed++;
                LOG.warnf("Kafka refused event %s (%s) for now: %s", row.id(), row.type(), e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        try {
            afterSend.sent(sent);
        } catch (Exception e) {
            throw new IllegalStateException("relay stopped after sending, before marking", e);
        }
        if (!sent.isEmpty()) {
            try (PreparedStatement mark = c.prepareStatement(
                    "update outbox set published_at = now() where id = any(?)")) {
                Array ids = c.createArrayOf("uuid", sent.toArray());
                mark.setArray(1, ids);
                mark.executeUpdate();
            }
        }
        return new PassResult(sent.size(), failed, buckets.size(), fullBatch && failed == 0);
    }

    /** Deletes rows published more than {@code retention} ago, a batch at a time. */
    public int cleanUp(Duration retention) throws SQLException {
        int deleted = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("""
                        delete from outbox where id in (
                            select id from outbox where published_at < ? limit 5000)""")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(retention)));
            int n;
            do {
                n = delete.executeUpdate();
                deleted += n;
            } while (n == 5000);
        }
        return deleted;
    }

    /** Unpublished rows and the age of the oldest, for metrics and health. */
    public record Backlog(long rows, Duration oldestAge) {}

    public Backlog backlog() throws SQLException {
        return backlog(dataSource);
    }

    /** The backlog of the outbox in {@code dataSource}, as the relay sees it (for a benchmark watching one). */
    public static Backlog backlog(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*), min(occurred_at) from outbox where published_at is null");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now()));
        }
    }

    private record Row(UUID id, String aggregateId, String type, String payload, String topic, String source,
            Instant occurredAt, UUID correlationId, UUID causationId) {

        ProducerRecord<String, byte[]> toRecord() {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, aggregateId, payload.getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(record.headers(), new CloudEventHeaders.Envelope(id, type, source, aggregateId,
                    occurredAt, correlationId, causationId));
            return record;
        }
    }
}
