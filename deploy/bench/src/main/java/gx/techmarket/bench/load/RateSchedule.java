package gx.techmarket.bench.load;

import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * An open-model schedule: operation {@code i} is due at {@code start + i / rate}, whatever happened to the ones
 * before it. Nothing waits for the system under test, so a stall does not thin out the load; latency is measured
 * from the due time, so the operations that queued behind the stall carry it (no coordinated omission).
 *
 * <p>The first {@link #warmupEvents()} operations are the warm-up; the rest are the measured window. The one
 * schedule of the harness: {@link Load#atRate} (the market parts) and the backbone part both fire by it.
 */
public record RateSchedule(double ratePerSecond, long warmupEvents, long totalEvents) {

    private static final double NANOS_PER_SECOND = 1e9;

    public RateSchedule {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("the rate must be positive: " + ratePerSecond);
        }
        if (warmupEvents < 0 || totalEvents <= warmupEvents) {
            throw new IllegalArgumentException("needs a measured window after the warm-up");
        }
    }

    /** {@code rate} per second: the operations due in {@code warmup}, then at least one in {@code measured}. */
    public static RateSchedule of(double ratePerSecond, Duration warmup, Duration measured) {
        long warmupEvents = eventsIn(ratePerSecond, warmup);
        long measuredEvents = Math.max(1, eventsIn(ratePerSecond, measured));
        return new RateSchedule(ratePerSecond, warmupEvents, warmupEvents + measuredEvents);
    }

    private static long eventsIn(double rate, Duration d) {
        return (long) Math.floor(rate * d.toNanos() / NANOS_PER_SECOND);
    }

    /** When operation {@code sequence} is due, in nanoseconds after the start (computed, never accumulated). */
    public long offsetNanos(long sequence) {
        return (long) Math.floor(sequence * NANOS_PER_SECOND / ratePerSecond);
    }

    public long measuredEvents() {
        return totalEvents - warmupEvents;
    }

    /** Start of the measured window, after the start. */
    public long windowStartNanos() {
        return offsetNanos(warmupEvents);
    }

    /** End of the measured window (when the operation after the last would be due), after the start. */
    public long windowEndNanos() {
        return offsetNanos(totalEvents);
    }

    public boolean measured(long sequence) {
        return sequence >= warmupEvents && sequence < totalEvents;
    }

    /**
     * Calls {@code emit} with each sequence number at its due time, measured from {@code startNanos} (a
     * {@code ticker} time). Operations already overdue (after a pause of this thread, or a slow {@code emit}) are
     * emitted at once, each keeping its own due time. Returns after the last one.
     */
    public void run(Ticker ticker, long startNanos, LongConsumer emit) {
        for (long seq = 0; seq < totalEvents; seq++) {
            ticker.sleepUntil(startNanos + offsetNanos(seq));
            emit.accept(seq);
        }
    }
}
