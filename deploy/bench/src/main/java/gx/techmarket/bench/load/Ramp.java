package gx.techmarket.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The peak of an operation as the system's, not the driver's: closed loops of growing client counts, one after the
 * other, until the throughput stops growing. A closed loop of {@code c} clients can never do more than
 * {@code c / latency} operations a second, so a single loop measures its client count as soon as the system has
 * capacity to spare; the ramp goes on while a step adds at least {@link #MIN_GAIN} to the best throughput so far,
 * and stops at the first step that does not (the system is saturated: more clients only queue) or that fails more
 * than 1 % of its operations. The peak is the step with the highest throughput among those without such errors.
 */
public final class Ramp {

    /** A step must add this share to the best throughput so far for the ramp to go on. */
    public static final double MIN_GAIN = 0.05;

    /** One closed loop of {@code clients} clients. */
    @FunctionalInterface
    public interface Step {
        LatencySummary run(int clients) throws Exception;
    }

    /**
     * @param steps every step run, in order
     * @param best the peak: the step with the highest throughput among those with errors under 1 % (the first step
     *         if every one failed)
     */
    public record Result(List<LatencySummary> steps, LatencySummary best) {
        /** Whether the last step ran showed saturation (or errors) rather than the ramp running out of steps. */
        public boolean saturated() {
            return !continues(steps);
        }
    }

    private Ramp() {}

    public static Result run(List<Integer> clients, Step step) throws Exception {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("a ramp needs at least one client count");
        }
        List<LatencySummary> steps = new ArrayList<>();
        for (int c : clients) {
            steps.add(step.run(c));
            if (!continues(steps)) {
                break;
            }
        }
        return new Result(List.copyOf(steps), best(steps));
    }

    /** Whether, after {@code steps}, another step with more clients is worth running. */
    static boolean continues(List<LatencySummary> steps) {
        LatencySummary last = steps.get(steps.size() - 1);
        if (failing(last)) {
            return false;
        }
        if (steps.size() == 1) {
            return true;
        }
        double bestBefore = steps.subList(0, steps.size() - 1).stream().filter(s -> !failing(s))
                .mapToDouble(LatencySummary::throughputPerSecond).max().orElse(0);
        return last.throughputPerSecond() >= (1 + MIN_GAIN) * bestBefore;
    }

    static LatencySummary best(List<LatencySummary> steps) {
        LatencySummary best = null;
        for (LatencySummary s : steps) {
            if (!failing(s) && (best == null || s.throughputPerSecond() > best.throughputPerSecond())) {
                best = s;
            }
        }
        return best != null ? best : steps.get(0);
    }

    private static boolean failing(LatencySummary s) {
        return !(s.throughputPerSecond() > 0) || s.errors() > 0.01 * Math.max(1, s.count() + s.errors());
    }
}
