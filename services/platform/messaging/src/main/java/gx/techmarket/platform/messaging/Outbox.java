package gx.techmarket.platform.messaging;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.EventType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Publishes events the only way a service may: by writing them to its outbox table inside the transaction that
 * makes the change. If the transaction rolls back, the event never existed; if it commits, the relay delivers it
 * to Kafka at least once, and consumers' inboxes make the effect happen exactly once. No dual writes.
 */
@ApplicationScoped
public class Outbox {

    /** Number of relay work partitions; stored with each row, so it must never change. */
    static final int BUCKETS = 16;

    private final AgroalDataSource dataSource;
    private final MessagingConfig config;
    private final OutboxCommits commits;
    private final Clock clock;

    @jakarta.inject.Inject
    Outbox(AgroalDataSource dataSource, MessagingConfig config, OutboxCommits commits) {
        this(dataSource, config, commits, Clock.systemUTC());
    }

    Outbox(AgroalDataSource dataSource, MessagingConfig config, OutboxCommits commits, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.commits = commits;
        this.clock = clock;
    }

    /**
     * Writes {@code event} to the outbox in the caller's transaction (there must be one).
     *
     * @return the event's id (CloudEvents {@code id})
     * @throws IllegalArgumentException if the event does not match its published schema: a bug, never sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        return publish(EventType.of(event.getClass()), event);
    }

    /** As {@link #publish(DomainEvent)}, for an event type given explicitly (e.g. one the catalog does not list). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, DomainEvent event) {
        String aggregateId = event.aggregateId();
        if (aggregateId == null || aggregateId.isBlank() || aggregateId.length() > 100) {
            throw new IllegalArgumentException("an event needs its aggregate id (the Kafka key), at most 100 characters");
        }
        String json = EventJson.toJson(event);
        List<String> errors = EventSchemas.validate(type.type(), json);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("event " + type.type() + " does not match its schema: " + errors);
        }
        UUID id = UUID.randomUUID();
        MessageContext.Current context = MessageContext.current().orElse(null);
        UUID correlation = context != null ? context.correlationId() : id;
        UUID causation = context != null ? context.causationId() : null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Transactions that publish for the same aggregate queue on the advisory lock until the earlier one ends,
        // so the sequence order of one aggregate's rows is their commit order: the relay can keep it on the topic.
        // The lock is taken in the insert's own statement (a subquery with a volatile function is evaluated before
        // the row, and so before its seq, is made): one round trip per event instead of two.
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                    insert into outbox (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at,
                                        correlation_id, causation_id, bucket)
                    select cast(? as uuid), cast(? as varchar), cast(? as varchar), cast(? as varchar),
                           cast(? as jsonb), cast(? as varchar), cast(? as varchar), cast(? as timestamptz),
                           cast(? as uuid), cast(? as uuid), cast(? as smallint)
                      from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as per_aggregate_lock""")) {
            insert.setObject(1, id);
            insert.setString(2, type.aggregateType());
            insert.setString(3, aggregateId);
            insert.setString(4, type.type());
            insert.setString(5, json);
            insert.setString(6, type.topic());
            insert.setString(7, config.source());
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setObject(9, correlation);
            insert.setObject(10, causation);
            insert.setInt(11, bucketOf(type.aggregateType(), aggregateId));
            insert.setString(12, type.aggregateType() + ':' + aggregateId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write event " + type.type() + " to the outbox", e);
        }
        commits.wakeRelayOnCommit();
        return id;
    }

    static int bucketOf(String aggregateType, String aggregateId) {
        return Math.floorMod((aggregateType + ':' + aggregateId).hashCode(), BUCKETS);
    }
}
