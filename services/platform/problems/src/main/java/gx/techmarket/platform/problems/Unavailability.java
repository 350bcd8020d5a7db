package gx.techmarket.platform.problems;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Failures that say "not now" rather than "this is a bug": the database's connections are all in use, or the
 * database cannot be reached. The client is told to retry (503 with {@code Retry-After}); nothing it sent is wrong.
 *
 * <p>Two codes, because the client's best wait differs and the text should be true: {@code SERVICE_BUSY} when the
 * service is overloaded (retry in a second), {@code SERVICE_UNAVAILABLE} when its database is down or restarting
 * (retry in a few seconds). A client that does not care branches on the status 503 alone.
 *
 * <p>The exceptions are recognised by walking the cause chain, by class name where the class belongs to a library the
 * services bring (Hibernate), so this module needs no dependency on it.
 */
enum Unavailability {

    BUSY("SERVICE_BUSY", 1, "database connection pool exhausted"),
    DOWN("SERVICE_UNAVAILABLE", 5, "database unreachable");

    /**
     * Agroal (Quarkus's pool) signals an exhausted pool with a plain {@link SQLException} with no SQL state and one of
     * these messages ({@code io.agroal.pool.ConnectionPool}, 2.8): waiting for a connection to be returned, or for a
     * new one to be created, took longer than the acquisition timeout. Agroal has no more specific type.
     */
    static final Set<String> AGROAL_ACQUISITION_TIMEOUTS =
            Set.of("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection");

    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";
    /** PostgreSQL {@code too_many_connections}: the server's own limit is reached ("sorry, too many clients"). */
    private static final String TOO_MANY_CONNECTIONS = "53300";
    /** PostgreSQL {@code admin_shutdown}, {@code crash_shutdown}, {@code cannot_connect_now} (starting up). */
    private static final Set<String> SERVER_RESTARTING = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 64;

    final String code;
    final int retryAfterSeconds;
    final String reason;
    private final Warnings warnings = new Warnings(System::nanoTime, 10_000_000_000L);

    Unavailability(String code, int retryAfterSeconds, String reason) {
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.reason = reason;
    }

    /** Busy if anything in the chain says so (it is the more specific signal), else down, else neither. */
    static Optional<Unavailability> of(Throwable failure) {
        boolean down = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH && seen.add(t); t = t.getCause(), depth++) {
            if (isBusy(t)) {
                return Optional.of(BUSY);
            }
            down |= isDown(t);
        }
        return down ? Optional.of(DOWN) : Optional.empty();
    }

    private static boolean isBusy(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            return TOO_MANY_CONNECTIONS.equals(sql.getSQLState())
                    || t.getClass() == SQLException.class && sql.getSQLState() == null
                            && AGROAL_ACQUISITION_TIMEOUTS.contains(sql.getMessage());
        }
        return false;
    }

    private static boolean isDown(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || isA(t, HIBERNATE_CONNECTION_FAILURE)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_RESTARTING.contains(state);
        }
        return false;
    }

    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A WARN line without a stack trace, at most one per kind every ten seconds with the number answered since: under
     * overload every request fails this way, and a stack trace each would bury the log (and slow the machine further).
     */
    void warn(Logger log, String path, Throwable failure) {
        long answered = warnings.tryLog();
        if (answered > 0) {
            log.warnf("Answered 503 %s on %s (%d such answers since the last warning): %s: %s", code, path, answered,
                    reason, rootMessage(failure));
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < MAX_DEPTH) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** Counts occurrences and lets one through per interval; the one let through reports the count. */
    static final class Warnings {
        private final LongSupplier nanoTime;
        private final long intervalNanos;
        private final AtomicLong pending = new AtomicLong();
        private final AtomicLong nextAllowed;

        Warnings(LongSupplier nanoTime, long intervalNanos) {
            this.nanoTime = nanoTime;
            this.intervalNanos = intervalNanos;
            this.nextAllowed = new AtomicLong(nanoTime.getAsLong());
        }

        /** Records one occurrence; returns how many to report if this one should be logged, else 0. */
        long tryLog() {
            pending.incrementAndGet();
            long now = nanoTime.getAsLong();
            long allowed = nextAllowed.get();
            if (now - allowed >= 0 && nextAllowed.compareAndSet(allowed, now + intervalNanos)) {
                return pending.getAndSet(0);
            }
            return 0;
        }
    }
}
