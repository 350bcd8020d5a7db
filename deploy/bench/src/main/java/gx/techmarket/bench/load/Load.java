package gx.techmarket.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * The schedule is {@link RateSchedule}, the one the backbone part fires its events by.
 */
public final class Load {

    private static final long NANOS = 1_000_000_000L;
    private static final Duration DRAIN = Duration.ofSeconds(120);
    /** An operation started more than this after its due time is a late start. */
    public static final long LATE_NANOS = 1_000_000L;

    private Load() {}

    public static LatencySummary atRate(String label, double perSecond, Duration warmup, Duration measure, Op op)
            throws InterruptedException {
        return atRate(Ticker.SYSTEM, DRAIN, label, perSecond, warmup, measure, op);
    }

    /**
     * The open model on {@code ticker}'s time (the unit tests give it a fake one). An operation whose start came
     * more than {@link #LATE_NANOS} after its due time (the driver itself fell behind: a slow {@code op.start}, a
     * pause of this thread) is a <em>late start</em>: its latency still counts from the due time, and the count says
     * how far the figures are the generator's rather than the system's.
     */
    static LatencySummary atRate(Ticker ticker, Duration drain, String label, double perSecond, Duration warmup,
            Duration measure, Op op) throws InterruptedException {
        RateSchedule schedule = RateSchedule.of(perSecond, warmup, measure);
        long measuredOps = schedule.measuredEvents();
        Histogram micros = LatencySummary.histogram();
        AtomicLong errors = new AtomicLong();
        AtomicLong lateStarts = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch measuredDone = new CountDownLatch((int) Math.min(Integer.MAX_VALUE, measuredOps));
        AtomicLong lastDoneNanos = new AtomicLong(Long.MIN_VALUE);
        long start = ticker.nanoTime() + 50_000_000L;
        schedule.run(ticker, start, seq -> {
            long due = start + schedule.offsetNanos(seq);
            boolean measured = schedule.measured(seq);
            if (measured && ticker.nanoTime() - due > LATE_NANOS) {
                lateStarts.incrementAndGet();
            }
            CompletableFuture<?> future;
            try {
                future = op.start(seq);
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            future.whenComplete((result, failure) -> {
                long now = ticker.nanoTime();
                if (!measured) {
                    return;
                }
                if (failure == null) {
                    synchronized (micros) {
                        LatencySummary.record(micros, now - due);
                    }
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, describe(failure));
                }
                lastDoneNanos.accumulateAndGet(now, Math::max);
                measuredDone.countDown();
            });
        });
        long windowStart = start + schedule.windowStartNanos();
        long windowEnd = start + schedule.windowEndNanos();
        boolean drained = measuredDone.await(drain.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (micros) {
            long done = micros.getTotalCount() + errors.get();
            // throughput: operations due in the window that succeeded, over the time from the window's start to the
            // later of the window's end and the last of them finishing (a backlog stretches it, so it shows)
            long end = Math.max(windowEnd, lastDoneNanos.get());
            double throughput = micros.getTotalCount() / ((end - windowStart) / 1e9);
            long unfinished = measuredOps - done;
            if (!drained && unfinished > 0) {
                errors.addAndGet(unfinished);
                firstError.compareAndSet(null, unfinished + " operations unfinished " + drain.toSeconds()
                        + " s after the window");
            }
            return LatencySummary.of(label, perSecond, throughput, micros, errors.get(), firstError.get())
                    .withLateStarts(lateStarts.get());
        }
    }

    public static LatencySummary peak(String label, int concurrency, Duration warmup, Duration measure, Op op)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Window window = Window.afterWarmup(warmup, measure);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (window.isOver(t0)) {
                        return;
                    }
                    try {
                        op.start(sequence.getAndIncrement()).get();
                        long t1 = System.nanoTime();
                        if (t0 >= window.start() && t1 <= window.end()) {
                            recorder.recordValue((t1 - t0) / 1_000);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        if (t0 >= window.start()) {
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
