package gx.techmarket.bench.backbone;

import gx.techmarket.bench.kafka.KafkaBaseline;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.platform.messaging.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The backbone part's raw Kafka path: what the broker alone gives at the outbox path's rates, on the harness's one
 * {@link KafkaBaseline} (the relay's producer, a plain consumer assigned every partition from its end, no group).
 * Each record is the one the relay would send for the same ping: the same key, JSON value and CloudEvents headers,
 * so the size on the wire is the same. A record is written when the broker acknowledges it and done when the
 * consumer's {@code poll} returns it (the JSON is parsed, nothing else).
 */
final class BaselinePath implements AutoCloseable {

    static final String TOPIC = "bench.baseline.v1";
    private static final String SOURCE = "/techmarket/bench";

    private final KafkaBaseline kafka;
    private final int aggregates;

    BaselinePath(String bootstrapServers, int aggregates) {
        this.kafka = new KafkaBaseline(bootstrapServers, TOPIC, 0);
        this.aggregates = aggregates;
    }

    /** Sends ping {@code sequence} of {@code phase}, asynchronously; the broker's acknowledgement marks it written. */
    void send(Phase phase, long sequence) {
        Pinged ping = Pinged.of(phase.run(), sequence, aggregates, phase.intendedNanos(sequence));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, ping.aggregateId(),
                EventJson.toJson(ping).getBytes(StandardCharsets.UTF_8));
        UUID id = UUID.randomUUID();
        CloudEventHeaders.write(record.headers(), new CloudEventHeaders.Envelope(id, Pinged.TYPE, SOURCE,
                ping.aggregateId(), Instant.now().truncatedTo(ChronoUnit.MICROS), id, null));
        kafka.send(record, error -> {
            if (error == null) {
                phase.written(sequence, System.nanoTime());
            } else {
                phase.failed(error);
            }
        });
    }

    /** Starts the consumer at the current end of the topic, feeding {@code phase}; ready when this returns. */
    KafkaBaseline.Receiver receive(Phase phase) {
        return kafka.receive((r, received) -> {
            Pinged ping = EventJson.fromJson(new String(r.value(), StandardCharsets.UTF_8), Pinged.class);
            if (ping.run().equals(phase.run()) && phase.contains(ping.sequence())) {
                phase.done(ping.sequence(), received);
            }
        });
    }

    @Override
    public void close() {
        kafka.close();
    }
}
