package gx.techmarket.bench.load;

import java.util.concurrent.CompletableFuture;

/**
 * One operation of a workload, started without blocking: the future completes when the system under test has
 * answered (normally: success; exceptionally: an error, counted and never timed as a success).
 */
@FunctionalInterface
public interface Op {

    /** Starts operation number {@code sequence} (0, 1, 2, ... in the order they are due). */
    CompletableFuture<?> start(long sequence);
}
