package gx.techmarket.demand.listing;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demands written by other means than the form (the bulk import): the same rules as {@link DemandResource}'s create,
 * then many drafts at once.
 */
@ApplicationScoped
public class DemandDrafts {

    private final DemandRepository demands;
    private final Clock clock;

    DemandDrafts(DemandRepository demands, Clock clock) {
        this.demands = demands;
        this.clock = clock;
    }

    /** Checks the rules between the fields of {@code request} as the form's create does (400 on the field at fault). */
    public void check(DemandRequest request) {
        request.toContent().check(MarketClock.today(clock));
    }

    /**
     * Creates one draft per request, by the caller's organisation, in the caller's transaction (all or none); returns
     * their ids in the requests' order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> draftAll(Actor actor, List<DemandRequest> requests) {
        Instant now = MarketClock.now(clock);
        List<UUID> ids = new ArrayList<>();
        for (DemandRequest request : requests) {
            Demand demand = Demand.draft(UUID.randomUUID(), actor.organisation(), actor.username(),
                    request.toContent().check(MarketClock.today(clock)), now);
            demands.persist(demand);
            ids.add(demand.id());
        }
        return ids;
    }

    /** The titles of the demands {@code ids} of the caller's organisation, by id (others left out). */
    public Map<UUID, String> titles(Actor actor, List<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        for (UUID id : ids) {
            Demand d = demands.findById(id);
            if (d != null && d.isOwnedBy(actor.orgId())) {
                titles.put(id, d.title());
            }
        }
        return titles;
    }
}
