package gx.techmarket.bench.bids;

import gx.techmarket.bench.load.Op;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An operation that counts every attempt of a phase, warm-up and outside the measured window included: what the
 * database must hold afterwards is the number of successes, whatever the load driver timed.
 */
final class CountingOp implements Op {

    private final Op op;
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    CountingOp(Op op) {
        this.op = op;
    }

    @Override
    public CompletableFuture<?> start(long sequence) {
        attempts.incrementAndGet();
        inFlight.incrementAndGet();
        CompletableFuture<?> future;
        try {
            future = op.start(sequence);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        return future.whenComplete((result, failure) -> {
            if (failure == null) {
                successes.incrementAndGet();
            } else {
                failures.incrementAndGet();
                firstFailure.compareAndSet(null, String.valueOf(failure));
            }
            inFlight.decrementAndGet();
        });
    }

    long attempts() {
        return attempts.get();
    }

    long successes() {
        return successes.get();
    }

    long failures() {
        return failures.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    /** Waits until no operation of the phase is in flight any more (or {@code timeout}); whether none is. */
    boolean settle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return inFlight.get() == 0;
    }
}
