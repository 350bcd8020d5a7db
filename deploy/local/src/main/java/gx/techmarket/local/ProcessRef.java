package gx.techmarket.local;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process, identified by its pid and its start time, so that a pid the kernel has since given to another program
 * is never mistaken for ours.
 *
 * <p>The start time is the kernel's own: clock ticks after boot, field 22 of {@code /proc/<pid>/stat}. It is the same
 * number whichever process reads it and whenever. {@link ProcessHandle.Info#startInstant()} is not: each JVM adds the
 * boot time it computes from the wall clock, so when the clock is set or slewed between the supervisor writing the
 * state and {@code status} or {@code stop} reading it, a running process would look like a stranger.
 *
 * @param pid the process id
 * @param startTicks when it started, in clock ticks after boot (empty if unknown)
 */
public record ProcessRef(long pid, OptionalLong startTicks) {

    public static Optional<ProcessRef> of(long pid) {
        return ProcessHandle.of(pid).map(h -> new ProcessRef(pid, startTicksOf(pid)));
    }

    public static ProcessRef current() {
        long pid = ProcessHandle.current().pid();
        return new ProcessRef(pid, startTicksOf(pid));
    }

    /** The kernel's start time of {@code pid}, or empty if it cannot be read. */
    static OptionalLong startTicksOf(long pid) {
        return ProcessTools.stat(pid).filter(s -> s.startTicks() >= 0)
                .map(s -> OptionalLong.of(s.startTicks())).orElse(OptionalLong.empty());
    }

    /** Whether this very process still runs (same pid and same start time). */
    public boolean alive() {
        if (!ProcessTools.alive(pid)) {
            return false;
        }
        if (startTicks.isEmpty()) {
            return true;
        }
        OptionalLong now = startTicksOf(pid);
        return now.isEmpty() || now.getAsLong() == startTicks.getAsLong();
    }

    String encode() {
        return startTicks.isPresent() ? pid + "#" + startTicks.getAsLong() : Long.toString(pid);
    }

    /**
     * Reads what {@link #encode()} wrote. A state file of an earlier version recorded a wall-clock instant after
     * {@code @}; that instant is not comparable, so such a reference is known by its pid alone.
     */
    static Optional<ProcessRef> decode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            String v = value.trim();
            int hash = v.indexOf('#');
            if (hash >= 0) {
                return Optional.of(new ProcessRef(Long.parseLong(v.substring(0, hash)),
                        OptionalLong.of(Long.parseLong(v.substring(hash + 1)))));
            }
            int at = v.indexOf('@');
            return Optional.of(new ProcessRef(Long.parseLong(at < 0 ? v : v.substring(0, at)), OptionalLong.empty()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
