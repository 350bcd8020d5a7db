package gx.techmarket.bench.market.catalogue;

import gx.techmarket.bench.market.BenchContext;
import gx.techmarket.bench.market.Workload;

public final class CatalogueWorkload implements Workload {

    @Override
    public String id() {
        return "catalogue";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        throw new UnsupportedOperationException("being written");
    }
}
