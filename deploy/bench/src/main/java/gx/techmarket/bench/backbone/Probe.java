package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The phases being measured, by run name: where the consumer reports what it handled. */
@ApplicationScoped
class Probe {

    private final Map<String, Phase> phases = new ConcurrentHashMap<>();

    void begin(Phase phase) {
        phases.put(phase.run(), phase);
    }

    void end(Phase phase) {
        phases.remove(phase.run(), phase);
    }

    /**
     * A record reached the {@code @Incoming} method: notes when the relay sent it (its CreateTime) and when it arrived.
     * The ping is found from the CloudEvents subject ({@code <run>-<sequence>}) without parsing the payload. Never
     * throws: a measurement must not disturb the consumer.
     */
    void received(IncomingKafkaRecordMetadata<?, ?> kafka, long nanos) {
        try {
            var subject = kafka.getHeaders().lastHeader(CloudEventHeaders.SUBJECT);
            if (subject == null || kafka.getTimestamp() == null) {
                return;
            }
            String pingId = new String(subject.value(), StandardCharsets.UTF_8);
            int dash = pingId.lastIndexOf('-');
            Phase phase = dash > 0 ? of(pingId.substring(0, dash)) : null;
            if (phase == null) {
                return;
            }
            long seq = Long.parseLong(pingId.substring(dash + 1));
            if (phase.contains(seq)) {
                phase.sent(seq, kafka.getTimestamp().toEpochMilli());
                phase.received(seq, nanos);
            }
        } catch (RuntimeException e) {
            // not a ping of ours
        }
    }

    /** The phase a ping belongs to, or null (a ping of an earlier invocation, redelivered from the topic). */
    Phase of(String run) {
        return phases.get(run);
    }
}
