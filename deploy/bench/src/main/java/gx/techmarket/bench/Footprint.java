package gx.techmarket.bench;

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

    /**
     * One sample: component -> resident bytes (RSS) and proportional set size (PSS: shared pages divided among the
     * processes sharing them, so PSS adds up; PostgreSQL's backends share its buffers, whose RSS would be counted in
     * every backend).
     */
    public record Sample(String label, Map<String, Long> rssBytes, Map<String, Long> pssBytes) {}

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
        Map<String, Long> pss = new LinkedHashMap<>();
        State state = market.state();
        for (State.Component c : state.components()) {
            Optional<Long> pid = c.process().map(p -> p.pid());
            if (pid.isEmpty()) {
                continue;
            }
            String name = c.name().equals("kafka") ? "kafka (supervisor)" : c.name();
            // a component with processes of its own is counted with its descendants: PostgreSQL's backends, and the
            // JVM Keycloak's kc.sh starts (the recorded pid is the script's shell); Kafka runs inside the supervisor,
            // whose descendants are the whole market, so it is the supervisor's own process alone
            boolean tree = !c.name().equals("kafka");
            long bytes = tree ? tree(pid.get(), "VmRSS:") : rss(pid.get());
            if (bytes > 0) {
                rss.put(name, bytes);
                pss.put(name, tree ? tree(pid.get(), "Pss:") : pss(pid.get()));
            }
        }
        Sample sample = new Sample(label, rss, pss);
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
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** PSS of one process in bytes ({@code smaps_rollup}), 0 if it is gone. */
    static long pss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** RSS ({@code VmRSS:}) or PSS ({@code Pss:}) of a process and all its descendants. */
    static long tree(long pid, String name) {
        return ProcessHandle.of(pid).map(p -> (name.equals("Pss:") ? pss(pid) : rss(pid))
                + p.descendants().mapToLong(d -> name.equals("Pss:") ? pss(d.pid()) : rss(d.pid())).sum()).orElse(0L);
    }
}
