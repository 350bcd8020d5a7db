package gx.techmarket.platform.testing;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces events onto the test JVM's broker exactly as another service's outbox relay does: CloudEvents in binary
 * mode ({@code ce_*} headers, JSON body), keyed by the aggregate. What a consumer under test reads from a real
 * producer.
 */
public final class TestEvents {

    private TestEvents() {}

    /** Sends {@code event} as a new CloudEvent from {@code source} (e.g. {@code /techmarket/registry}); its id. */
    public static UUID send(DomainEvent event, String source) {
        UUID id = UUID.randomUUID();
        send(event, id, source);
        return id;
    }

    /** Sends {@code event} with the CloudEvents id {@code id}: send the same id twice to test idempotence. */
    public static void send(DomainEvent event, UUID id, String source) {
        sendKeyed(event, event.aggregateId(), id, source);
    }

    /**
     * Sends {@code event} under the Kafka key {@code key}: records of one key stay in order, so a test can send a
     * marker after an event and know the consumer read the event once it sees the marker's effect.
     */
    public static void sendKeyed(DomainEvent event, String key, UUID id, String source) {
        EventType type = EventType.of(event.getClass());
        send(type.topic(), type.type(), key, event.aggregateId(), EventJson.toJson(event), id, source);
    }

    /**
     * Sends a payload given as text (an example from {@code contracts/events}, or a malformed one) under
     * {@code type} on {@code topic}, with key and subject {@code subject}.
     */
    public static void sendJson(String topic, String type, String subject, String json, UUID id, String source) {
        send(topic, type, subject, subject, json, id, source);
    }

    /** The text of {@code contracts/events/examples/<type>/<name>.json} (the contracts module's test resources). */
    public static String example(String type, String name) {
        String resource = "contracts/events/examples/" + type + "/" + name + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no example " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a record as it is, headers and all (a record that is no CloudEvent, for a dead-letter test). */
    public static void produce(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", Topics.bootstrap(),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a record to " + record.topic(), e);
        }
    }

    private static void send(String topic, String type, String key, String subject, String json, UUID id,
            String source) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        header(record, "ce_correlationid", id.toString());
        produce(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
