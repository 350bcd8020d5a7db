package gx.techmarket.bench.market.drills;

import gx.techmarket.bench.market.BenchContext;
import gx.techmarket.bench.market.Workload;

public final class DrillsWorkload implements Workload {

    @Override
    public String id() {
        return "drills";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        throw new UnsupportedOperationException("being written");
    }
}
