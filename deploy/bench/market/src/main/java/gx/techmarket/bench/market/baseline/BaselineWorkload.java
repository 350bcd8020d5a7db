package gx.techmarket.bench.market.baseline;

import gx.techmarket.bench.market.BenchContext;
import gx.techmarket.bench.market.Workload;

public final class BaselineWorkload implements Workload {

    @Override
    public String id() {
        return "baselines";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        throw new UnsupportedOperationException("being written");
    }
}
