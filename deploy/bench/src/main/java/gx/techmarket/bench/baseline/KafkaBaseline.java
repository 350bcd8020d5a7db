package gx.techmarket.bench.baseline;

import gx.techmarket.bench.load.LatencySummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jboss.logmanager.LogContext;

/**
 * Plain kafka-clients against the market's broker, on a topic of the bench's own: producer throughput, consumer
 * throughput over the same records, and serial end-to-end latency. The producer has the relay's configuration
 * ({@code gx.techmarket.platform.messaging.KafkaProducers#reliable}: acks=all, idempotent, 5 in flight, linger 2 ms,
 * lz4), repeated here because that module brings Quarkus with it. Records are 1,024 bytes of seeded random bytes
 * (incompressible, so lz4 does not flatter the figures) with the sequence number as key.
 */
final class KafkaBaseline implements AutoCloseable {

    static final String TOPIC = "bench.baseline.market.v1";
    static final int RECORD_BYTES = 1_024;
    /** Distinct record values: more than a producer batch holds, so no two records of a batch are alike. */
    private static final int POOL_RECORDS = 4_096;
    private static final double MIB = 1024.0 * 1024.0;

    /**
     * The clients log every configuration they are built with (a hundred lines each) at INFO; held here so the
     * level sticks while the part runs.
     */
    private static final java.util.logging.Logger CLIENT_LOG = quietClients();

    private final String bootstrap;
    private final byte[] pool;
    private final Admin admin;

