package gx.techmarket.demand.listing;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.listing.Listing;
import gx.techmarket.platform.listing.ListingAccess;
import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demand listings' use cases, each one transaction: load the demand, check the caller may act on it
 * ({@link ListingAccess}), make the move, publish the event it returns. State changes lock the demand's row first,
 * so concurrent ones run one after the other and the later one sees the earlier's result (e.g. a second approval
 * is an illegal transition, not a second event).
 */
@ApplicationScoped
class DemandService {

    static final ListingAccess ACCESS = new ListingAccess("DEMAND_NOT_FOUND", "NOT_DEMANDER",
            Set.of(Role.ENTERPRISE));

    /** The moves that need the deadline still ahead. */
    private static final Set<String> WHILE_OPEN = Set.of("submit", "approve");

    private final DemandRepository demands;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<DemandChanged> changes;

    DemandService(DemandRepository demands, Outbox outbox, Clock clock, Event<DemandChanged> changes) {
        this.demands = demands;
        this.outbox = outbox;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    DemandView create(Actor actor, DemandRequest request) {
        DemandContent content = request.toContent().check(today());
        Demand demand = Demand.draft(UUID.randomUUID(), actor.organisation(), actor.username(), content, now());
        demands.persist(demand);
        return view(actor, demand);
    }

    @Transactional
    DemandView edit(Actor actor, UUID id, DemandRequest request) {
        DemandContent content = request.toContent().check(today());
        Demand demand = ACCESS.owned(actor, demands.findForUpdate(id));
        demand.edit(content, now());
        return flushed(actor, demand);
    }

    @Transactional
    DemandView submit(Actor actor, UUID id) {
        Demand demand = ACCESS.owned(actor, demands.findForUpdate(id));
        demand.submit(today(), now());
        return flushed(actor, demand);
    }

    @Transactional
    DemandView approve(Actor actor, UUID id) {
        Demand demand = ACCESS.operated(actor, demands.findForUpdate(id));
        outbox.publish(demand.approve(actor.username(), today(), now()));
        changes.fire(new DemandChanged(id));
        return flushed(actor, demand);
    }

    @Transactional
    DemandView reject(Actor actor, UUID id, String reason) {
        Demand demand = ACCESS.operated(actor, demands.findForUpdate(id));
        demand.reject(actor.username(), reason.strip(), now());
        return flushed(actor, demand);
    }

    @Transactional
    DemandView close(Actor actor, UUID id, String reason) {
        Demand demand = ACCESS.owned(actor, demands.findForUpdate(id));
        outbox.publish(demand.close(Listing.optionalReason(reason), now()));
        changes.fire(new DemandChanged(id));
        return flushed(actor, demand);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView get(Actor actor, UUID id) {
        return view(actor, ACCESS.visible(actor, demands.findById(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<DemandView> search(Actor actor, String query, String industry, String region, ListingOrder order,
            Paging paging) {
        return demands.published(query, industry, region, today(), order, paging).map(d -> view(actor, d));
    }

    /** The open demands as a visitor who has not signed in sees them: the same search, no actions. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<DemandView> searchPublic(String query, String industry, String region, ListingOrder order,
            Paging paging) {
        return demands.published(query, industry, region, today(), order, paging).map(DemandService::publicView);
    }

    /** A published demand still open, as a visitor sees it; any other is 404, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView getPublic(UUID id) {
        LocalDate today = today();
        return publicView(ACCESS.listed(demands.findById(id), d -> d.isListed(today)));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<DemandView> mine(Actor actor, DemandStatus status, ListingOrder order, Paging paging) {
        return demands.postedBy(actor.orgId(), status, order, paging).map(d -> view(actor, d));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<DemandView> reviewQueue(Actor actor, ListingOrder order, Paging paging) {
        return demands.awaitingReview(actor, order, paging).map(d -> view(actor, d));
    }

    /** Writes the change now, so the view shows the version the client must hold next. */
    private DemandView flushed(Actor actor, Demand demand) {
        demands.flush();
        return view(actor, demand);
    }

    /**
     * The view with the caller's actions: submitting and approving are offered only while the deadline is ahead;
     * the market's own moves (match, expire) never.
     */
    private DemandView view(Actor actor, Demand demand) {
        LocalDate today = today();
        return DemandView.of(demand, ACCESS.actions(actor, demand,
                a -> !DemandStatus.SYSTEM_MOVES.contains(a) && (!WHILE_OPEN.contains(a) || demand.isOpen(today))));
    }

    private static DemandView publicView(Demand demand) {
        return DemandView.of(demand, List.of());
    }

    private LocalDate today() {
        return MarketClock.today(clock);
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
