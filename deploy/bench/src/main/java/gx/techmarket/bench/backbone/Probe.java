package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases being measured, by run name: where the consumer reports what it handled, and where the handler finds
 * the Kafka position of the event it handles (for the order check).
 */
@ApplicationScoped
class Probe {

    /** Where the consumer found an event. */
    record Position(int partition, long offset) {}

    /** The payload's fields as the relay sends them: PostgreSQL's jsonb text, with a space after each colon. */
    private static final Pattern RUN = Pattern.compile("\"run\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:\\s*(\\d+)");

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
     * (the inbox parses and validates the JSON right after); its position comes from the record alone. Never throws: a measurement must not disturb the
     * consumer.
     */
    void received(IncomingKafkaRecordMetadata<?, ?> kafka, String payload, long nanos) {
        try {
            var id = kafka.getHeaders().lastHeader(CloudEventHeaders.ID);
            if (id != null) {
                positions.put(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)),
                        new Position(kafka.getPartition(), kafka.getOffset()));
            }
            Matcher run = RUN.matcher(payload);
            Matcher sequence = SEQUENCE.matcher(payload);
            Phase phase = run.find() ? of(run.group(1)) : null;
            if (phase == null || !sequence.find() || kafka.getTimestamp() == null) {
                return;
            }
            long seq = Long.parseLong(sequence.group(1));
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
}
