package gx.techmarket.bench.market;

import gx.techmarket.local.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory of each component, sampled at named moments: idle after start, and in the middle of the heaviest
 * phases of the workloads ({@link #sampleAfter}). RSS is {@code VmRSS} of {@code /proc/<pid>/status}; PostgreSQL
 * is the postmaster and all its backends together; Kafka runs inside the launcher's supervisor, so its figure is
 * the supervisor's process.
 */
public final class Footprint {

    /** One sample: component -> resident megabytes. */
    public record Sample(String label, Map<String, Long> rssBytes) {}

    private final MarketHandle market;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footprint");
        t.setDaemon(true);
        return t;
    });

    public Footprint(MarketHandle market) {
        this.market = market;
    }

    /** Samples now. */
    public Sample sample(String label) {
        Map<String, Long> rss = new LinkedHashMap<>();
        State state = market.state();
        for (State.Component c : state.components()) {
            Optional<Long> pid = c.process().map(p -> p.pid());
            if (pid.isEmpty()) {
                continue;
            }
            String name = c.name().equals("kafka") ? "kafka (supervisor)" : c.name();
            long bytes = c.name().equals("postgres") ? treeRss(pid.get()) : rss(pid.get());
            if (bytes > 0) {
                rss.put(name, bytes);
            }
        }
        Sample sample = new Sample(label, rss);
        synchronized (samples) {
            samples.add(sample);
        }
        return sample;
    }

    /** Samples once, {@code delay} from now, without blocking the caller (the middle of a load phase, say). */
    public void sampleAfter(String label, Duration delay) {
        timer.schedule(() -> {
            try {
                sample(label);
            } catch (RuntimeException e) {
                System.out.println("bench: footprint sample '" + label + "' failed: " + e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** VmRSS of one process in bytes, 0 if it is gone. */
    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** VmRSS of a process and all its descendants. */
    static long treeRss(long pid) {
        return ProcessHandle.of(pid).map(p -> rss(pid) + p.descendants().mapToLong(d -> rss(d.pid())).sum())
                .orElse(0L);
    }
}
