package gx.techmarket.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.EventType;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Handles each incoming event exactly once per consumer. The event id is recorded in the consumer's {@code inbox}
 * table in the same transaction as the handler's own writes (and any events it publishes), so a redelivered or
 * replayed event is recognised and skipped. A message that cannot be parsed, does not match its schema or whose
 * handler keeps failing is nacked, and the channel's {@code failure-strategy=dead-letter-queue} puts it on
 * {@code <topic>.dlq} with the error while the partition keeps flowing.
 *
 * <p>A channel consumes in batches ({@code mp.messaging.incoming.<channel>.batch=true}): all the records of one
 * poll are handled in <em>one</em> transaction — one statement records every event id and returns the new ones,
 * the handlers run for those in partition order, one commit — and the poll's offsets are acknowledged after the
 * commit. If anything in the batch fails, the transaction rolls back and the batch is handled again one event at
 * a time, each in its own transaction with retries and back-off, so a poison message costs its batch a second pass
 * and ends alone on the dead-letter topic while the others are handled once.
 *
 * <pre>{@code
 * ContractConsumer(Inbox inbox, EntitlementService entitlements) {
 *     this.routes = inbox.routes("subsidy.entitlements").on(ContractRegistered.class, entitlements::derive);
 * }
 *
 * @Incoming("registry-contracts")
 * Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
 *     return routes.process(batch);
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final AgroalDataSource dataSource;
    private final MessagingConfig config;
    private final MeterRegistry registry;
    /** The service's Hibernate persistence context, if it has one (a consumer of plain JDBC has none). */
    private final Instance<EntityManager> persistenceContext;
    /** Counters per consumer, built once: looking a meter up builds its id each time. */
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    Inbox(AgroalDataSource dataSource, MessagingConfig config, MeterRegistry registry,
            Instance<EntityManager> persistenceContext) {
        this.dataSource = dataSource;
        this.config = config;
        this.registry = registry;
        this.persistenceContext = persistenceContext;
    }

    /**
     * Starts the routing table of the consumer named {@code consumer} (e.g. {@code subsidy.entitlements}), bound to
     * this inbox: the consumer's channel method hands each batch to {@link Routes#process(KafkaRecordBatch)}.
     */
    public Routes routes(String consumer) {
        return new Routes(consumer, this);
    }

    /** The handlers of one consumer, by event type. Events of other types on the topic are acknowledged unread. */
    public static final class Routes {
        private final String consumer;
        private final Inbox inbox;
        private final Map<String, Route<?>> byType = new LinkedHashMap<>();

        private Routes(String consumer, Inbox inbox) {
            if (consumer == null || consumer.isBlank() || consumer.length() > 100) {
                throw new IllegalArgumentException("a consumer needs a name of 1 to 100 characters");
            }
            this.consumer = consumer;
            this.inbox = inbox;
        }

        /** Handles a poll's records through the inbox: {@link Inbox#process(KafkaRecordBatch, Routes)}. */
        public Uni<Void> process(KafkaRecordBatch<?, ?> batch) {
            return inbox.process(batch, this);
        }

        /** Handles one record through the inbox: {@link Inbox#process(Message, Routes)}. */
        public Uni<Void> process(Message<?> message) {
            return inbox.process(message, this);
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

        /**
         * Checks the data against the type's schema and reads it into its record, parsing the JSON once.
         *
         * @throws PoisonMessageException if it is not well-formed, breaks the schema or does not make a record
         */
        T read(Delivery delivery) {
            List<String> errors;
            JsonNode tree = null;
            try {
                tree = EventJson.readTree(delivery.json());
                errors = EventSchemas.validate(type.type(), tree);
            } catch (IllegalArgumentException e) {
                errors = List.of("$: " + e.getMessage());
            }
            if (!errors.isEmpty()) {
                throw new PoisonMessageException("event " + delivery.envelope().id() + " does not match the schema of "
                        + type.type() + ": " + errors);
            }
            try {
                return EventJson.mapper().treeToValue(tree, payloadClass);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new PoisonMessageException("payload cannot be read as " + type.type(), e);
            }
        }

        void handle(DomainEvent payload) {
            handler.accept(payloadClass.cast(payload));
        }
    }

    /** What became of one message. */
    public enum Outcome { HANDLED, DUPLICATE, IGNORED }

    /** One event as it arrived: its envelope, its JSON data and where it came from. */
    public record Delivery(CloudEventHeaders.Envelope envelope, String json, String topic, Integer partition, Long offset) {}

    /** A record of a batch that will be handled: where it came from, its route and its payload, read once. */
    private record Item(Message<?> message, Delivery delivery, Route<?> route, DomainEvent payload) {}

    /** A record of a batch that goes to the dead-letter topic, and why. */
    private record Failed(Message<?> message, RuntimeException failure) {}

    private record Meters(Counter handled, Counter duplicates, Counter ignored, Counter deadLettered,
            Counter batchFallbacks) {}

    private Meters meters(Routes routes) {
        return meters.computeIfAbsent(routes.consumer(), consumer -> new Meters(
                registry.counter("techmarket.inbox.handled", "consumer", consumer),
                registry.counter("techmarket.inbox.duplicates", "consumer", consumer),
                registry.counter("techmarket.inbox.ignored", "consumer", consumer),
                registry.counter("techmarket.inbox.dead.lettered", "consumer", consumer),
                registry.counter("techmarket.inbox.batch.fallbacks", "consumer", consumer)));
    }

    /**
     * Processes a Kafka message on a worker thread and acknowledges it, or nacks it (to the dead-letter topic) when
     * it is poison or the handler kept failing. A batch (a channel with {@code batch=true}) goes to
     * {@link #process(KafkaRecordBatch, Routes)}.
     */
    public Uni<Void> process(Message<?> message, Routes routes) {
        if (message instanceof KafkaRecordBatch<?, ?> batch) {
            return process(batch, routes);
        }
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

    /**
     * Processes the records of one poll on a worker thread in one transaction (falling back to one at a time when
     * something in it fails), then sends the failed ones to the dead-letter topic, in offset order, and only then
     * acknowledges the batch: an offset is committed only after its event's transaction committed or its dead
     * letter was written. The channel hands over the next batch when this one is done, so records of one
     * partition are never handled out of order.
     */
    public Uni<Void> process(KafkaRecordBatch<?, ?> batch, Routes routes) {
        return Uni.createFrom().item(() -> handleBatch(batch.getRecords(), routes))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(failed -> Multi.createFrom().iterable(failed)
                        .onItem().transformToUniAndConcatenate(f -> deadLetter(f.message(), routes, f.failure()))
                        .collect().last()
                        .onItem().transformToUni(done -> Uni.createFrom().completionStage(batch.ack())));
    }

    private Uni<Void> deadLetter(Message<?> message, Routes routes, Throwable failure) {
        meters(routes).deadLettered().increment();
        LOG.errorf("Event sent to the dead-letter topic by %s: %s", routes.consumer(), failure.toString());
        return Uni.createFrom().completionStage(message.nack(failure));
    }

    /** Handles a poll's records; returns those that must go to the dead-letter topic, in partition and offset order. */
    private List<Failed> handleBatch(List<? extends Message<?>> records, Routes routes) {
        Meters m = meters(routes);
        List<Failed> failed = new ArrayList<>();
        List<Item> items = new ArrayList<>(records.size());
        for (Message<?> record : records) {
            try {
                Delivery delivery = parse(record);
                Route<?> route = routes.byType.get(delivery.envelope().type());
                if (route == null) {
                    m.ignored().increment();
                } else {
                    items.add(new Item(record, delivery, route, route.read(delivery)));
                }
            } catch (PoisonMessageException e) {
                failed.add(new Failed(record, e));
            }
        }
        if (!items.isEmpty()) {
            int[] culprit = {-1}; // the item whose handler was running when the batch failed, if any
            try {
                int[] counts = QuarkusTransaction.requiringNew()
                        .call(() -> handleAll(items, routes.consumer(), culprit));
                m.handled().increment(counts[0]);
                m.duplicates().increment(counts[1]);
            } catch (RuntimeException e) {
                m.batchFallbacks().increment();
                Throwable cause = unwrap(e);
                LOG.warnf("%s: a batch (%d events) rolled back and is handled again one event at a time: %s",
                        routes.consumer(), items.size(), cause.toString());
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    try {
                        if (i != culprit[0]) {
                            process(item.delivery(), routes);
                        } else if (cause instanceof PoisonMessageException poison) {
                            throw poison; // the handler's verdict: no retry
                        } else if (config.inbox().maxAttempts() <= 1) {
                            throw e;
                        } else {
                            // its failure in the batch was its first attempt
                            process(item.delivery(), routes, item.route(), item.payload(), 2);
                        }
                    } catch (RuntimeException failure) {
                        failed.add(new Failed(item.message(), failure));
                    }
                }
            }
        }
        failed.sort(Comparator.comparing((Failed f) -> position(f.message()).partition(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(f -> position(f.message()).offset(), Comparator.nullsFirst(Comparator.naturalOrder())));
        return failed;
    }

    /** Inside the batch's transaction: records every id at once, then runs the handlers of the new ones in order. */
    /**
     * Ends one event of a batch: its entities are written and let go. Without this every query of a later event in the
     * same transaction would make Hibernate dirty-check (auto-flush) all the entities of all the events before it, and a
     * batch of n events would cost O(n²) (subsidy spent 45 % of its CPU there at 200 registrations/s). A write refused
     * here is blamed on this event, which the one-at-a-time fallback then handles alone.
     */
    private void endOfEvent() {
        if (persistenceContext.isResolvable()) {
            EntityManager em = persistenceContext.get();
            em.flush();
            em.clear();
        }
    }

    private int[] handleAll(List<Item> items, String consumer, int[] culprit) throws SQLException {
        Set<UUID> fresh = recordAll(items, consumer);
        int handled = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            // a duplicate inside the batch (the relay resent it) is handled at its first occurrence only
            if (fresh.remove(item.delivery().envelope().id())) {
                CloudEventHeaders.Envelope e = item.delivery().envelope();
                culprit[0] = i;
                MessageContext.within(e.correlationId(), e.id(), () -> {
                    item.route().handle(item.payload());
                    return null;
                });
                endOfEvent();
                culprit[0] = -1;
                handled++;
            }
        }
        return new int[] {handled, items.size() - handled};
    }

    /** Records the events as processed by {@code consumer} in one statement; returns the ids that were new. */
    private Set<UUID> recordAll(List<Item> items, String consumer) throws SQLException {
        int n = items.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        String[] topics = new String[n];
        Integer[] partitions = new Integer[n];
        Long[] offsets = new Long[n];
        for (int i = 0; i < n; i++) {
            Delivery d = items.get(i).delivery();
            ids[i] = d.envelope().id();
            types[i] = d.envelope().type();
            topics[i] = d.topic();
            partitions[i] = d.partition();
            offsets[i] = d.offset();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into inbox (consumer, event_id, type, topic, kafka_partition, kafka_offset)
                        select ?, e.id, e.type, e.topic, e.part, e.off
                          from unnest(?, ?, ?, ?, ?) as e(id, type, topic, part, off)
                        on conflict (consumer, event_id) do nothing
                        returning event_id""")) {
            insert.setString(1, consumer);
            insert.setArray(2, c.createArrayOf("uuid", ids));
            insert.setArray(3, c.createArrayOf("varchar", types));
            insert.setArray(4, c.createArrayOf("varchar", topics));
            insert.setArray(5, c.createArrayOf("int4", partitions));
            insert.setArray(6, c.createArrayOf("int8", offsets));
            Set<UUID> fresh = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
            return fresh;
        }
    }

    /**
     * Processes one delivery synchronously in its own transaction, with retries: the path a batch falls back to,
     * and the one a replay takes.
     *
     * @throws PoisonMessageException if it can never be handled
     * @throws RuntimeException the handler's last failure after all attempts
     */
    public Outcome process(Delivery delivery, Routes routes) {
        Meters m = meters(routes);
        Route<?> route = routes.byType.get(delivery.envelope().type());
        if (route == null) {
            m.ignored().increment();
            return Outcome.IGNORED;
        }
        return process(delivery, routes, route, route.read(delivery), 1);
    }

    /** Attempts {@code firstAttempt} to {@code max-attempts} at one delivery, each in its own transaction. */
    private Outcome process(Delivery delivery, Routes routes, Route<?> route, DomainEvent payload, int firstAttempt) {
        Meters m = meters(routes);
        Duration backoff = config.inbox().initialBackoff();
        int attempts = Math.max(1, config.inbox().maxAttempts());
        for (int attempt = 1; attempt < firstAttempt; attempt++) {
            sleep(backoff); // the pause after an attempt made in its batch
            backoff = doubled(backoff);
        }
        for (int attempt = firstAttempt; ; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew()
                        .call(() -> handleOnce(delivery, routes, route, payload));
                (outcome == Outcome.HANDLED ? m.handled() : m.duplicates()).increment();
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
                backoff = doubled(backoff);
            }
        }
    }

    private Duration doubled(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.inbox().maxBackoff()) > 0 ? config.inbox().maxBackoff() : doubled;
    }

    private Outcome handleOnce(Delivery delivery, Routes routes, Route<?> route, DomainEvent payload)
            throws SQLException {
        if (!record(delivery, routes.consumer())) {
            return Outcome.DUPLICATE;
        }
        CloudEventHeaders.Envelope e = delivery.envelope();
        MessageContext.within(e.correlationId(), e.id(), () -> {
            route.handle(payload);
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

    /** Where a Kafka message came from (partition and offset), for ordering dead letters; nulls if unknown. */
    private record Position(Integer partition, Long offset) {}

    private static Position position(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(k -> new Position(k.getPartition(), k.getOffset()))
                .orElse(new Position(null, null));
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
