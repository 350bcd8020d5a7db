package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gx.techmarket.bench.load.RateSchedule;
import org.junit.jupiter.api.Test;

class PhaseTest {

    private static final long MS = 1_000_000;

    /** 10 events at 10/s: 0..4 warm-up (0 to 0.5 s), 5..9 measured (0.5 s to 1 s). */
    private Phase phase() {
        Phase p = new Phase(Phase.Path.OUTBOX, "run", new RateSchedule(10, 5, 10));
        p.start(1_000 * MS);
        return p;
    }

    private static Phase.Samples samples() {
        return new Phase.Samples(3L, 40L, new CpuUsage(50, 30, 15, 5, 0, 1, 0.5), 0.2, null);
    }

    @Test
    void shouldMeasureLatencyFromTheIntendedTimeToDoneForTheWindowOnly() {
        Phase p = phase();
        for (int seq = 0; seq < 10; seq++) {
            long intended = p.intendedNanos(seq);
            p.written(seq, intended + 2 * MS);
            p.received(seq, intended + 5 * MS);
            p.invoked(seq, intended + 7 * MS);
            p.done(seq, intended + (seq < 5 ? 500 : 10 + seq) * MS); // the warm-up's slowness is not counted
        }
        PhaseResult r = p.summarize(samples());
        assertThat(r.latency().count()).isEqualTo(5);
        assertThat(r.latency().p50()).isCloseTo(17, within(0.05));
        assertThat(r.latency().max()).isCloseTo(19, within(0.05));
        assertThat(r.stages().get("write").p50()).isCloseTo(2, within(0.01));
        assertThat(r.stages().get("inbox").p50()).isCloseTo(2, within(0.01));
        assertThat(r.stages().get("handle").max()).isCloseTo(12, within(0.05));
        assertThat(r.stages().get("committed to handled").p50()).isCloseTo(15, within(0.05)); // 17 - 2
        assertThat(r.unfinished()).isZero();
        assertThat(r.outboxUnpublished()).isEqualTo(3);
    }

    @Test
    void shouldPlaceTheRelaysSendByTheRecordsWallClockTimestamp() {
        Phase p = phase();
        long before = System.currentTimeMillis();
        p.start(System.nanoTime());
        long intended = p.intendedNanos(5);
        p.written(5, intended);
        p.sent(5, before + 30 + (intended - p.startNanos()) / MS); // 30 ms after it was written (and start)
        p.received(5, intended + 40 * MS);
        p.invoked(5, intended + 41 * MS);
        p.done(5, intended + 42 * MS);
        PhaseResult r = p.summarize(samples());
        assertThat(r.stages().get("relay").p50()).isCloseTo(30, within(3.0)); // the clocks agree to a few ms
        assertThat(r.stages().get("relay").p50() + r.stages().get("kafka").p50()).isCloseTo(40, within(0.1));
    }

    @Test
    void shouldCountThroughputByCompletionsInsideTheWindow() {
        Phase p = phase();
        for (int seq = 0; seq < 10; seq++) {
            p.written(seq, p.intendedNanos(seq) + MS);
        }
        p.done(3, p.windowStartNanos() + 10 * MS);  // a warm-up straggler finishing in the window counts
        p.done(5, p.windowStartNanos() + 20 * MS);
        p.done(6, p.windowEndNanos() - MS);
        p.done(9, p.windowEndNanos() + 10 * MS);   // after the window: not in the throughput
        PhaseResult r = p.summarize(samples());
        assertThat(r.doneInWindow()).isEqualTo(3);
        assertThat(r.throughput()).isCloseTo(6.0, within(1e-9)); // 3 in 0.5 s
        assertThat(r.unfinished()).isEqualTo(2); // 7 and 8
        assertThat(r.inFlightAtEnd()).isEqualTo(7); // written, not done at the window's end: 0-2, 4, 7-9
        assertThat(p.drained()).isFalse();
    }

    @Test
    void shouldCountEventsNotWrittenByTheEndOfTheWindow() {
        Phase p = phase();
        for (int seq = 0; seq < 8; seq++) {
            p.written(seq, p.intendedNanos(seq) + MS);
        }
        p.written(8, p.windowEndNanos() + MS); // written late
        PhaseResult r = p.summarize(samples());
        assertThat(r.notWrittenAtEnd()).isEqualTo(2); // 8 (late) and 9 (never)
    }

    @Test
    void shouldCountDuplicatesAndErrorsAndKnowWhenDrained() {
        Phase p = new Phase(Phase.Path.BASELINE, "run", new RateSchedule(10, 0, 2));
        p.start(0);
        p.written(0, 1);
        p.done(0, 2);
        p.done(0, 3);
        assertThat(p.drained()).isFalse();
        p.failed(new IllegalStateException("broker away"));
        assertThat(p.drained()).isTrue();
        PhaseResult r = p.summarize(new Phase.Samples(null, null, new CpuUsage(1, 1, 0, 0, 0, 0, 0), 0, null));
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.firstError()).contains("broker away");
        assertThat(r.stages()).containsOnlyKeys("ack");
    }

    @Test
    void shouldCountTheEventsDueAndNotYetDoneAsTheBacklog() {
        Phase p = phase(); // 10/s from 1,000 ms
        assertThat(p.backlog(900 * MS)).isZero(); // before the start nothing is due
        assertThat(p.backlog(1_000 * MS)).isEqualTo(1); // event 0 is due at the start
        assertThat(p.backlog(1_350 * MS)).isEqualTo(4); // 0..3
        p.done(0, 1_010 * MS);
        p.done(1, 1_110 * MS);
        assertThat(p.backlog(1_350 * MS)).isEqualTo(2);
        assertThat(p.backlog(60_000 * MS)).isEqualTo(8); // never more than the phase's 10 events
    }
}
