package gx.techmarket.bidding.demand;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads of the demand read model. Published demands are public in the market, so any signed-in user may read one. */
@ApplicationScoped
class DemandService {

    private final KnownDemandRepository demands;
    private final ChallengedDemands challenged;

    DemandService(KnownDemandRepository demands, ChallengedDemands challenged) {
        this.demands = demands;
        this.challenged = challenged;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView get(Actor actor, UUID id) {
        KnownDemand demand = demands.findById(id);
        if (demand == null) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND");
        }
        return views(actor, List.of(demand)).get(0);
    }

    /**
     * The demands an operator may turn into challenges: those of its sub-market (the province: all; a city: its own
     * and its counties') still on the market (not closed, expired or matched by a contract).
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<DemandView> operated(Actor actor, String sort, Paging paging) {
        Page<KnownDemand> page = demands.inSubMarket(actor.subMarket(), sort, paging);
        return new Page<>(views(actor, page.items()), page.total(), page.page(), page.size());
    }

    /**
     * With the caller's actions: {@code challenge} for the operator of the demand's region (as {@code POST
     * /challenges} requires) while the demand is open ({@link KnownDemand#isOpen}) and has no live challenge (asked
     * once for the page).
     */
    private List<DemandView> views(Actor actor, List<KnownDemand> page) {
        List<UUID> operated = page.stream().filter(d -> actor.operates(d.regionCode) && d.isOpen())
                .map(d -> d.id).toList();
        Set<UUID> taken = operated.isEmpty() ? Set.of() : challenged.challenged(operated);
        return page.stream().map(d -> DemandView.of(d,
                operated.contains(d.id) && !taken.contains(d.id) ? List.of("challenge") : List.of())).toList();
    }
}