    KafkaBaseline(String bootstrap, long seed) {
        this.bootstrap = bootstrap;
        this.pool = new byte[POOL_RECORDS * RECORD_BYTES];
        new Random(seed).nextBytes(pool);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "bench-baseline-admin"));
    }

    private static java.util.logging.Logger quietClients() {
        java.util.logging.Logger logger = LogContext.getLogContext().getLogger("org.apache.kafka");
        if (logger.getLevel() == null || logger.getLevel().intValue() < Level.WARNING.intValue()) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }

    static String clientVersion() {
        return AppInfoParser.getVersion();
    }

    /** Record {@code seq}'s value: a 1 KB slice of the seeded pool. */
    byte[] value(long seq) {
        int offset = (int) (Math.floorMod(seq, (long) POOL_RECORDS) * RECORD_BYTES);
        return Arrays.copyOfRange(pool, offset, offset + RECORD_BYTES);
    }

    /** The relay's producer settings (KafkaProducers.reliable), with byte-array values. */
    static Map<String, Object> producerConfig(String bootstrap, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    private KafkaConsumer<String, byte[]> consumer(String clientId) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /**
     * The partition count of the services' topics (the most common one among the broker's topics that are neither
     * internal nor the benches'), or {@code fallback} when the broker has none yet.
     */
    int servicePartitions(int fallback) throws Exception {
        Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> services = names.stream().filter(n -> !n.startsWith("__") && !n.startsWith("bench.")).toList();
        if (services.isEmpty()) {
            return fallback;
        }
        Map<String, TopicDescription> described = admin.describeTopics(services).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        return mostCommon(described.values().stream().map(d -> d.partitions().size()).toList(), fallback);
    }

    static int mostCommon(List<Integer> counts, int fallback) {
        Map<Integer, Integer> tally = new TreeMap<>();
        counts.forEach(c -> tally.merge(c, 1, Integer::sum));
        return tally.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    /** Creates the bench's topic afresh (a leftover of an earlier run is deleted first). */
    void createTopic(int partitions) throws Exception {
        deleteTopic();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(partitions), Optional.empty()))).all()
                        .get(30, TimeUnit.SECONDS);
                break;
            } catch (ExecutionException e) {
                // a topic just deleted can take a moment to be gone from the controller
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
        try (KafkaConsumer<String, byte[]> probe = consumer("bench-baseline-probe")) {
            while (partitions(probe).size() < partitions) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(TOPIC + " has not got its " + partitions + " partitions in 60 s");
                }
                Thread.sleep(200);
            }
        }
    }

    /** Deletes the bench's topic if it exists and waits until the broker no longer lists it. */
    void deleteTopic() throws Exception {
        try {
            admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(TOPIC + " is still listed 30 s after its deletion");
            }
            Thread.sleep(200);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
    }

    /** Producer throughput: acknowledgements per second in the window after {@code warmup}. */
    record Produced(long sent, long acknowledged, double recordsPerSecond, double mibPerSecond, double windowSeconds) {}

    /**
     * Sends as fast as the producer takes records (it blocks when its buffer is full) for {@code warmup} plus
     * {@code measure}, or until {@code maxRecords} are sent, then flushes. The rate is the acknowledgements that
     * arrived in the measured window over its length: the warm-up's records are acknowledged before it and the
     * flush after it, so neither counts.
     */
    Produced produce(Duration warmup, Duration measure, long maxRecords) throws Exception {
        AtomicLong acked = new AtomicLong();
        AtomicLong ackedInWindow = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + measure.toNanos();
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                producerConfig(bootstrap, "bench-baseline-throughput"))) {
            while (sent < maxRecords && failure.get() == null && System.nanoTime() < windowEnd) {
                producer.send(new ProducerRecord<>(TOPIC, Long.toString(sent), value(sent)), (metadata, error) -> {
                    long now = System.nanoTime();
                    if (error != null) {
                        failure.compareAndSet(null, error);
                        return;
                    }
                    acked.incrementAndGet();
                    if (now >= windowStart && now < windowEnd) {
                        ackedInWindow.incrementAndGet();
                        lastAck.accumulateAndGet(now, Math::max);
                    }
                });
                sent++;
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the producer failed after " + acked.get() + " acknowledged records: "
                    + failure.get(), failure.get());
        }
        // normally the window's full length; shorter if maxRecords ran out first
        long end = sent >= maxRecords ? Math.min(windowEnd, lastAck.get()) : windowEnd;
        double seconds = (end - windowStart) / 1e9;
        if (ackedInWindow.get() == 0 || seconds <= 0) {
            throw new IllegalStateException("no record was acknowledged in the measured window (" + sent
                    + " sent, " + acked.get() + " acknowledged)");
        }
        double rate = ackedInWindow.get() / seconds;
        return new Produced(sent, acked.get(), rate, rate * RECORD_BYTES / MIB, seconds);
    }

    /** Consumer throughput over records already on the topic. */
    record Consumed(long records, long bytes, double recordsPerSecond, double mibPerSecond, double seconds) {}

    /**
     * Reads the topic from the beginning (assigned, no group) until {@code expected} records have come; the rate is
     * over the time from the first poll to the one that returned the last record.
     */
    Consumed consume(long expected) {
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-baseline-reader")) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30)));
            long records = 0;
            long bytes = 0;
            long start = System.nanoTime();
            long last = start;
            while (records < expected) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                long now = System.nanoTime();
                if (batch.isEmpty()) {
                    if (now - last > TimeUnit.SECONDS.toNanos(15)) {
                        throw new IllegalStateException("the consumer got " + records + " of " + expected
                                + " records and then nothing for 15 s");
                    }
                    continue;
                }
                for (ConsumerRecord<String, byte[]> r : batch) {
                    records++;
                    bytes += r.value().length;
                }
                last = now;
            }
            double seconds = (last - start) / 1e9;
            return new Consumed(records, bytes, records / seconds, bytes / MIB / seconds, seconds);
        }
    }

    /**
     * Serial end-to-end latency: one record at a time, from {@code send} (acks=all) until a consumer's poll returns
     * it, then the next; {@code warmupRecords} first ones unrecorded, then until {@code maxRecords} are recorded or
     * {@code maxTime} has passed.
     */
    LatencySummary endToEnd(int warmupRecords, int maxRecords, Duration maxTime) throws Exception {
        Histogram micros = LatencySummary.histogram();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                producerConfig(bootstrap, "bench-baseline-serial"));
                KafkaConsumer<String, byte[]> consumer = consumer("bench-baseline-serial-reader")) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30)));
            long measureStart = 0;
            long measureEnd = 0;
            for (int i = 0; i < warmupRecords + maxRecords; i++) {
                if (i == warmupRecords) {
                    measureStart = System.nanoTime();
                } else if (i > warmupRecords && System.nanoTime() - measureStart > maxTime.toNanos()) {
                    break;
                }
                String key = "serial-" + i;
                long t0 = System.nanoTime();
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(TOPIC, key, value(i)));
                long received = awaitRecord(consumer, key, t0);
                ack.get(30, TimeUnit.SECONDS);
                if (i >= warmupRecords) {
                    micros.recordValue((received - t0) / 1_000);
                    measureEnd = received;
                }
            }
            double seconds = (measureEnd - measureStart) / 1e9;
            return LatencySummary.of("kafka serial end-to-end", Double.NaN, micros.getTotalCount() / seconds, micros,
                    0, null);
        }
    }

    private static long awaitRecord(KafkaConsumer<String, byte[]> consumer, String key, long sentAt)
            throws TimeoutException {
        while (true) {
            ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
            long now = System.nanoTime();
            for (ConsumerRecord<String, byte[]> r : batch) {
                if (key.equals(r.key())) {
                    return now;
                }
            }
            if (now - sentAt > TimeUnit.SECONDS.toNanos(30)) {
                throw new TimeoutException("record " + key + " not consumed 30 s after it was sent");
            }
        }
    }

    /** The producer settings as the report states them. */
    static List<String> producerSettings() {
        List<String> shown = new ArrayList<>();
        Map<String, Object> config = new TreeMap<>(producerConfig("", ""));
        config.forEach((k, v) -> {
            if (!k.contains("serializer") && !k.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)
                    && !k.equals(ProducerConfig.CLIENT_ID_CONFIG)) {
                shown.add(k + "=" + v);
            }
        });
        return shown;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
