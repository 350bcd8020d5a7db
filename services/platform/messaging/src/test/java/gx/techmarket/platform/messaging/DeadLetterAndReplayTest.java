package gx.techmarket.platform.messaging;

import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Topics;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class DeadLetterAndReplayTest {

    @Inject
    NoteService notes;

    @Inject
    NoteConsumer consumer;

    @Inject
    Inbox inbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndThePartitionKeepsFlowing() throws Exception {
        String noteId = "note-" + UUID.randomUUID();
        UUID unparseable = UUID.randomUUID();
        UUID offSchema = UUID.randomUUID();
        // 1. not JSON, 2. JSON that breaks the schema, 3. no CloudEvents envelope at all — same key, same partition
        TestEvents.produce(cloudEvent(noteId, unparseable, "{not json"));
        TestEvents.produce(cloudEvent(noteId, offSchema, "{\"noteId\": \"" + noteId + "\", \"sequence\": -1, \"text\": \"x\"}"));
        TestEvents.produce(new ProducerRecord<>(Notes.TOPIC, noteId, "{\"hello\": \"world\"}"));
        // 4. a good event after them, through the outbox like any other
        UUID good = notes.write(noteId, 1, "after the poison");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Db.count(dataSource, "select count(*) from note_effect where event_id = ?", good) == 1);
        List<ConsumerRecord<String, String>> dead = Topics.readAll(Notes.DLQ, Duration.ofSeconds(30),
                r -> r.stream().filter(x -> noteId.equals(x.key())).count() >= 3).stream()
                .filter(r -> noteId.equals(r.key())).toList();
        assertThat(dead).hasSize(3);
        ConsumerRecord<String, String> first = dead.get(0);
        assertThat(first.value()).isEqualTo("{not json");
        assertThat(Topics.header(first, "ce_id")).isEqualTo(unparseable.toString()); // original headers kept
        assertThat(Topics.header(first, "dead-letter-reason")).contains("not well-formed JSON");
        assertThat(Topics.header(first, "dead-letter-topic")).isEqualTo(Notes.TOPIC);
        assertThat(Topics.header(dead.get(1), "ce_id")).isEqualTo(offSchema.toString());
        assertThat(Topics.header(dead.get(1), "dead-letter-reason")).contains("does not match the schema");
        assertThat(Topics.header(dead.get(2), "dead-letter-reason")).contains("not a CloudEvents 1.0 record");
        assertThat(Db.count(dataSource, "select count(*) from note_effect where note_id = ?", noteId)).isEqualTo(1);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("techmarket_inbox_dead_lettered_total{consumer=\"probe.note-effects\"}"));
    }

    @Test
    void aPoisonMessageInTheMiddleOfABatchGoesToTheDeadLetterTopicAndTheOthersAreHandledOnceInOrder() {
        String noteId = "note-" + UUID.randomUUID();
        double fallbacksBefore = fallbacks();
        // one transaction: the relay sends the five in one pass, Kafka keeps them in one record batch, one poll
        List<UUID> ids = notes.writeAll(noteId, List.of("first", "second", "poison", "fourth", "fifth"));
        UUID poison = ids.get(2);

        await().atMost(Duration.ofSeconds(30)).until(
                () -> Db.count(dataSource, "select count(*) from note_effect where note_id = ?", noteId) == 4);
        ConsumerRecord<String, String> letter = Topics.readAll(Notes.DLQ, Duration.ofSeconds(30),
                r -> r.stream().anyMatch(x -> poison.toString().equals(Topics.header(x, "ce_id")))).stream()
                .filter(x -> poison.toString().equals(Topics.header(x, "ce_id"))).findFirst().orElseThrow();
        assertThat(Topics.header(letter, "dead-letter-reason")).contains("this note is poison");
        assertThat(Topics.header(letter, "dead-letter-topic")).isEqualTo(Notes.TOPIC);
        assertThat(letter.key()).isEqualTo(noteId);

        // the batch really held the poison between the others ...
        List<String> batch = NoteConsumer.BATCHES.stream()
                .filter(b -> b.contains(poison.toString())).findFirst().orElseThrow();
        int at = batch.indexOf(poison.toString());
        assertThat(batch.subList(0, at)).contains(ids.get(0).toString(), ids.get(1).toString());
        assertThat(batch.subList(at + 1, batch.size())).contains(ids.get(3).toString(), ids.get(4).toString());
        // ... whose transaction rolled back, and one at a time each good event was handled once, in order
        assertThat(fallbacks()).isGreaterThan(fallbacksBefore);
        assertThat(Db.ints(dataSource, "select sequence from note_effect where note_id = ? order by handled_order",
                noteId)).containsExactly(0, 1, 3, 4);
        assertThat(Db.count(dataSource, "select count(*) from inbox where event_id in (?, ?, ?, ?, ?)",
                ids.toArray())).isEqualTo(4);
        assertThat(Db.count(dataSource, "select count(*) from inbox where event_id = ?", poison)).isZero();
    }

    @Test
    void aHandlerThatKeepsFailingEndsInTheDeadLetterTopicAfterItsAttempts() {
        String noteId = "note-" + UUID.randomUUID();
        UUID eventId = notes.write(noteId, 1, "always-fail");
        List<ConsumerRecord<String, String>> dead = Topics.readAll(Notes.DLQ, Duration.ofSeconds(30),
                r -> r.stream().anyMatch(x -> eventId.toString().equals(Topics.header(x, "ce_id"))));
        ConsumerRecord<String, String> letter = dead.stream()
                .filter(x -> eventId.toString().equals(Topics.header(x, "ce_id"))).findFirst().orElseThrow();
        assertThat(Topics.header(letter, "dead-letter-reason")).contains("this note can never be handled");
        assertThat(NoteConsumer.ATTEMPTS.get(noteId).get()).isEqualTo(3);
        assertThat(Db.count(dataSource, "select count(*) from inbox where event_id = ?", eventId)).isZero();
    }

    @Test
    void replayingTheTopicFromOffsetZeroChangesNothing() {
        String noteId = "note-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            notes.write(noteId, i, "replayed");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Db.count(dataSource, "select count(*) from note_effect where note_id = ?", noteId) == 5);
        long effectsBefore = Db.count(dataSource, "select count(*) from note_effect");
        long inboxBefore = Db.count(dataSource, "select count(*) from inbox");

        List<ConsumerRecord<String, String>> all = Topics.readAll(Notes.TOPIC, Duration.ofSeconds(5), r -> false);
        int handled = 0;
        int duplicates = 0;
        List<String> failures = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : all) {
            try {
                Inbox.Outcome outcome = inbox.process(
                        Inbox.parse(r.headers(), r.value(), r.topic(), r.partition(), r.offset()), consumer.routes());
                handled += outcome == Inbox.Outcome.HANDLED ? 1 : 0;
                duplicates += outcome == Inbox.Outcome.DUPLICATE ? 1 : 0;
            } catch (RuntimeException poisonOrFailing) {
                // the dead letters of the other tests are still dead letters
                failures.add(poisonOrFailing.toString());
            }
        }
        assertThat(duplicates).as("failures: %s", failures).isGreaterThanOrEqualTo(5);
        assertThat(handled).isZero();
        assertThat(Db.count(dataSource, "select count(*) from note_effect")).isEqualTo(effectsBefore);
        assertThat(Db.count(dataSource, "select count(*) from inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void metricsAndHealthShowTheRelay() {
        notes.write("note-" + UUID.randomUUID(), 1, "metrics");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("techmarket_outbox_published_total"))
                .body(containsString("techmarket_outbox_backlog"))
                .body(containsString("techmarket_outbox_oldest_age_seconds"))
                .body(containsString("techmarket_inbox_handled_total"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag")));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("outbox-relay"));
    }

    private double fallbacks() {
        return registry.counter("techmarket.inbox.batch.fallbacks", "consumer", NoteConsumer.CONSUMER).count();
    }

    private static ProducerRecord<String, String> cloudEvent(String key, UUID id, String value) {
        ProducerRecord<String, String> r = new ProducerRecord<>(Notes.TOPIC, key, value);
        r.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", "probe.NoteWritten.v1".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_source", "/techmarket/elsewhere".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
