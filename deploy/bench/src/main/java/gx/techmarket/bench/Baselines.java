package gx.techmarket.bench;

/**
 * The machine's limits measured in the same run, against the market's own PostgreSQL and Kafka broker. Every
 * workload reports its figures as a ratio to one of these. NaN until measured ({@code --only} without
 * {@code baselines}).
 */
public final class Baselines {

    /** pgbench -S (select-only), scale 10, 8 clients: transactions per second and mean latency. */
    public volatile double pgSelectOnlyTps = Double.NaN;
    public volatile double pgSelectOnlyLatencyMs = Double.NaN;
    /** pgbench default TPC-B-like read-write mix, scale 10, 8 clients. */
    public volatile double pgReadWriteTps = Double.NaN;
    public volatile double pgReadWriteLatencyMs = Double.NaN;
    /** kafka-clients producer throughput, 1 KB records, acks=all. */
    public volatile double kafkaProduceRecordsPerSecond = Double.NaN;
    public volatile double kafkaProduceMBPerSecond = Double.NaN;
    /** kafka-clients consumer throughput over the same records. */
    public volatile double kafkaConsumeRecordsPerSecond = Double.NaN;
    public volatile double kafkaConsumeMBPerSecond = Double.NaN;
    /** Serial end-to-end latency (produce, acks=all, then consume, one record at a time), 1 KB records. */
    public volatile double kafkaEndToEndP50Ms = Double.NaN;
    public volatile double kafkaEndToEndP99Ms = Double.NaN;
}
