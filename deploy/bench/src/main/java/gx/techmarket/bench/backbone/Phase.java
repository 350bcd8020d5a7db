package gx.techmarket.bench.backbone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * What happened to every event of one path at one rate: the {@link System#nanoTime()} of each step, per sequence
 * number. Recording is a lock-free array write; percentiles and throughput are computed afterwards, so measuring
 * costs the measured threads next to nothing.
 *
 * <p>Steps: <b>written</b> (outbox path: the producer's transaction committed, i.e. {@code QuarkusTransaction}
 * returned; baseline: the broker acknowledged the record), then on the outbox path only <b>sent</b> (the relay
 * handed the record to its producer: the record's CreateTime, a wall-clock millisecond, converted), <b>received</b>
 * (the {@code @Incoming} method was called with it) and <b>invoked</b> (the inbox called the handler, inside its
 * transaction), and finally <b>done</b> (outbox path: the inbox transaction committed; baseline: the consumer's
 * {@code poll} returned the record).
 */
final class Phase {

    enum Path {
        OUTBOX("outbox → Kafka → inbox"),
        BASELINE("raw Kafka producer → consumer");

        final String label;

        Path(String label) {
            this.label = label;
        }
    }

    private final Path path;
    private final String run;
    private final RateSchedule schedule;
    private final int total;
    private final AtomicLongArray written;
    private final AtomicLongArray sent;
    private final AtomicLongArray received;
    private final AtomicLongArray invoked;
    private final AtomicLongArray done;
    private final AtomicLong writtenCount = new AtomicLong();
    private final AtomicLong doneCount = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private volatile long startNanos;
    /** Wall clock minus {@link System#nanoTime()}, in nanoseconds: converts record timestamps. */
    private volatile long wallMinusNano;

    Phase(Path path, String run, RateSchedule schedule) {
        if (schedule.totalEvents() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many events in one phase: " + schedule.totalEvents());
        }
        this.path = path;
        this.run = run;
        this.schedule = schedule;
        this.total = (int) schedule.totalEvents();
        this.written = new AtomicLongArray(total);
        this.sent = new AtomicLongArray(path == Path.OUTBOX ? total : 0);
        this.received = new AtomicLongArray(path == Path.OUTBOX ? total : 0);
        this.invoked = new AtomicLongArray(total);
        this.done = new AtomicLongArray(total);
    }

    Path path() {
        return path;
    }

    String run() {
        return run;
    }

    RateSchedule schedule() {
        return schedule;
    }

    void start(long nanos) {
        startNanos = nanos;
        wallMinusNano = System.currentTimeMillis() * 1_000_000 - System.nanoTime();
    }

    long startNanos() {
        return startNanos;
    }

    long intendedNanos(long sequence) {
        return startNanos + schedule.offsetNanos(sequence);
    }

    long windowStartNanos() {
        return startNanos + schedule.windowStartNanos();
    }

    long windowEndNanos() {
        return startNanos + schedule.windowEndNanos();
    }

    boolean contains(long sequence) {
        return sequence >= 0 && sequence < total;
    }

    void written(long sequence, long nanos) {
        if (written.compareAndSet((int) sequence, 0, nanos)) {
            writtenCount.incrementAndGet();
        }
    }

    /** The relay sent it: {@code epochMillis} is the record's CreateTime. */
    void sent(long sequence, long epochMillis) {
        sent.set((int) sequence, epochMillis * 1_000_000 - wallMinusNano);
    }

    void received(long sequence, long nanos) {
        received.set((int) sequence, nanos);
    }

    void invoked(long sequence, long nanos) {
        invoked.set((int) sequence, nanos);
    }

    void done(long sequence, long nanos) {
        if (done.compareAndSet((int) sequence, 0, nanos)) {
            doneCount.incrementAndGet();
        } else {
            duplicates.incrementAndGet();
        }
    }

    void failed(Throwable error) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, String.valueOf(error));
    }

    long writtenCount() {
        return writtenCount.get();
    }

    long doneCount() {
        return doneCount.get();
    }

    long errors() {
        return errors.get();
    }

    /** Every event was either written or failed, and every written one is done. */
    boolean drained() {
        return writtenCount.get() + errors.get() >= total && doneCount.get() >= writtenCount.get();
    }

    /** What was measured outside the arrays: the relay's backlog and the CPU, taken at the window's ends. */
    record Samples(Long outboxUnpublished, Long outboxOldestUnpublishedMillis, CpuUsage cpu, double drainSeconds) {}

    PhaseResult summarize(Samples samples) {
        long windowStart = windowStartNanos();
        long windowEnd = windowEndNanos();
        Histogram total = Latency.histogram();
        Histogram toWritten = Latency.histogram();
        Histogram writtenToSent = Latency.histogram();
        Histogram sentToReceived = Latency.histogram();
        Histogram receivedToInvoked = Latency.histogram();
        Histogram invokedToDone = Latency.histogram();
        long doneInWindow = 0;
        long unfinished = 0;
        long notWrittenAtEnd = 0;
        long inFlightAtEnd = 0;
        for (int seq = 0; seq < this.total; seq++) {
            long intended = intendedNanos(seq);
            long w = written.get(seq);
            long i = invoked.get(seq);
            long d = done.get(seq);
            if (d != 0 && d - windowStart >= 0 && d - windowEnd < 0) {
                doneInWindow++;
            }
            if (intended - windowEnd < 0 && (w == 0 || w - windowEnd >= 0)) {
                notWrittenAtEnd++;
            }
            if (w != 0 && w - windowEnd < 0 && (d == 0 || d - windowEnd >= 0)) {
                inFlightAtEnd++;
            }
            if (!schedule.measured(seq)) {
                continue;
            }
            if (d == 0) {
                unfinished++;
                continue;
            }
            Latency.record(total, d - intended);
            if (w != 0) {
                Latency.record(toWritten, w - intended);
            }
            if (path == Path.OUTBOX) {
                long sn = sent.get(seq);
                long r = received.get(seq);
                if (w != 0 && sn != 0) {
                    Latency.record(writtenToSent, sn - w);
                }
                if (sn != 0 && r != 0) {
                    Latency.record(sentToReceived, r - sn);
                }
                if (r != 0 && i != 0) {
                    Latency.record(receivedToInvoked, i - r);
                }
                if (i != 0) {
                    Latency.record(invokedToDone, d - i);
                }
            }
        }
        double windowSeconds = (windowEnd - windowStart) / 1e9;
        Map<String, Latency> stages = new LinkedHashMap<>();
        if (path == Path.OUTBOX) {
            stages.put("write", Latency.of(toWritten));
            stages.put("relay", Latency.of(writtenToSent));
            stages.put("kafka", Latency.of(sentToReceived));
            stages.put("inbox", Latency.of(receivedToInvoked));
            stages.put("handle", Latency.of(invokedToDone));
        } else {
            stages.put("ack", Latency.of(toWritten));
        }
        return new PhaseResult(path.name().toLowerCase(java.util.Locale.ROOT), path.label, schedule.ratePerSecond(),
                run, windowSeconds, schedule.measuredEvents(), doneInWindow, doneInWindow / windowSeconds,
                Latency.of(total), stages, unfinished, errors.get(), firstError.get(), duplicates.get(),
                notWrittenAtEnd, inFlightAtEnd, samples.outboxUnpublished(), samples.outboxOldestUnpublishedMillis(),
                samples.cpu(), samples.drainSeconds());
    }
}
