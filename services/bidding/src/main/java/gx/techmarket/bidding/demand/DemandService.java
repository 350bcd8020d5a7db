package gx.techmarket.bidding.demand;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads of the demand read model. Published demands are public in the market, so any signed-in user may read one. */
@ApplicationScoped
class DemandService {

    private final KnownDemandRepository demands;

    DemandService(KnownDemandRepository demands) {
        this.demands = demands;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView get(UUID id) {
        KnownDemand demand = demands.findById(id);
        if (demand == null) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND", id);
        }
        return DemandView.of(demand);
    }

    /** The demands an operator may turn into challenges: their own sub-market's (the province: all). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<DemandView> operated(Actor actor, int page, int size) {
        List<String> regions = actor.isProvinceAdmin() ? null : List.of(actor.organisation().region());
        return demands.inRegions(regions, page, size).stream().map(DemandView::of).toList();
    }
}
