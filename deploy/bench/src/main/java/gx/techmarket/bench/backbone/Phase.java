package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.load.RateSchedule;
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
public final class Phase {

    /** The two paths of the backbone part. */
    public enum Path {
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

    /**
     * Events due by {@code nanos} and not yet done: the sustained run's backlog (whatever stage they wait in: for a
     * writer, in the outbox, in Kafka, in the inbox).
     */
    long backlog(long nanos) {
        long elapsed = nanos - startNanos;
        long due = elapsed < 0 ? 0
                : Math.min(total, (long) Math.floor(elapsed / 1e9 * schedule.ratePerSecond()) + 1);
        return Math.max(0, due - doneCount.get());
    }

    /**
     * What was measured outside the arrays: the relay's backlog and the CPU, taken at the window's ends, the drain,
     * and the checks of the effects (null on the baseline path).
     */
    record Samples(Long outboxUnpublished, Long outboxOldestUnpublishedMillis, CpuUsage cpu, double drainSeconds,
            EffectChecks checks) {}

    PhaseResult summarize(Samples samples) {
        long windowStart = windowStartNanos();
        long windowEnd = windowEndNanos();
        Histogram total = LatencySummary.histogram();
        Histogram toWritten = LatencySummary.histogram();
        Histogram writtenToSent = LatencySummary.histogram();
        Histogram sentToReceived = LatencySummary.histogram();
        Histogram receivedToInvoked = LatencySummary.histogram();
        Histogram invokedToDone = LatencySummary.histogram();
        Histogram writtenToDone = LatencySummary.histogram();
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
            LatencySummary.record(total, d - intended);
            if (w != 0) {
                LatencySummary.record(toWritten, w - intended);
                LatencySummary.record(writtenToDone, d - w);
            }
            if (path == Path.OUTBOX) {
                long sn = sent.get(seq);
                long r = received.get(seq);
                if (w != 0 && sn != 0) {
                    LatencySummary.record(writtenToSent, sn - w);
                }
                if (sn != 0 && r != 0) {
                    LatencySummary.record(sentToReceived, r - sn);
                }
                if (r != 0 && i != 0) {
                    LatencySummary.record(receivedToInvoked, i - r);
                }
                if (i != 0) {
                    LatencySummary.record(invokedToDone, d - i);
                }
            }
        }
        double windowSeconds = (windowEnd - windowStart) / 1e9;
        Map<String, LatencySummary> stages = new LinkedHashMap<>();
        if (path == Path.OUTBOX) {
            stages.put("write", LatencySummary.of("write", toWritten));
            stages.put("relay", LatencySummary.of("relay", writtenToSent));
            stages.put("kafka", LatencySummary.of("kafka", sentToReceived));
            stages.put("inbox", LatencySummary.of("inbox", receivedToInvoked));
            stages.put("handle", LatencySummary.of("handle", invokedToDone));
            stages.put("committed to handled", LatencySummary.of("committed to handled", writtenToDone));
        } else {
            stages.put("ack", LatencySummary.of("ack", toWritten));
        }
        return new PhaseResult(path.name().toLowerCase(java.util.Locale.ROOT), path.label, (int) schedule.ratePerSecond(),
                run, windowSeconds, schedule.measuredEvents(), doneInWindow, doneInWindow / windowSeconds,
                LatencySummary.of(path.label, total), stages, unfinished, errors.get(), firstError.get(), duplicates.get(),
                notWrittenAtEnd, inFlightAtEnd, samples.outboxUnpublished(), samples.outboxOldestUnpublishedMillis(),
                samples.cpu(), samples.drainSeconds(), samples.checks());
    }
}
