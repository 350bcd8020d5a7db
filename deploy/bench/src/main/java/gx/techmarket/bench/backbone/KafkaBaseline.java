package gx.techmarket.bench.backbone;

import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.platform.messaging.CloudEventHeaders;
import gx.techmarket.platform.messaging.KafkaProducers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The baseline: what the broker alone gives, with plain kafka-clients and nothing of the library in the way but
 * the producer's configuration. The producer is built by {@link KafkaProducers#reliable} exactly like the relay's
 * (acks=all, idempotent, linger.ms=2, lz4), and each record is the one the relay would send for the same ping: the
 * same key, JSON value and CloudEvents headers, so the size on the wire is the same. The consumer has no group (it
 * is assigned every partition and starts at the end) and only parses the JSON; a record counts when
 * {@code poll} returns it.
 */
final class KafkaBaseline implements AutoCloseable {

    static final String TOPIC = "bench.baseline.v1";
    private static final String SOURCE = "/techmarket/bench";

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    KafkaBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = KafkaProducers.reliable(bootstrapServers, "bench-baseline-producer");
    }

    /** Sends ping {@code sequence} of {@code phase}, asynchronously; the broker's acknowledgement marks it written. */
    void send(Phase phase, long sequence) {
        Pinged ping = Pinged.of(phase.run(), sequence, phase.intendedNanos(sequence));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, ping.pingId(),
                EventJson.toJson(ping).getBytes(StandardCharsets.UTF_8));
        UUID id = UUID.randomUUID();
        CloudEventHeaders.write(record.headers(), new CloudEventHeaders.Envelope(id, Pinged.TYPE, SOURCE,
                ping.pingId(), Instant.now().truncatedTo(ChronoUnit.MICROS), id, null));
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    phase.written(sequence, System.nanoTime());
                } else {
                    phase.failed(error);
                }
            });
        } catch (RuntimeException e) {
            phase.failed(e);
        }
    }

    /** Starts a consumer at the current end of the topic, feeding {@code phase}; ready when this returns. */
    Receiver receive(Phase phase) {
        return new Receiver(phase);
    }

    final class Receiver implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean running = true;

        private Receiver(Phase phase) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.CLIENT_ID_CONFIG, "bench-baseline-consumer",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30))); // resolve the end offsets now
            thread = new Thread(() -> loop(phase), "bench-baseline-consumer");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop(Phase phase) {
            try {
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                    long received = System.nanoTime();
                    for (ConsumerRecord<String, byte[]> r : records) {
                        Pinged ping = EventJson.fromJson(new String(r.value(), StandardCharsets.UTF_8), Pinged.class);
                        if (ping.run().equals(phase.run()) && phase.contains(ping.sequence())) {
                            phase.done(ping.sequence(), received);
                        }
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close(Duration.ofSeconds(5));
                stopped.countDown();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            consumer.wakeup();
            stopped.await(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
