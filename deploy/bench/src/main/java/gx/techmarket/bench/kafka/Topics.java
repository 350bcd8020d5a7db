package gx.techmarket.bench.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What every part asks the broker, through one admin client: creating the bench's topics (before anything produces
 * or subscribes, so no consumer races auto-creation), their partition counts, how many records a topic holds (a
 * dead-letter topic must stay empty), a consumer group's lag (the backlog of the sustained runs) and rewinding a
 * group (the replay drill).
 */
public final class Topics implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    public Topics(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "bench-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Creates those of {@code topics} that are missing with {@code partitions} partitions (broker's replication). */
    public void ensure(List<String> topics, int partitions) throws Exception {
        Set<String> existing = names();
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty()));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Creates {@code topic} afresh (a leftover of an earlier run is deleted first) and waits for its partitions. */
    public void recreate(String topic, int partitions) throws Exception {
        delete(topic);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                break;
            } catch (ExecutionException e) {
                // a topic just deleted can take a moment to be gone from the controller
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
        while (partitionsOf(topic).size() < partitions) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " has not got its " + partitions + " partitions in 60 s");
            }
            Thread.sleep(200);
        }
    }

    /** Deletes {@code topic} if it exists and waits until the broker no longer lists it. */
    public void delete(String topic) throws Exception {
        try {
            admin.deleteTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (names().contains(topic)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + " is still listed 30 s after its deletion");
            }
            Thread.sleep(200);
        }
    }

    /** Partitions per topic, as the broker has them, in the order asked. */
    public Map<String, Integer> partitions(List<String> topics) throws Exception {
        Map<String, TopicDescription> d = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Integer> out = new LinkedHashMap<>();
        topics.forEach(t -> out.put(t, d.get(t).partitions().size()));
        return out;
    }

    /**
     * The partition count of the services' topics (the most common one among the broker's topics that are neither
     * internal nor the bench's), or {@code fallback} when the broker has none yet.
     */
    public int servicePartitions(int fallback) throws Exception {
        List<String> services = names().stream().filter(n -> !n.startsWith("__") && !n.startsWith("bench."))
                .toList();
        if (services.isEmpty()) {
            return fallback;
        }
        return mostCommon(partitions(services).values().stream().toList(), fallback);
    }

    static int mostCommon(List<Integer> counts, int fallback) {
        Map<Integer, Integer> tally = new TreeMap<>();
        counts.forEach(c -> tally.merge(c, 1, Integer::sum));
        return tally.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    /** Records in a topic (sum of end − start offsets), 0 if it does not exist. */
    public long records(String topic) throws Exception {
        if (!names().contains(topic)) {
            return 0;
        }
        List<TopicPartition> partitions = partitionsOf(topic);
        var end = offsets(partitions, OffsetSpec.latest());
        var start = offsets(partitions, OffsetSpec.earliest());
        long n = 0;
        for (TopicPartition tp : partitions) {
            n += end.get(tp).offset() - start.get(tp).offset();
        }
        return n;
    }

    /** The end offset of each partition of a topic (the offset its next record will get). */
    public Map<Integer, Long> endOffsets(String topic) throws Exception {
        Map<Integer, Long> end = new HashMap<>();
        offsets(partitionsOf(topic), OffsetSpec.latest()).forEach((tp, info) -> end.put(tp.partition(), info.offset()));
        return end;
    }

    /** A consumer group's committed offset on each partition of a topic that it has committed on. */
    public Map<Integer, Long> committedOffsets(String group, String topic) throws Exception {
        Map<Integer, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, o) -> {
                    if (tp.topic().equals(topic) && o != null) {
                        committed.put(tp.partition(), o.offset());
                    }
                });
        return committed;
    }

    /** A consumer group's lag on a topic: end offsets minus committed offsets (nothing committed counts from 0). */
    public long lag(String group, String topic) throws Exception {
        List<TopicPartition> partitions = partitionsOf(topic);
        var end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += end.get(tp).offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Rewinds a group to the first offset of every partition of a topic (the group must have no members). */
    public long rewind(String group, String topic) throws Exception {
        List<TopicPartition> partitions = partitionsOf(topic);
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        offsets(partitions, OffsetSpec.earliest()).forEach((tp, info) -> rewound.put(tp,
                new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(group, rewound).all().get(60, TimeUnit.SECONDS);
        return records(topic);
    }

    private Set<String> names() throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private List<TopicPartition> partitionsOf(String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(List<TopicPartition> partitions,
            OffsetSpec spec) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
