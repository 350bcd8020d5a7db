package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.MessageContext;
import gx.techmarket.platform.messaging.OutboxCommits;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The consuming side as a service writes it: an {@code @Incoming} channel handing each message to
 * {@link Inbox#process(Message, Inbox.Routes)}, whose transaction records the event id and runs the handler, which
 * writes its effect (with its aggregate and Kafka position, for the order check). The ping counts as handled when
 * that transaction has <em>committed</em>: a JTA synchronization
 * takes the time in {@code afterCompletion(STATUS_COMMITTED)}, which Narayana calls once PostgreSQL has confirmed
 * the commit (before the Kafka offset is acknowledged).
 */
@ApplicationScoped
class PingConsumer {

    static final String CONSUMER = "bench.ping-effects";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Probe probe;
    private final Inbox.Routes routes;

    PingConsumer(Inbox inbox, AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            Probe probe) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.probe = probe;
        this.routes = inbox.routes(CONSUMER).on(Pinged.class, this::apply);
    }

    @Incoming("pings")
    Uni<Void> onPings(KafkaRecordBatch<String, String> batch) {
        long received = System.nanoTime();
        for (Message<String> message : batch.getRecords()) {
            message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .ifPresent(k -> probe.received(k, message.getPayload(), received));
        }
        return routes.process(batch);
    }

    private void apply(Pinged ping) {
        long invoked = System.nanoTime();
        UUID eventId = MessageContext.current().orElseThrow().causationId();
        Probe.Position at = probe.takePosition(eventId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into bench_ping_effect (event_id, run, sequence, "
                        + "aggregate, kafka_partition, kafka_offset) values (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, eventId);
            s.setString(2, ping.run());
            s.setLong(3, ping.sequence());
            s.setString(4, ping.aggregate());
            s.setObject(5, at == null ? null : at.partition());
            s.setObject(6, at == null ? null : at.offset());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Phase phase = probe.of(ping.run());
        if (phase == null || !phase.contains(ping.sequence())) {
            return;
        }
        phase.invoked(ping.sequence(), invoked);
        OutboxCommits.afterCommit(transactions, () -> phase.done(ping.sequence(), System.nanoTime()));
    }
}
