package gx.techmarket.bench.load;

import java.time.Duration;

/**
 * The measured window of a phase in {@link System#nanoTime()}: it opens when the warm-up ends and lasts the
 * measurement. What happens outside it (the warm-up, the drain after it) does not count.
 */
public record Window(long start, long end) {

    /** The window of a phase starting now. */
    public static Window afterWarmup(Duration warmup, Duration measure) {
        long start = System.nanoTime() + warmup.toNanos();
        return new Window(start, start + measure.toNanos());
    }

    public boolean contains(long nanos) {
        return nanos >= start && nanos < end;
    }

    public boolean isOver(long nanos) {
        return nanos >= end;
    }
}
