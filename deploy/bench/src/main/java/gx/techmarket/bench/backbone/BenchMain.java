package gx.techmarket.bench.backbone;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point of {@code quarkus-run.jar}. It starts (or finds) PostgreSQL and Kafka first, hands their addresses
 * to Quarkus as system properties, then runs the Quarkus application ({@link OutboxBench}) in this JVM, and stops
 * the infrastructure it started once Quarkus has shut down.
 *
 * <p>Why not start the infrastructure inside the Quarkus application: the datasource, Flyway, the relay and the
 * Kafka consumer are configured and started before any application code runs, from the configuration as it is at
 * start-up. A launcher main in the same JVM is the simplest order that works, and one JVM keeps
 * {@link System#nanoTime()} comparable between the writers, the relay and the consumer.
 */
@QuarkusMain
public final class BenchMain {

    /** Held so that the levels stick (JUL keeps loggers weakly). */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("io.zonky"),
            Logger.getLogger("org.apache.kafka"), Logger.getLogger("kafka"), Logger.getLogger("state.change.logger"));
    /** A fresh broker's first start warns that its metadata log is empty: it is, by design. */
    private static final Logger CONTROLLER = Logger.getLogger("org.apache.kafka.controller.QuorumController");

    private static volatile boolean stopping;
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private BenchMain() {}

    /** Ctrl-C or SIGTERM: the bench stops its schedule and writes no results. */
    static boolean stopping() {
        return stopping;
    }

    public static void main(String... args) {
        // Before anything logs: the JBoss LogManager, as Quarkus.run would set it, so the broker's and zonky's
        // start-up logging goes through the same configuration as Quarkus's.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        QUIETED.forEach(l -> l.setLevel(Level.WARNING));
        CONTROLLER.setLevel(Level.SEVERE);

        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.USAGE);
            System.exit(0);
            return;
        }

        long begin = System.nanoTime();
        System.out.println("bench: starting " + (options.postgres().isPresent() ? "" : "PostgreSQL ")
                + (options.kafka().isPresent() ? "" : "and Kafka ") + "...");
        Infrastructure infra;
        try {
            infra = Infrastructure.start(options);
        } catch (RuntimeException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(3);
            return;
        }
        System.out.printf("bench: infrastructure ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        Thread stopInfra = new Thread(() -> { // Ctrl-C: let the bench notice and end, then stop what it uses
            stopping = true;
            try {
                FINISHED.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            infra.close();
        }, "bench-infrastructure-stop");
        Runtime.getRuntime().addShutdownHook(stopInfra);
        infra.exportToQuarkus(options);

        AtomicInteger exit = new AtomicInteger(1);
        try {
            Quarkus.run(OutboxBench.class, (code, failure) -> {
                exit.set(code);
                if (failure != null) {
                    failure.printStackTrace();
                }
            }, args);
        } finally {
            FINISHED.countDown();
            infra.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopInfra);
            } catch (IllegalStateException shuttingDown) {
                // already on its way out
            }
        }
        System.exit(exit.get());
    }
}
