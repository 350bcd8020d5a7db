package gx.techmarket.bench.backbone;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * An open-model schedule: event {@code i} is due at {@code start + i / rate}, whatever happened to the events before
 * it. Nothing waits for the system under test, so a stall does not thin out the load; latency is measured from the
 * due time, so the events that queued behind the stall carry it (no coordinated omission).
 *
 * <p>The first {@link #warmupEvents()} events are the warm-up; the rest are the measured window.
 */
record RateSchedule(int ratePerSecond, long warmupEvents, long totalEvents) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    RateSchedule {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("the rate must be positive: " + ratePerSecond);
        }
        if (warmupEvents < 0 || totalEvents <= warmupEvents) {
            throw new IllegalArgumentException("needs a measured window after the warm-up");
        }
    }

    static RateSchedule of(int ratePerSecond, Duration warmup, Duration measured) {
        long warmupEvents = eventsIn(ratePerSecond, warmup);
        long measuredEvents = Math.max(1, eventsIn(ratePerSecond, measured));
        return new RateSchedule(ratePerSecond, warmupEvents, warmupEvents + measuredEvents);
    }

    private static long eventsIn(int rate, Duration d) {
        return Math.multiplyExact(rate, d.toNanos()) / NANOS_PER_SECOND;
    }

    /** When event {@code sequence} is due, in nanoseconds after the start. */
    long offsetNanos(long sequence) {
        return Math.multiplyExact(sequence, NANOS_PER_SECOND) / ratePerSecond;
    }

    long measuredEvents() {
        return totalEvents - warmupEvents;
    }

    /** Start of the measured window, after the start. */
    long windowStartNanos() {
        return offsetNanos(warmupEvents);
    }

    /** End of the measured window (when the event after the last would be due), after the start. */
    long windowEndNanos() {
        return offsetNanos(totalEvents);
    }

    boolean measured(long sequence) {
        return sequence >= warmupEvents && sequence < totalEvents;
    }

    /**
     * Calls {@code emit} with each sequence number at its due time, measured from {@code startNanos}
     * ({@link System#nanoTime()}). Events already overdue (after a pause of this thread) are emitted at once, each
     * keeping its own due time. Returns after the last one.
     */
    void run(long startNanos, LongConsumer emit) {
        for (long seq = 0; seq < totalEvents; seq++) {
            long due = startNanos + offsetNanos(seq);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                // parkNanos overshoots by tens of microseconds; that lateness is inside the measured latency
                LockSupport.parkNanos(wait);
            }
            emit.accept(seq);
        }
    }
}
