package gx.techmarket.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs this instance's outbox relay on its own thread: woken when a transaction of this instance that wrote events
 * commits ({@link OutboxCommits}), polling for the rest (other instances' commits, rows left by a crash), cleaning
 * up published rows on a schedule, and publishing metrics for the backlog that the health check reads.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);
    /** How soon to look again when another relay held some buckets (its pass may have missed our commits). */
    private static final Duration CONTENDED_RETRY = Duration.ofMillis(20);

    private final AgroalDataSource dataSource;
    private final MessagingConfig config;
    private final OutboxCommits commits;
    private final String bootstrapServers;
    private final String applicationName;
    private final Counter publishedCounter;
    private final Counter failedCounter;
    private final AtomicLong backlogRows = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicReference<Instant> heartbeat = new AtomicReference<>(Instant.now());

    private volatile boolean running;
    private volatile boolean paused;
    /** Held during a pass, so that {@link #pause()} can wait for the one under way. */
    private final ReentrantLock passing = new ReentrantLock();
    private volatile Thread thread;
    private volatile KafkaProducer<String, byte[]> producer;

    OutboxRelayRunner(AgroalDataSource dataSource, MessagingConfig config, OutboxCommits commits,
            MeterRegistry registry, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.commits = commits;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
        this.publishedCounter = Counter.builder("techmarket.outbox.published")
                .description("Events the relay delivered to Kafka").register(registry);
        this.failedCounter = Counter.builder("techmarket.outbox.send.failures")
                .description("Events Kafka did not acknowledge (they are retried)").register(registry);
        Gauge.builder("techmarket.outbox.backlog", backlogRows, AtomicLong::get)
                .description("Committed events not yet delivered to Kafka").register(registry);
        Gauge.builder("techmarket.outbox.oldest.age.seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest undelivered event").register(registry);
    }

    void start(@Observes @Priority(MessagingMigrations.PRIORITY + 10) StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled on this instance (techmarket.messaging.relay.enabled=false)");
            return;
        }
        producer = KafkaProducers.reliable(config.relay().bootstrapServers().orElse(bootstrapServers),
                applicationName + "-outbox-relay");
        OutboxRelay relay = new OutboxRelay(dataSource, producer, config.relay().batchSize(), ids -> { });
        running = true;
        thread = new Thread(() -> loop(relay), applicationName + "-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        commits.signal();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    private void loop(OutboxRelay relay) {
        Duration backoff = Duration.ofMillis(100);
        Instant nextCleanup = Instant.now().plus(config.relay().cleanupInterval());
        Instant nextStats = Instant.now();
        while (running) {
            try {
                OutboxRelay.Pass pass = null;
                passing.lock();
                try {
                    if (!paused) {
                        commits.clear(); // the pass finds what committed so far; a later commit wakes the next one
                        pass = relay.drainOnce();
                    }
                } finally {
                    passing.unlock();
                }
                if (pass == null) {
                    commits.await(config.relay().pollInterval());
                    continue;
                }
                publishedCounter.increment(pass.published());
                failedCounter.increment(pass.failed());
                heartbeat.set(Instant.now());
                // the backlog query counts every unpublished row: at most once a second under load, not per pass
                if (Instant.now().isAfter(nextStats)) {
                    OutboxRelay.Backlog backlog = relay.backlog();
                    backlogRows.set(backlog.rows());
                    oldestAgeMillis.set(backlog.oldestAge().toMillis());
                    nextStats = Instant.now().plusSeconds(pass.published() > 0 ? 1 : 5);
                } else if (pass.published() > 0) {
                    nextStats = min(nextStats, Instant.now().plusSeconds(1));
                }
                if (Instant.now().isAfter(nextCleanup)) {
                    int deleted = relay.cleanUp(config.relay().retention());
                    LOG.debugf("Outbox clean-up removed %d published rows", deleted);
                    nextCleanup = Instant.now().plus(config.relay().cleanupInterval());
                }
                if (pass.failed() > 0) {
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), Duration.ofSeconds(5));
                } else {
                    backoff = Duration.ofMillis(100);
                    // returns at once if a transaction with events committed during the pass
                    commits.await(pass.contended() ? min(CONTENDED_RETRY, config.relay().pollInterval())
                            : config.relay().pollInterval());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Outbox relay pass failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Starts no more passes until {@link #resume()}, and returns once the pass under way, if any, is over. For the
     * tests in this package that drive relays by hand over the same outbox.
     */
    void pause() {
        paused = true;
        passing.lock();
        passing.unlock();
    }

    void resume() {
        paused = false;
        commits.signal();
    }

    /** Whether the relay runs on this instance. */
    public boolean enabled() {
        return config.relay().enabled();
    }

    /** When the relay last completed a pass. */
    public Instant heartbeat() {
        return heartbeat.get();
    }

    public boolean alive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    public long backlogRows() {
        return backlogRows.get();
    }

    public Duration oldestUnpublishedAge() {
        return Duration.ofMillis(oldestAgeMillis.get());
    }
}
