package gx.techmarket.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What one load phase measured: the rate offered (NaN for a closed-loop peak), the throughput achieved in the
 * measured window, the successful operations and errors counted there, and latency percentiles in milliseconds
 * (from the operation's intended start in an open-model phase, from its actual start in a closed-loop one), and
 * how many operations the driver started late ({@link Load#LATE_NANOS} after their due time; 0 where not counted).
 * Values are recorded in microseconds into an HdrHistogram with 3 significant digits (every figure within 0.1 %).
 */
public record LatencySummary(String label, double offeredPerSecond, double throughputPerSecond, long count,
        long errors, double p50, double p90, double p95, double p99, double p999, double max, double mean,
        String firstError, long lateStarts) {

    /** A histogram recording microseconds with 3 significant digits, auto-resizing (a stall of minutes fits). */
    public static Histogram histogram() {
        return new Histogram(3);
    }

    /** Records a duration in nanoseconds (negative ones, from clock reads racing each other, as 0). */
    public static void record(Histogram micros, long nanos) {
        micros.recordValue(Math.max(0, nanos) / 1_000);
    }

    public static LatencySummary of(String label, double offered, double throughput, Histogram micros, long errors,
            String firstError) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(label, offered, throughput, 0, errors, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, firstError, 0);
        }
        return new LatencySummary(label, offered, throughput, micros.getTotalCount(), errors,
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()), micros.getMean() / 1_000.0,
                firstError, 0);
    }

    /** Percentiles alone (a stage of a path, no rate). */
    public static LatencySummary of(String label, Histogram micros) {
        return of(label, Double.NaN, Double.NaN, micros, 0, null);
    }

    public LatencySummary withLateStarts(long late) {
        return new LatencySummary(label, offeredPerSecond, throughputPerSecond, count, errors, p50, p90, p95, p99,
                p999, max, mean, firstError, late);
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
