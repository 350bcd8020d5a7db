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
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay driven by hand: crashes between send and mark, and several relays over one outbox. The application's
 * own relay is paused meanwhile, so the relays of the test are the only ones.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class RelayCrashAndConcurrencyTest {

    @Inject
    NoteService notes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelayRunner applicationRelay;

    @BeforeEach
    void pauseTheApplicationsRelay() {
        applicationRelay.pause();
    }

    @AfterEach
    void resumeIt() {
        applicationRelay.resume();
    }

    @Test
    void aRelayThatDiesAfterSendingABatchLeavesItsRowsForTheNextOneAndEachEffectStillHappensOnceInOrder()
            throws Exception {
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        int aggregates = 6; // several buckets in one pass
        int perAggregate = 4;
        List<UUID> eventIds = new ArrayList<>();
        for (int seq = 0; seq < perAggregate; seq++) {
            for (int a = 0; a < aggregates; a++) {
                eventIds.add(notes.write(run + "-" + a, seq, "crash"));
            }
        }
        List<UUID> sentBeforeTheCrash = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = KafkaProducers.reliable(Topics.bootstrap(), "crashing-relay")) {
            OutboxRelay crashing = new OutboxRelay(dataSource, producer, 100, ids -> {
                sentBeforeTheCrash.addAll(ids);
                throw new IllegalStateException("killed between send and mark");
            });
            assertThatThrownBy(crashing::drainOnce).hasMessageContaining("before marking");
        }
        assertThat(sentBeforeTheCrash).containsAll(eventIds); // the whole batch was on Kafka ...
        assertThat(backlog(run)).isEqualTo(eventIds.size()); // ... and nothing of it marked
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(run) == eventIds.size());

        try (KafkaProducer<String, byte[]> producer = KafkaProducers.reliable(Topics.bootstrap(), "restarted-relay")) {
            new OutboxRelay(dataSource, producer, 100, ids -> { }).drainOnce();
        }
        assertThat(backlog(run)).isZero();
        List<ConsumerRecord<String, String>> copies = Topics.readAll(Notes.TOPIC, Duration.ofSeconds(30),
                r -> r.stream().filter(x -> x.key().startsWith(run)).count() >= 2L * eventIds.size())
                .stream().filter(x -> x.key().startsWith(run)).toList();
        assertThat(copies).hasSize(2 * eventIds.size()); // every event sent twice ...
        // ... each handled once, every aggregate in order
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> effects(run) == eventIds.size());
        for (UUID eventId : eventIds) {
            assertThat(Db.count(dataSource, "select count(*) from inbox where event_id = ?", eventId)).isEqualTo(1);
        }
        for (int a = 0; a < aggregates; a++) {
            assertThat(Db.ints(dataSource,
                    "select sequence from note_effect where note_id = ? order by handled_order", run + "-" + a))
                    .containsExactly(0, 1, 2, 3);
        }
    }

    @Test
    void twoRelaysOverOneOutboxDuplicateNoEffectAndKeepEachAggregatesOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int aggregates = 8;
        int perAggregate = 40;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> relays = new ArrayList<>();
        List<KafkaProducer<String, byte[]>> producers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            KafkaProducer<String, byte[]> producer = KafkaProducers.reliable(Topics.bootstrap(), "relay-" + r);
            producers.add(producer);
            OutboxRelay relay = new OutboxRelay(dataSource, producer, 7, ids -> { });
            relays.add(pool.submit(() -> {
                while (writing.get() || backlog(run) > 0) {
                    relay.drainOnce();
                    Thread.sleep(5);
                }
                return null;
            }));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int seq = 0; seq < perAggregate; seq++) {
                    for (int a = writer; a < aggregates; a += 4) {
                        notes.write(run + "-" + a, seq, "concurrent");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        for (Future<?> f : relays) {
            f.get();
        }
        producers.forEach(KafkaProducer::close);
        pool.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(dataSource,
                "select count(*) from note_effect where note_id like ?", run + "-%") == (long) aggregates * perAggregate);
        assertThat(Db.count(dataSource, "select count(distinct event_id) from note_effect where note_id like ?", run + "-%"))
                .isEqualTo((long) aggregates * perAggregate);
        for (int a = 0; a < aggregates; a++) {
            assertThat(Db.ints(dataSource,
                    "select sequence from note_effect where note_id = ? order by handled_order", run + "-" + a))
                    .as("aggregate %d handled in commit order", a)
                    .isSorted().hasSize(perAggregate).doesNotHaveDuplicates();
        }
    }

    private long backlog(String run) {
        return Db.count(dataSource, "select count(*) from outbox where published_at is null and aggregateid like ?",
                run + "-%");
    }

    private long effects(String run) {
        return Db.count(dataSource, "select count(*) from note_effect where note_id like ?", run + "-%");
    }
}
