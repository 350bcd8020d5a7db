package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phases being measured, by run name: where the consumer reports what it handled, and where the handler finds
 * the Kafka position of the event it handles (for the order check).
 */
@ApplicationScoped
class Probe {

    /** Where the consumer found an event. */
    record Position(int partition, long offset) {}

    private final Map<String, Phase> phases = new ConcurrentHashMap<>();
    private final Map<UUID, Position> positions = new ConcurrentHashMap<>();

    void begin(Phase phase) {
        phases.put(phase.run(), phase);
    }

    void end(Phase phase) {
        phases.remove(phase.run(), phase);
    }

    /**
     * A record reached the {@code @Incoming} method: notes when the relay sent it (its CreateTime), when it arrived
     * and where it was. The ping is found in the payload's {@code run} and {@code sequence} by a plain text search
     * (the inbox parses and validates the JSON right after). Never throws: a measurement must not disturb the
     * consumer.
     */
    void received(IncomingKafkaRecordMetadata<?, ?> kafka, String payload, long nanos) {
        try {
            var id = kafka.getHeaders().lastHeader(CloudEventHeaders.ID);
            if (id != null) {
                positions.put(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)),
                        new Position(kafka.getPartition(), kafka.getOffset()));
            }
            String run = field(payload, "\"run\":\"", '"');
            String sequence = field(payload, "\"sequence\":", ',');
            Phase phase = run == null ? null : of(run);
            if (phase == null || sequence == null || kafka.getTimestamp() == null) {
                return;
            }
            long seq = Long.parseLong(sequence.trim());
            if (phase.contains(seq)) {
                phase.sent(seq, kafka.getTimestamp().toEpochMilli());
                phase.received(seq, nanos);
            }
        } catch (RuntimeException e) {
            // not a ping of ours
        }
    }

    /** The position noted for an event, once (the handler takes it). */
    Position takePosition(UUID eventId) {
        return positions.remove(eventId);
    }

    /** The phase a ping belongs to, or null (a ping of an earlier invocation, redelivered from the topic). */
    Phase of(String run) {
        return phases.get(run);
    }

    /** The text after {@code key} up to {@code end} (or the closing brace), null if {@code key} is not there. */
    static String field(String json, String key, char end) {
        int at = json.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        int to = json.indexOf(end, from);
        if (to < 0) {
            to = json.indexOf('}', from);
        }
        return to < 0 ? null : json.substring(from, to);
    }
}
