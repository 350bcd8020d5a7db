package gx.techmarket.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code techmarket.messaging.*}: the outbox relay and the inbox of this service. */
@ConfigMapping(prefix = "techmarket.messaging")
public interface MessagingConfig {

    /** CloudEvents {@code source} of everything this service publishes. */
    @WithDefault("/techmarket/${quarkus.application.name}")
    String source();

    Relay relay();

    Inbox inbox();

    interface Relay {
        /** Whether this instance runs a relay (every instance may: they share the work safely). */
        @WithDefault("true")
        boolean enabled();

        /** The brokers the relay publishes to; by default {@code kafka.bootstrap.servers}. */
        java.util.Optional<String> bootstrapServers();

        /** How long the relay sleeps when no commit woke it (a safety net under LISTEN/NOTIFY). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows sent per bucket and transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long published rows are kept before clean-up. */
        @WithDefault("1h")
        Duration retention();

        @WithDefault("5m")
        Duration cleanupInterval();

        /** The relay counts as stuck (health DOWN) when a committed row waited this long unpublished. */
        @WithDefault("60s")
        Duration stuckAfter();
    }

    interface Inbox {
        /** Attempts at a handler before the message goes to the dead-letter topic. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }
}
