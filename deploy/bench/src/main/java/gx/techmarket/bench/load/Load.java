package gx.techmarket.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The load driver. Two models:
 * <ul>
 * <li>{@link #atRate}: an <b>open model</b>. Operation {@code i} is due at {@code start + i / rate} whatever
 * happened to the ones before it, and is started at that time without waiting for earlier ones to finish (the
 * operations are asynchronous). Latency is measured from the <b>due</b> time, so a stall is carried by every
 * operation due during it: no coordinated omission. If the system falls behind, operations pile up in flight and
 * latency grows; that is the point.</li>
 * <li>{@link #peak}: a <b>closed loop</b> of {@code concurrency} clients, each starting its next operation when the
 * last one has finished, to find the highest throughput. Its latencies are only indicative (they hide queueing);
 * the figures to quote are the open-model ones at a fraction of the peak.</li>
 * </ul>
 * Only operations <em>due</em> in the measured window are timed and counted; the warm-up's are not. After the
 * window the driver waits for the operations still in flight (up to {@code drain}) so that their latency is counted.
 */
public final class Load {

    private static final long NANOS = 1_000_000_000L;
    private static final Duration DRAIN = Duration.ofSeconds(120);

    private Load() {}

    public static LatencySummary atRate(String label, double perSecond, Duration warmup, Duration measure, Op op)
            throws InterruptedException {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive: " + perSecond);
        }
        long warmupOps = (long) Math.floor(perSecond * warmup.toNanos() / NANOS);
        long measuredOps = Math.max(1, (long) Math.floor(perSecond * measure.toNanos() / NANOS));
        long total = warmupOps + measuredOps;
        Histogram micros = LatencySummary.histogram();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch measuredDone = new CountDownLatch((int) Math.min(Integer.MAX_VALUE, measuredOps));
        AtomicLong lastDoneNanos = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        for (long seq = 0; seq < total; seq++) {
            long due = start + (long) (seq * (NANOS / perSecond));
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = seq >= warmupOps;
            CompletableFuture<?> future;
            try {
                future = op.start(seq);
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            future.whenComplete((result, failure) -> {
                long now = System.nanoTime();
                if (!measured) {
                    return;
                }
                if (failure == null) {
                    synchronized (micros) {
                        micros.recordValue(Math.max(0, now - due) / 1_000);
                    }
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, describe(failure));
                }
                lastDoneNanos.accumulateAndGet(now, Math::max);
                measuredDone.countDown();
            });
        }
        long windowStart = start + (long) (warmupOps * (NANOS / perSecond));
        long windowEnd = start + (long) (total * (NANOS / perSecond));
        boolean drained = measuredDone.await(DRAIN.toSeconds(), TimeUnit.SECONDS);
        // throughput: operations due in the window that finished, over the time from the window's start to the
        // later of the window's end and the last of them finishing (a backlog stretches it, so it shows)
        long done;
        synchronized (micros) {
            done = micros.getTotalCount() + errors.get();
        }
        long end = Math.max(windowEnd, lastDoneNanos.get());
        double throughput = (micros.getTotalCount()) / ((end - windowStart) / 1e9);
        long unfinished = measuredOps - done;
        if (!drained && unfinished > 0) {
            errors.addAndGet(unfinished);
            firstError.compareAndSet(null, unfinished + " operations unfinished " + DRAIN.toSeconds()
                    + " s after the window");
        }
        synchronized (micros) {
            return LatencySummary.of(label, perSecond, throughput, micros, errors.get(), firstError.get());
        }
    }

    public static LatencySummary peak(String label, int concurrency, Duration warmup, Duration measure, Op op)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + measure.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= windowEnd) {
                        return;
                    }
                    try {
                        op.start(sequence.getAndIncrement()).get();
                        long t1 = System.nanoTime();
                        if (t0 >= windowStart && t1 <= windowEnd) {
                            recorder.recordValue((t1 - t0) / 1_000);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        if (t0 >= windowStart) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, describe(e));
                        }
                    }
                }
            }, "peak-client-" + i);
            client.setDaemon(true);
            clients.add(client);
        }
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join(measure.plus(warmup).plus(DRAIN).toMillis());
        }
        // the clients only record operations that started and finished inside the window
        Histogram micros = LatencySummary.histogram();
        micros.add(recorder.getIntervalHistogram());
        return LatencySummary.of(label, Double.NaN, micros.getTotalCount() / (measure.toNanos() / 1e9), micros,
                errors.get(), firstError.get());
    }

    static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
