package gx.techmarket.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@ProbeTest
class EmbeddedResourcesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldWriteAndReadPostgresThroughTheServiceAndItsOwnDatabase() throws Exception {
        String id = given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR))
                .contentType("application/json")
                .body(Map.of("title", "甘蔗糖蜜综合利用", "amount", "1000000.10", "mode", "TRANSFER"))
                .when().post("/probe/notes")
                .then().statusCode(200).body("amount", equalTo(1000000.10f)).extract().path("id");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database(), title, amount::text from probe_note where id = '"
                        + UUID.fromString(id) + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("probe");
            assertThat(rs.getString(2)).isEqualTo("甘蔗糖蜜综合利用");
            assertThat(rs.getString(3)).isEqualTo("1000000.10");
        }

        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER))
                .when().get("/probe/notes/" + id)
                .then().statusCode(200).body("title", equalTo("甘蔗糖蜜综合利用"));
    }

    @Test
    void shouldProduceToAndConsumeFromTheBroker() throws Exception {
        String topic = "probe.notes." + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrapServers, "acks", "all", "enable.idempotence", "true",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, "note-1", "第" + i + "条")).get();
            }
        }
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers, "group.id", "probe-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(r.key()).isEqualTo("note-1");
                    received.add(r.value());
                }
            }
        }
        assertThat(received).containsExactly("第0条", "第1条", "第2条");
    }
}
