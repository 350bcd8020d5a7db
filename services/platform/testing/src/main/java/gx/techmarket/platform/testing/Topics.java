package gx.techmarket.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the test JVM's broker from offset 0, as an outside observer of the service under test. */
public final class Topics {

    private Topics() {}

    /** The test JVM's broker, for a producer or consumer of a test's own. */
    public static String bootstrap() {
        return EmbeddedInfrastructure.get().kafka().bootstrapServers();
    }

    /** Waits (up to {@code timeout}) for the first record on {@code topic} that matches {@code wanted}. */
    public static Optional<ConsumerRecord<String, String>> await(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> wanted) {
        return readAll(topic, timeout, records -> records.stream().anyMatch(wanted)).stream().filter(wanted)
                .findFirst();
    }

    /** Every record on {@code topic} until {@code until} holds for what was read, or {@code timeout} passes. */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, String>>> until) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap(),
                "group.id", "observer-" + UUID.randomUUID(),
                "enable.auto.commit", "false",
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline && !until.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** A record header as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        return header(record.headers(), name);
    }

    /** The last header {@code name} as text, or null. */
    public static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
