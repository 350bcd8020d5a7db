package gx.techmarket.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What one load phase measured: the rate offered (NaN for a closed-loop peak), the throughput achieved in the
 * measured window, the successful operations and errors counted there, and latency percentiles in milliseconds
 * (from the operation's intended start in an open-model phase, from its actual start in a closed-loop one).
 */
public record LatencySummary(String label, double offeredPerSecond, double throughputPerSecond, long count,
        long errors, double p50, double p90, double p95, double p99, double p999, double max, double mean,
        String firstError) {

    /** A histogram recording microseconds with 3 significant digits, auto-resizing (a stall of minutes fits). */
    public static Histogram histogram() {
        return new Histogram(3);
    }

    public static LatencySummary of(String label, double offered, double throughput, Histogram micros, long errors,
            String firstError) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(label, offered, throughput, 0, errors, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, firstError);
        }
        return new LatencySummary(label, offered, throughput, micros.getTotalCount(), errors,
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()), micros.getMean() / 1_000.0,
                firstError);
    }

    private static double ms(long micros) {
        return micros / 1_000.0;
    }

    /** Whether the phase kept up: at least 95 % of the offered rate handled and errors under 1 %. */
    public boolean keptUp() {
        return !Double.isNaN(offeredPerSecond) && throughputPerSecond >= 0.95 * offeredPerSecond
                && errors <= 0.01 * Math.max(1, count + errors);
    }
}
