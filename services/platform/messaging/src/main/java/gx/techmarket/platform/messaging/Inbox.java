package gx.techmarket.platform.messaging;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.EventType;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Handles each incoming event exactly once per consumer. The event id is recorded in the consumer's {@code inbox}
 * table in the same transaction as the handler's own writes (and any events it publishes), so a redelivered or
 * replayed event is recognised and skipped. Transient failures are retried with exponential back-off; a message
 * that still fails, cannot be parsed or does not match its schema is nacked, and the channel's
 * {@code failure-strategy=dead-letter-queue} puts it on {@code <topic>.dlq} with the error while the partition
 * keeps flowing.
 *
 * <pre>{@code
 * @Incoming("registry-contracts")
 * Uni<Void> onContract(Message<String> message) {
 *     return inbox.process(message, Inbox.routes("subsidy.entitlements").on(ContractRegistered.class, this::grant));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final AgroalDataSource dataSource;
    private final MessagingConfig config;
    private final MeterRegistry registry;

    Inbox(AgroalDataSource dataSource, MessagingConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.registry = registry;
    }

    /** Starts a routing table for the consumer named {@code consumer} (e.g. {@code subsidy.entitlements}). */
    public static Routes routes(String consumer) {
        return new Routes(consumer);
    }

    /** The handlers of one consumer, by event type. Events of other types on the topic are acknowledged unread. */
    public static final class Routes {
        private final String consumer;
        private final Map<String, Route<?>> byType = new LinkedHashMap<>();

        private Routes(String consumer) {
            if (consumer == null || consumer.isBlank() || consumer.length() > 100) {
                throw new IllegalArgumentException("a consumer needs a name of 1 to 100 characters");
            }
            this.consumer = consumer;
        }

        public <T extends DomainEvent> Routes on(Class<T> eventClass, Consumer<T> handler) {
            return on(EventType.of(eventClass), eventClass, handler);
        }

        /** A route for an event type given explicitly (e.g. one the catalog does not list). */
        public <T extends DomainEvent> Routes on(EventType type, Class<T> payloadClass, Consumer<T> handler) {
            byType.put(type.type(), new Route<>(type, payloadClass, handler));
            return this;
        }

        public String consumer() {
            return consumer;
        }
    }

    private record Route<T extends DomainEvent>(EventType type, Class<T> payloadClass, Consumer<T> handler) {
        void handle(String json) {
            T payload;
            try {
                payload = EventJson.fromJson(json, payloadClass);
            } catch (IllegalArgumentException e) {
                throw new PoisonMessageException("payload cannot be read as " + type.type(), e);
            }
            handler.accept(payload);
        }
    }

    /** What became of one message. */
    public enum Outcome { HANDLED, DUPLICATE, IGNORED }

    /** One event as it arrived: its envelope, its JSON data and where it came from. */
    public record Delivery(CloudEventHeaders.Envelope envelope, String json, String topic, Integer partition, Long offset) {}

    /**
     * Processes a Kafka message on a worker thread and acknowledges it, or nacks it (to the dead-letter topic) when
     * it is poison or the handler kept failing.
     */
    public Uni<Void> process(Message<?> message, Routes routes) {
        return Uni.createFrom().item(() -> {
                    try {
                        process(parse(message), routes);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(failure -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, routes, failure));
    }

    private Uni<Void> deadLetter(Message<?> message, Routes routes, Throwable failure) {
        registry.counter("techmarket.inbox.dead.lettered", "consumer", routes.consumer()).increment();
        LOG.errorf("Event sent to the dead-letter topic by %s: %s", routes.consumer(), failure.toString());
        return Uni.createFrom().completionStage(message.nack(failure));
    }

    /**
     * Processes one delivery synchronously: the path a Kafka message takes, and the one a replay takes.
     *
     * @throws PoisonMessageException if it can never be handled
     * @throws RuntimeException the handler's last failure after all attempts
     */
    public Outcome process(Delivery delivery, Routes routes) {
        Route<?> route = routes.byType.get(delivery.envelope().type());
        if (route == null) {
            registry.counter("techmarket.inbox.ignored", "consumer", routes.consumer()).increment();
            return Outcome.IGNORED;
        }
        List<String> errors = EventSchemas.validate(route.type().type(), delivery.json());
        if (!errors.isEmpty()) {
            throw new PoisonMessageException("event " + delivery.envelope().id() + " does not match the schema of "
                    + route.type().type() + ": " + errors);
        }
        Duration backoff = config.inbox().initialBackoff();
        int attempts = Math.max(1, config.inbox().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> handleOnce(delivery, routes, route));
                registry.counter("techmarket.inbox." + (outcome == Outcome.HANDLED ? "handled" : "duplicates"),
                        "consumer", routes.consumer()).increment();
                return outcome;
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                if (cause instanceof PoisonMessageException poison) {
                    throw poison;
                }
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("%s failed on event %s (attempt %d of %d), retrying in %d ms: %s", routes.consumer(),
                        delivery.envelope().id(), attempt, attempts, backoff.toMillis(), cause.toString());
                sleep(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.inbox().maxBackoff()) > 0 ? config.inbox().maxBackoff() : doubled;
            }
        }
    }

    private Outcome handleOnce(Delivery delivery, Routes routes, Route<?> route) throws SQLException {
        if (!record(delivery, routes.consumer())) {
            return Outcome.DUPLICATE;
        }
        CloudEventHeaders.Envelope e = delivery.envelope();
        MessageContext.within(e.correlationId(), e.id(), () -> {
            route.handle(delivery.json());
            return null;
        });
        return Outcome.HANDLED;
    }

    /** Records the event as processed by {@code consumer}; false if it already was. */
    private boolean record(Delivery delivery, String consumer) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into inbox (consumer, event_id, type, topic, kafka_partition, kafka_offset)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (consumer, event_id) do nothing""")) {
            insert.setString(1, consumer);
            insert.setObject(2, delivery.envelope().id());
            insert.setString(3, delivery.envelope().type());
            insert.setString(4, delivery.topic());
            insert.setObject(5, delivery.partition());
            insert.setObject(6, delivery.offset());
            return insert.executeUpdate() == 1;
        }
    }

    /** Reads the envelope and data of a Kafka message; a message that is not a proper CloudEvent is poison. */
    public static Delivery parse(Message<?> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new PoisonMessageException("not a Kafka record"));
        return parse(kafka.getHeaders(), message.getPayload(), kafka.getTopic(), kafka.getPartition(),
                kafka.getOffset());
    }

    public static Delivery parse(Headers headers, Object value, String topic, Integer partition, Long offset) {
        CloudEventHeaders.Envelope envelope = CloudEventHeaders.read(headers);
        String json;
        if (value instanceof String s) {
            json = s;
        } else if (value instanceof byte[] bytes) {
            json = new String(bytes, StandardCharsets.UTF_8);
        } else {
            throw new PoisonMessageException("no event data in the record");
        }
        if (json.isBlank()) {
            throw new PoisonMessageException("empty event data");
        }
        return new Delivery(envelope, json, topic, partition, offset);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof PoisonMessageException) && t != t.getCause()) {
            t = t.getCause();
        }
        return t instanceof PoisonMessageException ? t : e;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

}
