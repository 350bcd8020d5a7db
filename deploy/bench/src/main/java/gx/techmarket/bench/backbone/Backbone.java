package gx.techmarket.bench.backbone;

import gx.techmarket.bench.Options;
import gx.techmarket.bench.report.Section;
import io.quarkus.runtime.Quarkus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backbone part: outbox → relay → Kafka → inbox as a service runs it, in this JVM, next to the raw Kafka path
 * on the same broker. It starts (or finds) PostgreSQL and Kafka first, hands their addresses to Quarkus as system
 * properties, then runs the Quarkus application ({@link OutboxBench}) in this JVM, stops the infrastructure it
 * started once Quarkus has shut down, and writes its section of the report.
 *
 * <p>Why the infrastructure is not started inside the Quarkus application: the datasource, Flyway, the relay and
 * the Kafka consumer are configured and started before any application code runs, from the configuration as it is
 * at start-up. Starting it first, in the same JVM, is the simplest order that works, and one JVM keeps
 * {@link System#nanoTime()} comparable between the writers, the relay and the consumer. The options and the
 * outcome cross into and out of the Quarkus application through this class's static fields: Quarkus builds its
 * beans itself, and there is one run per JVM.
 */
public final class Backbone {

    /** Held so that the levels stick (JUL keeps loggers weakly). */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("io.zonky"),
            Logger.getLogger("org.apache.kafka"), Logger.getLogger("kafka"), Logger.getLogger("state.change.logger"));
    /** A fresh broker's first start warns that its metadata log is empty: it is, by design. */
    private static final Logger CONTROLLER = Logger.getLogger("org.apache.kafka.controller.QuorumController");

    /** What {@link OutboxBench} measured, for the report. */
    record Outcome(String started, String finished, Map<String, String> machine, Map<String, String> versions,
            Map<String, String> settings, List<PhaseResult> results, OutboxBench.Sustained sustained) {}

    private static volatile Options options;
    private static volatile Outcome outcome;
    private static volatile boolean stopping;
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private Backbone() {}

    static Options options() {
        return options;
    }

    static void deliver(Outcome measured) {
        outcome = measured;
    }

    /** Ctrl-C or SIGTERM: the part stops its schedule and writes no results. */
    static boolean stopping() {
        return stopping;
    }

    /**
     * Runs the part and writes its section; returns the number of failures (the part did not finish, or a check of
     * the effects found a ping handled twice, not at all, or out of its aggregate's order).
     */
    public static int run(Options given, Section section) {
        QUIETED.forEach(l -> l.setLevel(Level.WARNING));
        CONTROLLER.setLevel(Level.SEVERE);
        options = given;
        long begin = System.nanoTime();
        System.out.println("bench: backbone: starting " + (given.postgres().isPresent() ? "" : "PostgreSQL ")
                + (given.kafka().isPresent() ? "" : "and Kafka ") + "...");
        Infrastructure infra;
        try {
            infra = Infrastructure.start(given);
        } catch (RuntimeException e) {
            section.text("**This part failed:** its PostgreSQL or Kafka did not start: `" + e.getMessage() + "`");
            section.json().put("failed", String.valueOf(e));
            return 1;
        }
        System.out.printf("bench: backbone: infrastructure ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
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
        infra.exportToQuarkus(given);

        AtomicInteger exit = new AtomicInteger(1);
        try {
            Quarkus.run(OutboxBench.class, (code, failure) -> {
                exit.set(code);
                if (failure != null) {
                    failure.printStackTrace();
                }
            });
        } finally {
            FINISHED.countDown();
            infra.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopInfra);
            } catch (IllegalStateException shuttingDown) {
                // already on its way out
            }
        }
        Outcome measured = outcome;
        if (measured == null || exit.get() != 0) {
            section.text("**This part failed:** the Quarkus application ended with exit code " + exit.get()
                    + (measured == null ? " and no results" : ""));
            section.json().put("failed", "exit code " + exit.get());
            return 1;
        }
        return BackboneSection.write(section, measured);
    }
}
