package gx.techmarket.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when the relay is stuck: its thread died, it has not completed a pass for a while, or a committed event
 * has waited longer than {@code techmarket.messaging.relay.stuck-after} (for example while Kafka is unreachable).
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    private final OutboxRelayRunner runner;
    private final MessagingConfig config;

    OutboxRelayHealth(OutboxRelayRunner runner, MessagingConfig config) {
        this.runner = runner;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox-relay");
        if (!runner.enabled()) {
            return b.up().withData("enabled", false).build();
        }
        Duration stuckAfter = config.relay().stuckAfter();
        Duration sinceHeartbeat = Duration.between(runner.heartbeat(), Instant.now());
        Duration oldest = runner.oldestUnpublishedAge();
        boolean up = runner.alive() && sinceHeartbeat.compareTo(stuckAfter) < 0 && oldest.compareTo(stuckAfter) < 0;
        return b.status(up)
                .withData("enabled", true)
                .withData("threadAlive", runner.alive())
                .withData("backlog", runner.backlogRows())
                .withData("oldestUnpublishedSeconds", oldest.toSeconds())
                .withData("secondsSinceLastPass", sinceHeartbeat.toSeconds())
                .build();
    }
}
