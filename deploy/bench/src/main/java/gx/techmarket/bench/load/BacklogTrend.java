package gx.techmarket.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Whether a sustained run kept up: the backlog (whatever the part counts as work accepted but not yet done) sampled
 * every few seconds while the load runs, and its least-squares trend after the first fifth of the run (the start,
 * while queues and caches fill, does not count). Steady means the trend is below max(1, 1 % of the rate) events/s
 * and the backlog at the end is under 2 s worth of events. The propagation part and the backbone part judge their
 * sustained runs by this.
 *
 * @param samples         {seconds since the start, backlog}, in order
 * @param slope           least-squares slope of the backlog over the samples after the first fifth, events/s
 * @param afterFirstFifth the backlog at the first sample the trend counts
 * @param atEnd           the last sample
 * @param max             the highest sample
 */
public record BacklogTrend(List<long[]> samples, double slope, long afterFirstFifth, long atEnd, long max) {

    /** What the sampler reads; may fail (a query, the broker). */
    @FunctionalInterface
    public interface Backlog {
        long read() throws Exception;
    }

    public static BacklogTrend of(List<long[]> samples) {
        List<long[]> all = List.copyOf(samples);
        List<long[]> trend = all.subList(all.size() / 5, all.size());
        return new BacklogTrend(all, slope(trend), trend.isEmpty() ? 0 : trend.get(0)[1],
                all.isEmpty() ? 0 : all.get(all.size() - 1)[1], all.stream().mapToLong(x -> x[1]).max().orElse(0));
    }

    /** No growing backlog at {@code ratePerSecond}. */
    public boolean steady(double ratePerSecond) {
        return slope < Math.max(1, ratePerSecond * 0.01) && atEnd < 2 * ratePerSecond;
    }

    /**
     * Samples {@code backlog} every {@code every} while {@code load} runs, for at most {@code length} (plus a
     * second); returns the trend of what it read.
     */
    public static BacklogTrend sample(Future<?> load, Duration every, Duration length, Backlog backlog)
            throws Exception {
        List<long[]> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        while (!load.isDone()) {
            Thread.sleep(every.toMillis());
            long elapsed = (System.nanoTime() - t0) / 1_000_000_000L;
            if (elapsed > length.toSeconds() + 1) {
                break;
            }
            samples.add(new long[] {elapsed, backlog.read()});
        }
        return of(samples);
    }

    /** Least-squares slope of backlog over seconds (0 with fewer than two points). */
    static double slope(List<long[]> xy) {
        int n = xy.size();
        if (n < 2) {
            return 0;
        }
        double mx = xy.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = xy.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double num = 0;
        double den = 0;
        for (long[] p : xy) {
            num += (p[0] - mx) * (p[1] - my);
            den += (p[0] - mx) * (p[0] - mx);
        }
        return den == 0 ? 0 : num / den;
    }
}
