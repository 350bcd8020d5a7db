package gx.techmarket.platform.messaging;

import gx.techmarket.platform.testing.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * A relay that cannot reach Kafka: committed events wait, and its readiness check says so. The relay is a second
 * one, configured for a broker nobody listens on, beside the application's (paused meanwhile), so the module's
 * tests share one application.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
class StuckRelayHealthTest {

    @Inject
    NoteService notes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessagingConfig config;

    @Inject
    OutboxRelayRunner applicationRelay;

    @Test
    void readinessGoesDownWhenCommittedEventsWaitTooLongAndTheEventGoesOutOnceKafkaIsThere() {
        MessagingConfig unreachable = unreachableKafka(config, Duration.ofSeconds(2));
        OutboxRelayRunner stuck = new OutboxRelayRunner(dataSource, unreachable, new OutboxCommits(null),
                new SimpleMeterRegistry(), "127.0.0.1:9", "stuck");
        OutboxRelayHealth health = new OutboxRelayHealth(stuck, unreachable);
        UUID eventId;
        applicationRelay.pause();
        try {
            stuck.start(null);
            assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            eventId = notes.write("note-" + UUID.randomUUID(), 1, "stuck");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> health.call().getStatus() == HealthCheckResponse.Status.DOWN);
            assertThat(health.call().getData().orElseThrow()).containsEntry("threadAlive", true);
            assertThat(Db.count(dataSource, "select count(*) from outbox where id = ? and published_at is null",
                    eventId)).isEqualTo(1);
        } finally {
            stuck.stop(null);
            applicationRelay.resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(dataSource,
                "select count(*) from note_effect where event_id = ?", eventId) == 1);
    }

    /** The application's configuration, with the relay pointed at a closed port and a short stuck-after. */
    private static MessagingConfig unreachableKafka(MessagingConfig base, Duration stuckAfter) {
        MessagingConfig.Relay relay = new MessagingConfig.Relay() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<String> bootstrapServers() {
                return Optional.of("127.0.0.1:9");
            }

            @Override
            public Duration pollInterval() {
                return base.relay().pollInterval();
            }

            @Override
            public int batchSize() {
                return base.relay().batchSize();
            }

            @Override
            public Duration retention() {
                return base.relay().retention();
            }

            @Override
            public Duration cleanupInterval() {
                return base.relay().cleanupInterval();
            }

            @Override
            public Duration stuckAfter() {
                return stuckAfter;
            }
        };
        return new MessagingConfig() {
            @Override
            public String source() {
                return base.source();
            }

            @Override
            public Relay relay() {
                return relay;
            }

            @Override
            public MessagingConfig.Inbox inbox() {
                return base.inbox();
            }
        };
    }
}
