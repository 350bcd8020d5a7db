package gx.techmarket.bench;

/** One part of the benchmark: runs against the market in {@code ctx} and writes its section of the report. */
public interface Workload {

    /** Short id, as {@code --only} names it: baselines, catalogue, bids, propagation, drills, footprint. */
    String id();

    void run(BenchContext ctx) throws Exception;
}
