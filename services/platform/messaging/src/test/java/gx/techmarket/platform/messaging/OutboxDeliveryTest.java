package gx.techmarket.platform.messaging;

import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Topics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox, relay and inbox together, with the relay running as in production. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class OutboxDeliveryTest {

    @Inject
    NoteService notes;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedChangesEventIsOnTheTopicExactlyOnceAndItsEffectHappensOnce() {
        String noteId = "note-" + UUID.randomUUID();
        UUID eventId = notes.write(noteId, 1, "甘蔗渣制浆新工艺");

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);
        List<ConsumerRecord<String, String>> onTopic = Topics.readAll(Notes.TOPIC, Duration.ofSeconds(5), r -> false)
                .stream().filter(r -> eventId.toString().equals(Topics.header(r, CloudEventHeaders.ID))).toList();
        assertThat(onTopic).hasSize(1);
        assertThat(onTopic.get(0).key()).isEqualTo(noteId);
        assertThat(onTopic.get(0).value()).contains("甘蔗渣制浆新工艺");
        assertThat(effects(eventId)).isEqualTo(1);
        assertThat(Db.count(dataSource, "select count(*) from outbox where id = ? and published_at is not null", eventId))
                .isEqualTo(1);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String noteId = "note-" + UUID.randomUUID();
        assertThatThrownBy(() -> notes.writeThenFail(noteId, 1, "rolled back"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Db.count(dataSource, "select count(*) from outbox where aggregateid = ?", noteId)).isZero();
        assertThat(Db.count(dataSource, "select count(*) from note where note_id = ?", noteId)).isZero();

        // a later committed event of the same aggregate arrives alone: nothing of the rolled-back one before or after
        UUID later = notes.write(noteId, 2, "committed");
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(later) == 1);
        List<ConsumerRecord<String, String>> ofNote = Topics.readAll(Notes.TOPIC, Duration.ofSeconds(3), r -> false)
                .stream().filter(r -> noteId.equals(r.key())).toList();
        assertThat(ofNote).extracting(r -> Topics.header(r, CloudEventHeaders.ID)).containsExactly(later.toString());
    }

    @Test
    void theEnvelopeCarriesEveryCloudEventsAttribute() {
        String noteId = "note-" + UUID.randomUUID();
        Instant before = Instant.now();
        UUID eventId = notes.write(noteId, 7, "envelope");
        ConsumerRecord<String, String> record = awaitRecord(eventId);

        assertThat(Topics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(Topics.header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(Topics.header(record, "ce_type")).isEqualTo("probe.NoteWritten.v1");
        assertThat(Topics.header(record, "ce_source")).isEqualTo("/techmarket/messaging-tests");
        assertThat(Topics.header(record, "ce_subject")).isEqualTo(noteId);
        assertThat(record.key()).isEqualTo(noteId);
        assertThat(Instant.parse(Topics.header(record, "ce_time"))).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(Topics.header(record, "content-type")).isEqualTo("application/json");
        // the first event of a chain correlates with itself and has no cause
        assertThat(Topics.header(record, "ce_correlationid")).isEqualTo(eventId.toString());
        assertThat(Topics.header(record, "ce_causationid")).isNull();
        assertThat(record.value()).isEqualTo("{\"text\": \"envelope\", \"noteId\": \"" + noteId + "\", \"sequence\": 7}");
    }

    @Test
    void smallRyesCloudEventsSupportReadsTheSameEnvelope() {
        UUID eventId = notes.write("note-" + UUID.randomUUID(), 1, "smallrye");
        await().atMost(Duration.ofSeconds(30)).until(() -> NoteConsumer.SEEN_BY_SMALLRYE.containsKey(eventId.toString()));
        IncomingCloudEventMetadata<?> ce = NoteConsumer.SEEN_BY_SMALLRYE.get(eventId.toString());
        assertThat(ce.getSpecVersion()).isEqualTo("1.0");
        assertThat(ce.getType()).isEqualTo("probe.NoteWritten.v1");
        assertThat(ce.getSource().toString()).isEqualTo("/techmarket/messaging-tests");
        assertThat(ce.getSubject()).isPresent();
        assertThat(ce.getTimeStamp()).isPresent();
        assertThat(ce.getExtension("correlationid")).contains(eventId.toString());
    }

    @Test
    void aHandlerThatPublishesAFollowUpPassesOnCausationAndCorrelation() {
        String noteId = "note-" + UUID.randomUUID();
        UUID original = notes.write(noteId, 1, "ack");
        ConsumerRecord<String, String> followUp = await().atMost(Duration.ofSeconds(30)).until(
                () -> Topics.readAll(Notes.TOPIC, Duration.ofSeconds(2), r -> false).stream()
                        .filter(r -> noteId.equals(r.key())
                                && "probe.NoteAcknowledged.v1".equals(Topics.header(r, "ce_type")))
                        .findFirst().orElse(null),
                r -> r != null);
        assertThat(Topics.header(followUp, "ce_causationid")).isEqualTo(original.toString());
        assertThat(Topics.header(followUp, "ce_correlationid")).isEqualTo(original.toString());
        assertThat(Topics.header(followUp, "ce_id")).isNotEqualTo(original.toString());
        // the follow-up is a type the consumer does not route: acknowledged, no effect, not a dead letter
        assertThat(Db.count(dataSource, "select count(*) from note_effect where note_id = ?", noteId)).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedAndTheEffectHappensOnce() {
        String noteId = "note-" + UUID.randomUUID();
        UUID eventId = notes.write(noteId, 1, "flaky-2");
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);
        assertThat(NoteConsumer.ATTEMPTS.get(noteId).get()).isEqualTo(3);
    }

    @Test
    void eventsOfOneAggregateArriveInTheOrderTheyWereCommitted() {
        String noteId = "note-" + UUID.randomUUID();
        for (int i = 0; i < 50; i++) {
            notes.write(noteId, i, "ordered");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Db.count(dataSource, "select count(*) from note_effect where note_id = ?", noteId) == 50);
        assertThat(Db.ints(dataSource, "select sequence from note_effect where note_id = ? order by handled_order", noteId))
                .isSorted().hasSize(50);
    }

    @Test
    void manyAggregatesWrittenConcurrentlyAreEachHandledOnceInTheOrderTheyWereCommitted() throws Exception {
        String run = "order-" + UUID.randomUUID().toString().substring(0, 8);
        int aggregates = 24;
        int perAggregate = 30;
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> written = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            // each writer interleaves its aggregates, so every batch the inbox gets mixes many of them
            written.add(pool.submit(() -> {
                for (int seq = 0; seq < perAggregate; seq++) {
                    for (int a = writer; a < aggregates; a += writers) {
                        notes.write(run + "-" + a, seq, "interleaved");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : written) {
            f.get();
        }
        pool.shutdown();

        long total = (long) aggregates * perAggregate;
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(dataSource,
                "select count(*) from note_effect where note_id like ?", run + "-%") == total);
        assertThat(Db.count(dataSource, "select count(distinct event_id) from inbox where event_id in "
                + "(select event_id from note_effect where note_id like ?)", run + "-%")).isEqualTo(total);
        for (int a = 0; a < aggregates; a++) {
            assertThat(Db.ints(dataSource,
                    "select sequence from note_effect where note_id = ? order by handled_order", run + "-" + a))
                    .as("aggregate %d handled in commit order, each event once", a)
                    .isEqualTo(IntStream.range(0, perAggregate).boxed().toList());
        }
        assertThat(NoteConsumer.BATCHES).as("the inbox got batches of more than one event")
                .anyMatch(batch -> batch.size() > 1);
    }

    private long effects(UUID eventId) {
        return Db.count(dataSource, "select count(*) from note_effect where event_id = ?", eventId);
    }

    static ConsumerRecord<String, String> awaitRecord(UUID eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> Topics.readAll(Notes.TOPIC, Duration.ofSeconds(2), r -> false).stream()
                        .filter(r -> eventId.toString().equals(Topics.header(r, "ce_id"))).findFirst().orElse(null),
                r -> r != null);
    }
}
