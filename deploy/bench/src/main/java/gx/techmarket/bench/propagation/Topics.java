package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the drills ask the broker: how many records a topic holds (the dead-letter topic must stay empty), the
 * subsidy service's consumer lag, and rewinding its consumer group to offset 0 for the replay drill.
 */
public final class Topics implements AutoCloseable {

    /** The registry's topic and the subsidy service's consumer group on it (quarkus.application.name). */
    public static final String CONTRACTS = "registry.contracts.v1";
    public static final String CONTRACTS_DLQ = "registry.contracts.v1.dlq";
    public static final String SUBSIDY_GROUP = "subsidy";

    private final Admin admin;

    public Topics(MarketHandle market) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, market.kafkaBootstrap());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(p);
    }

    /** Records in a topic (sum of end − start offsets), 0 if it does not exist. */
    public long records(String topic) throws InterruptedException, ExecutionException, TimeoutException {
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
            return 0;
        }
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(partitions, OffsetSpec.earliest());
        long n = 0;
        for (TopicPartition tp : partitions) {
            n += end.get(tp).offset() - start.get(tp).offset();
        }
        return n;
    }

    /** The subsidy group's lag on the contracts topic: end offsets minus committed offsets. */
    public long subsidyLag() throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = partitions(CONTRACTS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(SUBSIDY_GROUP)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += end.get(tp).offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Rewinds the subsidy group to the first offset of every partition (the group must have no members). */
    public long rewindSubsidyGroup() throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = partitions(CONTRACTS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        start.forEach((tp, info) -> rewound.put(tp, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(SUBSIDY_GROUP, rewound).all().get(60, TimeUnit.SECONDS);
        return records(CONTRACTS);
    }

    private List<TopicPartition> partitions(String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(List<TopicPartition> partitions,
            OffsetSpec spec) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
