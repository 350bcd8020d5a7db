package gx.techmarket.bench.market.propagation;

import gx.techmarket.bench.market.BenchContext;
import gx.techmarket.bench.market.Workload;

public final class PropagationWorkload implements Workload {

    @Override
    public String id() {
        return "propagation";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        throw new UnsupportedOperationException("being written");
    }
}
