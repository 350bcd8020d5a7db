package gx.techmarket.bench.load;

import java.util.concurrent.locks.LockSupport;

/**
 * The clock the load driver fires by: {@link System#nanoTime()} and parking in a run, a fake time source in the
 * driver's unit tests, so that what it does on schedule (and when it falls behind) is tested without timing.
 */
public interface Ticker {

    /** The real one. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long nanos) {
            long wait;
            while ((wait = nanos - System.nanoTime()) > 0) {
                // parkNanos overshoots by tens of microseconds; that lateness is inside the measured latency
                LockSupport.parkNanos(wait);
            }
        }
    };

    long nanoTime();

    /** Returns at {@code nanos} (a {@link #nanoTime()} value) or later; at once if that has passed. */
    void sleepUntil(long nanos);
}
