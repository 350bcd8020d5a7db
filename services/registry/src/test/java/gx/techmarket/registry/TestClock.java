package gx.techmarket.registry;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock unless a test fixes it (e.g. in another year, so that the
 * registration serials of that year are its own). Replaces the service's {@code @DefaultBean} clock.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Fixes the time at {@code instant} until {@link #reset()}. */
    public void setTo(Instant instant) {
        this.fixed = instant;
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
