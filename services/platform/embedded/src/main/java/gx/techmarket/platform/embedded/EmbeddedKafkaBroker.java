package gx.techmarket.platform.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), in this JVM. Its log directory
 * is formatted on first use and reused afterwards, so topics and offsets survive a restart.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Kafka is chatty at INFO; keep warnings and errors only (the JUL bridge covers JBoss LogManager too). */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"));

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, int controllerPort) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker.
     *
     * @param logDirectory where its data lives
     * @param port the client port, or 0 for a free one
     * @param controllerPort the KRaft controller port, or 0 for a free one
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port, int controllerPort) {
        QUIETED.forEach(l -> l.setLevel(Level.WARNING));
        int clientPort = port > 0 ? port : Ports.free();
        // two free ports asked one after the other can be the same one (the first was let go before the second was
        // asked): the broker then refuses to start, as it did once in the suite
        int quorumPort = controllerPort;
        while (quorumPort <= 0 || quorumPort == clientPort) {
            quorumPort = Ports.free();
        }
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + quorumPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + quorumPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDirectory.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        // the market's topics are its event log: kept for ever (not Kafka's default week), so that a read model
        // rebuilt from offset 0 (the statistics, ADR 0038) sees every event ever published
        props.put("log.retention.ms", "-1");
        KafkaConfig config = new KafkaConfig(props, false);
        format(config, logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(server, clientPort, quorumPort);
    }

    private static void format(KafkaConfig config, Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(logDirectory.toAbsolutePath().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log directory " + logDirectory, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
