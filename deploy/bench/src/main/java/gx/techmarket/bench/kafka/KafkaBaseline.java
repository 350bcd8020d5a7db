package gx.techmarket.bench.kafka;

import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.load.Window;
import gx.techmarket.platform.messaging.KafkaProducers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.jboss.logmanager.LogContext;

/**
 * The one Kafka baseline: plain kafka-clients on a topic of the bench's own, with nothing of the messaging library
 * in the way but the producer, which is built by {@link KafkaProducers#reliable}, the very factory the outbox relay
 * uses (acks=all, idempotent, 5 in flight, linger 2 ms, lz4). Two uses:
 * <ul>
 * <li>the <b>baselines</b> part: producer throughput, consumer throughput over the same records, and serial
 * end-to-end latency, with 1,024-byte records of seeded random bytes (incompressible, so lz4 does not flatter the
 * figures) keyed by sequence number;</li>
 * <li>the <b>backbone</b> part: an open-model producer → consumer path at the outbox path's rates, records built
 * by the caller ({@link #send}), a consumer assigned every partition from its end, no group ({@link #receive}).</li>
 * </ul>
 */
public final class KafkaBaseline implements AutoCloseable {

    public static final int RECORD_BYTES = 1_024;
    /** What {@link KafkaProducers#reliable} sets, as the report states it. */
    public static final List<String> PRODUCER_SETTINGS = List.of("acks=all", "enable.idempotence=true",
            "max.in.flight.requests.per.connection=5", "linger.ms=2", "compression.type=lz4");
    /** Distinct record values: more than a producer batch holds, so no two records of a batch are alike. */
    private static final int POOL_RECORDS = 4_096;
    private static final double MIB = 1024.0 * 1024.0;

    /**
     * The clients log every configuration they are built with (a hundred lines each) at INFO; held here so the
     * level sticks while the part runs.
     */
    private static final java.util.logging.Logger CLIENT_LOG = quietClients();

    private final String bootstrap;
    private final String topic;
    private final byte[] pool;
    private volatile KafkaProducer<String, byte[]> streamProducer;

