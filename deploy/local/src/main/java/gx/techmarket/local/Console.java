package gx.techmarket.local;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the supervisor tells people what it does: the terminal, and a copy in {@code logs/launcher.log} (when the
 * terminal is not that file already). Lines carry the seconds since the launcher started.
 */
public final class Console {

    private final PrintStream out;
    private final Optional<PrintStream> copy;
    private final long startNanos;

    public Console(PrintStream out, Optional<PrintStream> copy, long startNanos) {
        this.out = out;
        this.copy = copy;
        this.startNanos = startNanos;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A progress line: {@code [  12.3s] keycloak   ready}. */
    public synchronized void progress(String component, String message) {
        raw(String.format(Locale.ROOT, "[%6.1fs] %-10s %s", elapsedSeconds(), component, message));
    }

    /** A line as it is. */
    public synchronized void raw(String line) {
        out.println(line);
        out.flush();
        copy.ifPresent(c -> {
            c.println(line);
            c.flush();
        });
    }

    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
