package gx.techmarket.statistics.open;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open data's fair share (限流): a token bucket per client address, {@code requests-per-minute} tokens refilled
 * evenly, as many in a burst. A request without a token is 429 with the seconds until the next one. Kept in memory
 * per instance (behind a load balancer each instance keeps its own share; the gateway's limit comes first there).
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets not touched for this long are dropped, so the map does not grow with every address ever seen. */
    private static final long IDLE_MILLIS = 10 * 60_000L;
    private static final int SWEEP_EVERY = 10_000;

    private final double perMilli;
    private final double capacity;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int sinceSweep;

    RateLimiter(@ConfigProperty(name = "techmarket.open-data.requests-per-minute", defaultValue = "120") int perMinute,
            Clock clock) {
        this.capacity = perMinute;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** Takes a token for {@code client}; empty if it may go on, else the seconds to wait (at least 1). */
    public OptionalInt take(String client) {
        long now = clock.millis();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (b) {
            b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perMilli);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) Math.max(1, Math.ceil((1 - b.tokens) / perMilli / 1000.0)));
        }
    }

    private void sweep(long now) {
        if (++sinceSweep < SWEEP_EVERY) {
            return;
        }
        sinceSweep = 0;
        buckets.entrySet().removeIf(e -> now - e.getValue().at > IDLE_MILLIS);
    }
}
