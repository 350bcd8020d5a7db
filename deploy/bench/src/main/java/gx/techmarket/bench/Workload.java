package gx.techmarket.bench;

import gx.techmarket.bench.report.Section;

/** One part of the benchmark: runs against the market in {@code ctx} and writes its section of the report. */
public abstract class Workload {

    private final String id;
    private final String title;

    /** {@code id} as {@code --only} names it; {@code title} heads its section of the report. */
    protected Workload(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Short id, as {@code --only} names it: baselines, catalogue, bids, propagation, drills, footprint. */
    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    /** Runs the part, writing its findings into {@code s}, the section {@link #title()} heads. */
    public abstract void run(BenchContext ctx, Section s) throws Exception;
}
