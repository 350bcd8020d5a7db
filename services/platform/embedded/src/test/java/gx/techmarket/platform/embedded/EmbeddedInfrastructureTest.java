package gx.techmarket.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    private static final Path TARGET = Path.of(System.getProperty("techmarket.build.dir", "target"));

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        Path data = TARGET.resolve("it-data/pg-" + System.nanoTime());
        Path work = TARGET.resolve("embedded-pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, work, 0)) {
            pg.ensureDatabase("catalogue");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("catalogue"), "catalogue", "catalogue");
                    Statement s = c.createStatement()) {
                s.execute("create table result(id int primary key, title text)");
                s.execute("insert into result values (1, '甘蔗制糖新工艺')");
                try (ResultSet rs = s.executeQuery("show track_commit_timestamp")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("on");
                }
                try (ResultSet rs = s.executeQuery("show synchronous_commit")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("the tests' fast default").isEqualTo("off");
                }
                try (ResultSet rs = s.executeQuery("select pg_xact_commit_timestamp(xmin) from result where id = 1")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getTimestamp(1)).as("the row's commit time is tracked").isNotNull();
                }
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, work, 0, true)) {
            pg.ensureDatabase("catalogue");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("catalogue"), "catalogue", "catalogue");
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select title from result where id = 1")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("甘蔗制糖新工艺");
                }
                try (ResultSet rs = s.executeQuery("show synchronous_commit")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("durable commits, as the launcher asks").isEqualTo("on");
                }
            }
        }
    }

    @Test
    void kafkaDeliversWhatWasProducedAndKeepsItAcrossARestart() throws Exception {
        Path logs = TARGET.resolve("it-data/kafka-" + System.nanoTime());
        int port;
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(logs, 0, 0)) {
            port = kafka.port();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka.bootstrapServers()))) {
                producer.send(new ProducerRecord<>("embedded.check.v1", "k1", "芒果深加工")).get();
            }
            assertThat(consumeAll(kafka.bootstrapServers(), "g1")).containsExactly("芒果深加工");
        }
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(logs, port, 0)) {
            assertThat(consumeAll(kafka.bootstrapServers(), "g2")).containsExactly("芒果深加工");
        }
    }

    /**
     * The launcher closes and starts the broker again inside its own JVM (fault drills: {@code techmarket stop kafka},
     * {@code start kafka}), on the same ports: the second broker must bind them, register its metrics afresh and
     * find the topics and the consumer groups' committed offsets.
     */
    @Test
    void kafkaStartsAgainInTheSameJvmOnTheSamePortsWithTopicsAndCommittedOffsets() throws Exception {
        Path logs = TARGET.resolve("it-data/kafka-again-" + System.nanoTime());
        int port = Ports.free();
        int controller;
        do {
            controller = Ports.free();
        } while (controller == port);
        String topic = "embedded.again.v1";
        for (int round = 1; round <= 3; round++) {
            try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(logs, port, controller)) {
                assertThat(kafka.port()).isEqualTo(port);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka.bootstrapServers()))) {
                    producer.send(new ProducerRecord<>(topic, "k", "round " + round)).get();
                }
                // the group committed 'round n-1' before the broker closed: only the new record is left for it
                assertThat(consumeAll(kafka.bootstrapServers(), "again", topic)).as("round %d", round)
                        .containsExactly("round " + round);
            }
            assertThat(Ports.inUse(port)).as("the client port is closed after round %d", round).isFalse();
            assertThat(Ports.inUse(controller)).as("the controller port is closed after round %d", round).isFalse();
        }
    }

    /**
     * The services' producers compress with lz4 (platform/messaging); the broker must be able to read and
     * re-validate every codec a producer may choose, whatever classpath the process running it has (the launcher's
     * supervisor is not a Quarkus application).
     */
    @Test
    void kafkaAcceptsRecordsInEveryCompressionCodec() throws Exception {
        Path logs = TARGET.resolve("it-data/kafka-codecs-" + System.nanoTime());
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(logs, 0, 0)) {
            for (String codec : List.of("lz4", "zstd", "snappy", "gzip")) {
                Properties config = producerConfig(kafka.bootstrapServers());
                config.put("compression.type", codec);
                String topic = "embedded.codec-" + codec + ".v1";
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
                    producer.send(new ProducerRecord<>(topic, "k1", "甘蔗渣综合利用 " + codec)).get();
                }
                assertThat(consumeAll(kafka.bootstrapServers(), "codec-" + codec, topic))
                        .as("a record compressed with %s", codec).containsExactly("甘蔗渣综合利用 " + codec);
            }
        }
    }

    private static Properties producerConfig(String bootstrap) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", "true",
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()));
        return p;
    }

    private static List<String> consumeAll(String bootstrap, String group) {
        return consumeAll(bootstrap, group, "embedded.check.v1");
    }

    private static List<String> consumeAll(String bootstrap, String group, String topic) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "group.id", group, "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    consumer.commitSync();
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }
}
