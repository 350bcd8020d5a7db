package gx.techmarket.bench.market.bids;

import gx.techmarket.bench.market.BenchContext;
import gx.techmarket.bench.market.Workload;

public final class BidWorkload implements Workload {

    @Override
    public String id() {
        return "bids";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        throw new UnsupportedOperationException("being written");
    }
}
