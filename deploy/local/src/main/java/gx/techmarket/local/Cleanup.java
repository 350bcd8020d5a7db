package gx.techmarket.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ends what a techmarket that did not stop cleanly (killed with SIGKILL, machine trouble) left running for its home:
 * services and Keycloak (by process group), then PostgreSQL (fast shutdown, as {@code pg_ctl stop -m fast} does).
 */
public final class Cleanup {

    private Cleanup() {}

    /**
     * Ends the leftovers of {@code home}.
     *
     * @param report told about each process it ends
     * @return how many processes it found
     */
    public static int leftovers(Path home, Consumer<String> report) {
        // PostgreSQL is found by its data directory on its command line, never by a possibly stale postmaster.pid
        Set<Long> pids = new LinkedHashSet<>(Leftovers.find(home));
        if (pids.isEmpty()) {
            return 0;
        }
        List<Long> postgres = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (long pid : pids) {
            boolean isPostgres = ProcessTools.commandLine(pid)
                    .map(a -> !a.isEmpty() && a.get(0).endsWith("postgres")).orElse(false);
            (isPostgres ? postgres : others).add(pid);
        }
        for (long pid : others) {
            if (!ProcessTools.alive(pid)) {
                continue; // went with its group
            }
            report.accept("ending " + ProcessTools.describe(pid));
            boolean leader = ProcessTools.stat(pid).map(s -> s.processGroup() == pid).orElse(false);
            if (leader) {
                ChildProcess.stopGroup(pid, Duration.ofSeconds(60));
            } else {
                ProcessTools.signal(pid, "TERM");
                if (!ProcessTools.awaitGone(pid, Duration.ofSeconds(60))) {
                    ProcessTools.signal(pid, "KILL");
                    ProcessTools.awaitGone(pid, Duration.ofSeconds(10));
                }
            }
        }
        for (long pid : postgres) {
            report.accept("ending PostgreSQL " + ProcessTools.describe(pid));
            stopPostmaster(pid);
        }
        return pids.size();
    }

    /** SIGINT (fast shutdown), then SIGQUIT (immediate), then SIGKILL. */
    public static void stopPostmaster(long pid) {
        ProcessTools.signal(pid, "INT");
        if (ProcessTools.awaitGone(pid, Duration.ofSeconds(30))) {
            return;
        }
        ProcessTools.signal(pid, "QUIT");
        if (ProcessTools.awaitGone(pid, Duration.ofSeconds(10))) {
            return;
        }
        ProcessTools.signal(pid, "KILL");
        ProcessTools.awaitGone(pid, Duration.ofSeconds(10));
    }

    /** The postmaster's pid from the first line of {@code postmaster.pid}, if the file is there. */
    public static Optional<Long> postmasterPid(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
