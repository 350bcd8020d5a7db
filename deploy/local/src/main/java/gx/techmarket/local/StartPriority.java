package gx.techmarket.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Who gets the two cores first while the market starts. Keycloak is the longest part of a start (its boot, then on a
 * first start its schema and the realm import, mostly one thread) and the services do not need it to boot; but nine
 * service JVMs booting beside it took most of the CPU: Linux gives each session (each runs in its own) an equal share
 * ({@code sched_autogroup}), so Keycloak had about a tenth of it and was ready long after them (172 s against 92 s on
 * a first start in the clean-clone suite, 74 s against 51 s on a restart).
 * <p>
 * So a service's session starts in the background, at autogroup nice {@value #BACKGROUND} ({@code /proc/<pid>/autogroup},
 * which the owner of a process may raise and set back to 0 without privileges), and is set back to 0 once Keycloak is
 * ready: the services use what Keycloak leaves, Keycloak is not slowed by them, and nothing stays lowered afterwards.
 * Where the kernel has no autogroups (or refuses), nothing changes: the services start as before.
 */
final class StartPriority {

    /** The autogroup nice of a service's session while Keycloak starts. */
    static final int BACKGROUND = 10;
    static final int NORMAL = 0;

    private StartPriority() {}

    /** Puts the session of {@code pid} (a session leader) in the background; whether the kernel took it. */
    static boolean background(long pid) {
        return set(pid, BACKGROUND);
    }

    /** Sets every given session back to normal (those that ended are skipped). */
    static void restore(Collection<Long> pids) {
        for (long pid : pids) {
            set(pid, NORMAL);
        }
    }

    /** The autogroup nice of {@code pid}'s session, if the kernel tells it. */
    static java.util.OptionalInt of(long pid) {
        try {
            // "/autogroup-123 nice 10"
            String line = Files.readString(file(pid), StandardCharsets.US_ASCII).trim();
            int at = line.lastIndexOf(' ');
            return java.util.OptionalInt.of(Integer.parseInt(line.substring(at + 1)));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }

    private static Path file(long pid) {
        return Path.of("/proc", Long.toString(pid), "autogroup");
    }

    private static boolean set(long pid, int nice) {
        Path file = file(pid);
        if (!Files.exists(file)) {
            return false;
        }
        // without CAP_SYS_ADMIN the kernel takes one change every 100 ms (EAGAIN in between)
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Files.writeString(file, Integer.toString(nice), StandardCharsets.US_ASCII);
                return true;
            } catch (IOException e) {
                ProcessTools.sleep(110);
            }
        }
        return false;
    }
}
