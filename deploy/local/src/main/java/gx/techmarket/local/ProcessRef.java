package gx.techmarket.local;

import java.time.Instant;
import java.util.Optional;

/**
 * A process, identified by its pid and its start time, so that a pid the kernel has since given to another program
 * is never mistaken for ours.
 *
 * @param pid the process id
 * @param started when it started, as {@link ProcessHandle.Info#startInstant()} reported it (empty if unknown)
 */
public record ProcessRef(long pid, Optional<Instant> started) {

    public static Optional<ProcessRef> of(long pid) {
        return ProcessHandle.of(pid).map(h -> new ProcessRef(pid, h.info().startInstant()));
    }

    public static ProcessRef current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessRef(self.pid(), self.info().startInstant());
    }

    /** Whether this very process still runs (same pid and same start time). */
    public boolean alive() {
        if (!ProcessTools.alive(pid)) {
            return false;
        }
        if (started.isEmpty()) {
            return true;
        }
        Optional<Instant> now = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
        // start instants derive from clock ticks since boot; allow for rounding between two reads
        return now.map(n -> Math.abs(n.toEpochMilli() - started.get().toEpochMilli()) < 1000).orElse(true);
    }

    String encode() {
        return pid + started.map(s -> "@" + s).orElse("");
    }

    static Optional<ProcessRef> decode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int at = value.indexOf('@');
            if (at < 0) {
                return Optional.of(new ProcessRef(Long.parseLong(value.trim()), Optional.empty()));
            }
            return Optional.of(new ProcessRef(Long.parseLong(value.substring(0, at)),
                    Optional.of(Instant.parse(value.substring(at + 1)))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
