package gx.techmarket.statistics.projection;

import gx.techmarket.platform.messaging.Inbox;
import gx.techmarket.platform.messaging.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every topic of the facts from offset 0 for a rebuild, outside any consumer group (nothing is committed), and
 * applies each event to the generation being built through the inbox (consumer {@code statistics.rebuild.<n>}): the
 * same schema checks and routes as live, poison skipped as live sends it to the dead-letter topic.
 */
@ApplicationScoped
class ReplayConsumer {

    private static final Duration POLL = Duration.ofMillis(500);

    /** What a replay has read so far. */
    static final class Counts {
        long read;
        long skipped;
    }

    /** The part of a rebuild run while the replay reads the last events (under the switch lock). */
    interface Finish {
        void run(Runnable readToEnd);
    }

    private final Inbox inbox;
    private final Facts facts;
    private final String bootstrapServers;
    private final List<String> topics;

    ReplayConsumer(Inbox inbox, Facts facts, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "techmarket.statistics.topics") List<String> topics) {
        this.inbox = inbox;
        this.facts = facts;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
    }

    /**
     * Replays every partition from offset 0 to its end as of now into {@code generation}; then hands
     * {@code finish} a way to read on to the ends as of then (it calls it holding the switch lock).
     */
    void replay(int generation, Counts counts, BooleanSupplier stopping, Finish finish) {
        Inbox.Routes routes = FactRoutes.of(inbox, Rebuilds.CONSUMER_PREFIX + generation, facts, () -> generation,
                null);
        try (KafkaConsumer<String, String> kafka = consumer()) {
            List<TopicPartition> partitions = partitions(kafka);
            kafka.assign(partitions);
            // a topic whose oldest records retention has deleted cannot be replayed from offset 0: the rebuild would
            // make a generation of only what is left live and drop the full one, so it fails instead
            for (Map.Entry<TopicPartition, Long> begin : kafka.beginningOffsets(partitions).entrySet()) {
                if (begin.getValue() > 0) {
                    throw new IllegalStateException(begin.getKey() + " starts at offset " + begin.getValue()
                            + ", not 0: its oldest events are gone (retention), a replay would lose them");
                }
            }
            kafka.seekToBeginning(partitions);
            read(kafka, kafka.endOffsets(partitions), routes, counts, stopping);
            finish.run(() -> read(kafka, kafka.endOffsets(partitions), routes, counts, stopping));
        }
    }

    private void read(KafkaConsumer<String, String> kafka, Map<TopicPartition, Long> ends, Inbox.Routes routes,
            Counts counts, BooleanSupplier stopping) {
        while (!reached(kafka, ends)) {
            if (stopping.getAsBoolean()) {
                throw new IllegalStateException("the service is stopping");
            }
            for (ConsumerRecord<String, String> r : kafka.poll(POLL)) {
                if (r.offset() >= ends.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L)) {
                    continue; // beyond this pass's end: the next pass (or the live consumer) takes it
                }
                try {
                    inbox.process(Inbox.parse(r.headers(), r.value(), r.topic(), r.partition(), r.offset()), routes);
                    counts.read++;
                } catch (PoisonMessageException poison) {
                    counts.skipped++; // live, it went to the dead-letter topic: the replay passes over it too
                }
            }
        }
    }

    /** Whether the position has reached {@code ends} on every partition; seeks back to an end read beyond. */
    private static boolean reached(KafkaConsumer<String, String> kafka, Map<TopicPartition, Long> ends) {
        boolean all = true;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long position = kafka.position(end.getKey());
            if (position < end.getValue()) {
                all = false;
            } else if (position > end.getValue()) {
                kafka.seek(end.getKey(), end.getValue()); // the next pass reads on from exactly here
            }
        }
        return all;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "statistics-rebuild-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