    public KafkaBaseline(String bootstrap, String topic, long seed) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.pool = new byte[POOL_RECORDS * RECORD_BYTES];
        new Random(seed).nextBytes(pool);
    }

    private static java.util.logging.Logger quietClients() {
        java.util.logging.Logger logger = LogContext.getLogContext().getLogger("org.apache.kafka");
        if (logger.getLevel() == null || logger.getLevel().intValue() < Level.WARNING.intValue()) {
            logger.setLevel(Level.WARNING);
        }
        return logger;
    }

    public static String clientVersion() {
        return AppInfoParser.getVersion();
    }

    public String topic() {
        return topic;
    }

    /** Record {@code seq}'s value: a 1 KB slice of the seeded pool. */
    byte[] value(long seq) {
        int offset = (int) (Math.floorMod(seq, (long) POOL_RECORDS) * RECORD_BYTES);
        return Arrays.copyOfRange(pool, offset, offset + RECORD_BYTES);
    }

    private KafkaProducer<String, byte[]> producer(String clientId) {
        return KafkaProducers.reliable(bootstrap, clientId);
    }

    private KafkaConsumer<String, byte[]> consumer(String clientId) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** A consumer assigned every partition of the topic, positioned at its end (or beginning) before this returns. */
    private KafkaConsumer<String, byte[]> assigned(String clientId, boolean fromEnd) {
        KafkaConsumer<String, byte[]> consumer = consumer(clientId);
        List<TopicPartition> partitions = partitions(consumer);
        consumer.assign(partitions);
        if (fromEnd) {
            consumer.seekToEnd(partitions);
        } else {
            consumer.seekToBeginning(partitions);
        }
        partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30))); // resolve the offsets now
        return consumer;
    }

    /**
     * Sends one record of an open-model stream asynchronously on one long-lived producer; {@code acknowledged}
     * gets the broker's answer (an exception, or null). A send the producer refuses at once is answered the same way.
     */
    public void send(ProducerRecord<String, byte[]> record, java.util.function.Consumer<Exception> acknowledged) {
        KafkaProducer<String, byte[]> p = streamProducer;
        if (p == null) {
            synchronized (this) {
                if (streamProducer == null) {
                    streamProducer = producer("bench-baseline-producer");
                }
                p = streamProducer;
            }
        }
        try {
            p.send(record, (metadata, error) -> acknowledged.accept(error));
        } catch (RuntimeException e) {
            acknowledged.accept(e);
        }
    }

    /**
     * Starts a consumer at the current end of the topic (assigned every partition, no group, no commits) on a thread
     * of its own; {@code each} gets every record with the {@link System#nanoTime()} its {@code poll} returned.
     * Ready when this returns.
     */
    public Receiver receive(BiConsumer<ConsumerRecord<String, byte[]>, Long> each) {
        return new Receiver(each);
    }

    /** The consumer of {@link #receive}; closing stops it. */
    public final class Receiver implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean running = true;

        private Receiver(BiConsumer<ConsumerRecord<String, byte[]>, Long> each) {
            consumer = assigned("bench-baseline-consumer", true);
            Thread thread = new Thread(() -> loop(each), "bench-baseline-consumer");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop(BiConsumer<ConsumerRecord<String, byte[]>, Long> each) {
            try {
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                    long received = System.nanoTime();
                    for (ConsumerRecord<String, byte[]> r : records) {
                        each.accept(r, received);
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

    /** Producer throughput: acknowledgements per second in the window after {@code warmup}. */
    public record Produced(long sent, long acknowledged, double recordsPerSecond, double mibPerSecond, double windowSeconds) {}

    /**
     * Sends as fast as the producer takes records (it blocks when its buffer is full) for {@code warmup} plus
     * {@code measure}, or until {@code maxRecords} are sent, then flushes. The rate is the acknowledgements that
     * arrived in the measured window over its length: the warm-up's records are acknowledged before it and the
     * flush after it, so neither counts.
     */
    public Produced produce(Duration warmup, Duration measure, long maxRecords) throws Exception {
        AtomicLong acked = new AtomicLong();
        AtomicLong ackedInWindow = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Window window = Window.afterWarmup(warmup, measure);
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = producer("bench-baseline-throughput")) {
            while (sent < maxRecords && failure.get() == null && !window.isOver(System.nanoTime())) {
                producer.send(new ProducerRecord<>(topic, Long.toString(sent), value(sent)), (metadata, error) -> {
                    long now = System.nanoTime();
                    if (error != null) {
                        failure.compareAndSet(null, error);
                        return;
                    }
                    acked.incrementAndGet();
                    if (window.contains(now)) {
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
        long end = sent >= maxRecords ? Math.min(window.end(), lastAck.get()) : window.end();
        double seconds = (end - window.start()) / 1e9;
        if (ackedInWindow.get() == 0 || seconds <= 0) {
            throw new IllegalStateException("no record was acknowledged in the measured window (" + sent
                    + " sent, " + acked.get() + " acknowledged)");
        }
        double rate = ackedInWindow.get() / seconds;
        return new Produced(sent, acked.get(), rate, rate * RECORD_BYTES / MIB, seconds);
    }

    /** Consumer throughput over records already on the topic. */
    public record Consumed(long records, long bytes, double recordsPerSecond, double mibPerSecond, double seconds) {}

    /**
     * Reads the topic from the beginning (assigned, no group) until {@code expected} records have come; the rate is
     * over the time from the first poll to the one that returned the last record.
     */
    public Consumed consume(long expected) {
        try (KafkaConsumer<String, byte[]> consumer = assigned("bench-baseline-reader", false)) {
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
    public LatencySummary endToEnd(int warmupRecords, int maxRecords, Duration maxTime) throws Exception {
        Histogram micros = LatencySummary.histogram();
        try (KafkaProducer<String, byte[]> producer = producer("bench-baseline-serial");
                KafkaConsumer<String, byte[]> consumer = assigned("bench-baseline-serial-reader", true)) {
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
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(topic, key, value(i)));
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

    @Override
    public void close() {
        KafkaProducer<String, byte[]> p = streamProducer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
