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
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. The work is split into {@value Outbox#BUCKETS} buckets by aggregate; a relay
 * takes a bucket with a transaction-scoped advisory lock, so any number of relays (in any number of service
 * instances) can run at once: a bucket is drained by one of them at a time, in sequence order, which keeps each
 * aggregate's events in commit order. Rows are marked published only after Kafka acknowledged them (acks=all,
 * idempotent producer); a relay that dies in between leaves them unmarked and they are sent again — consumers'
 * inboxes drop the duplicates.
 */
public final class OutboxRelay {

    /** Called after Kafka acknowledged a batch and before it is marked published; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface AfterSend {
        void sent(List<UUID> ids) throws Exception;
    }

    /** What one pass achieved. */
    public record Pass(int published, int failed) {}

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

    /** One pass over every bucket, starting at a random one so that concurrent relays spread out. */
    public Pass drainOnce() throws SQLException {
        int published = 0;
        int failed = 0;
        int start = ThreadLocalRandom.current().nextInt(Outbox.BUCKETS);
        for (int i = 0; i < Outbox.BUCKETS; i++) {
            Pass p = drainBucket((start + i) % Outbox.BUCKETS);
            published += p.published();
            failed += p.failed();
        }
        return new Pass(published, failed);
    }

    /** Drains one bucket until it is empty, another relay holds it, or a send fails. */
    Pass drainBucket(int bucket) throws SQLException {
        int published = 0;
        while (true) {
            Pass batch = sendBatch(bucket);
            published += batch.published();
            if (batch.failed() > 0 || batch.published() < batchSize) {
                return new Pass(published, batch.failed());
            }
        }
    }

    private Pass sendBatch(int bucket) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Pass pass = sendBatch(c, bucket);
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

    private Pass sendBatch(Connection c, int bucket) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, bucket);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return new Pass(0, 0); // another relay is on this bucket
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                select id, aggregateid, type, payload::text, topic, source, occurred_at, correlation_id, causation_id
                  from outbox
                 where bucket = ? and published_at is null
                 order by seq
                 limit ?""")) {
            select.setInt(1, bucket);
            select.setInt(2, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getObject(8, UUID.class), rs.getObject(9, UUID.class)));
                }
            }
        }
        if (rows.isEmpty()) {
            return new Pass(0, 0);
        }
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
        return new Pass(sent.size(), failed);
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
