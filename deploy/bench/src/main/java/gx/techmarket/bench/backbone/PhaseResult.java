package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import gx.techmarket.bench.load.LatencySummary;
import java.util.Map;

/**
 * One path at one rate, as the report shows it.
 *
 * @param throughput          events done (handled, or received for the baseline) per second during the measured
 *                            window, whichever phase of the schedule they were written in
 * @param latency             intended time to done, over the events of the measured window
 * @param stages              where the time went (see {@link Phase})
 * @param unfinished          measured events never done by the end of the drain
 * @param notWrittenAtEnd     events due by the end of the window but not yet written then (queued at the writers)
 * @param inFlightAtEnd       events written by the end of the window but not yet done then
 * @param outboxUnpublished   committed outbox rows not yet published by the relay at the end of the window
 * @param drainSeconds        how long the events still in flight at the end of the window took to finish
 * @param checks              exactly-once and per-aggregate order of the effects (outbox path; null on the baseline)
 */
record PhaseResult(String path, String label, int offeredRate, String run, double windowSeconds, long measuredEvents,
        long doneInWindow, double throughput, LatencySummary latency, Map<String, LatencySummary> stages, long unfinished,
        long errors, String firstError, long duplicates, long notWrittenAtEnd, long inFlightAtEnd,
        Long outboxUnpublished, Long outboxOldestUnpublishedMillis, CpuUsage cpu, double drainSeconds,
        EffectChecks checks) {}
