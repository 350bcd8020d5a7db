package gx.techmarket.bench.backbone;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency distribution, in milliseconds. Values are recorded in microseconds into an
 * HdrHistogram with 3 significant digits (so every figure is within 0.1 % of the exact one).
 */
record Latency(long count, double p50, double p90, double p99, double p999, double max, double mean) {

    static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Histogram histogram() {
        return new Histogram(3); // auto-resizing: a stall of minutes is still recorded exactly
    }

    /** Records a duration in nanoseconds (negative ones, from clock reads racing each other, as 0). */
    static void record(Histogram h, long nanos) {
        h.recordValue(Math.max(0, nanos) / 1_000);
    }

    static Latency of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return NONE;
        }
        return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                h.getMean() / 1_000.0);
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }
}
