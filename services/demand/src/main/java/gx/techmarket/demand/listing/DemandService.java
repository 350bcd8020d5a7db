package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.demand.infra.MarketCalendar;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The demand listings' use cases, each one transaction, each checking who may do it to which demand. State changes
 * lock the demand's row first, so concurrent ones run one after the other and the later one sees the earlier's
 * result (e.g. a second approval is an illegal transition, not a second event).
 */
@ApplicationScoped
class DemandService {

    private final DemandRepository demands;
    private final Outbox outbox;
    private final Clock clock;

    DemandService(DemandRepository demands, Outbox outbox, Clock clock) {
        this.demands = demands;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    DemandView create(Actor actor, DemandRequest request) {
        DemandContent content = request.toContent().check(today());
        Demand demand = Demand.draft(UUID.randomUUID(), actor.organisation(), actor.username(), content, now());
        demands.persist(demand);
        return DemandView.of(demand);
    }

    @Transactional
    DemandView edit(Actor actor, UUID id, DemandRequest request) {
        DemandContent content = request.toContent().check(today());
        Demand demand = postedBy(actor, id);
        demand.edit(content, now());
        return flushed(demand);
    }

    @Transactional
    DemandView submit(Actor actor, UUID id) {
        Demand demand = postedBy(actor, id);
        demand.submit(today(), now());
        return flushed(demand);
    }

    @Transactional
    DemandView approve(Actor actor, UUID id) {
        Demand demand = operatedBy(actor, id);
        demand.approve(actor.username(), today(), now());
        outbox.publish(published(demand));
        return flushed(demand);
    }

    @Transactional
    DemandView reject(Actor actor, UUID id, String reason) {
        Demand demand = operatedBy(actor, id);
        demand.reject(actor.username(), reason.strip(), now());
        return flushed(demand);
    }

    @Transactional
    DemandView close(Actor actor, UUID id, String reason) {
        Demand demand = postedBy(actor, id);
        demand.close(reason == null || reason.isBlank() ? null : reason.strip(), now());
        return flushed(demand);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView get(Actor actor, UUID id) {
        return DemandView.of(visible(actor, demands.findById(id), id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandView.Page search(String industry, String region, int page, int size) {
        DemandRepository.Page found = demands.published(industry, region, today(), page, size);
        return new DemandView.Page(found.items().stream().map(DemandView::of).toList(), found.total(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<DemandView> mine(Actor actor) {
        return demands.postedBy(actor.orgId()).stream().map(DemandView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<DemandView> reviewQueue(Actor actor) {
        List<String> regions = actor.isProvinceAdmin() ? null : List.of(actor.organisation().region());
        return demands.awaitingReview(regions).stream().map(DemandView::of).toList();
    }

    /**
     * A demand the caller may see: public ones to everyone signed in, the others only to its enterprise and the
     * operator of its sub-market. To anyone else it does not exist.
     */
    private static Demand visible(Actor actor, Demand demand, UUID id) {
        if (demand == null || !(demand.status.isPublic() || demand.isPostedBy(actor.orgId())
                || actor.operates(demand.regionCode))) {
            throw ProblemException.notFound("DEMAND_NOT_FOUND", id);
        }
        return demand;
    }

    private Demand postedBy(Actor actor, UUID id) {
        Demand demand = visible(actor, demands.findForUpdate(id), id);
        if (!demand.isPostedBy(actor.orgId())) {
            throw ProblemException.forbidden("NOT_DEMANDER");
        }
        return demand;
    }

    private Demand operatedBy(Actor actor, UUID id) {
        Demand demand = visible(actor, demands.findForUpdate(id), id);
        if (!actor.has(Role.ADMIN) || !actor.operates(demand.regionCode)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", GuangxiRegions.nameOf(demand.regionCode)
                    .orElse(demand.regionCode));
        }
        return demand;
    }

    /** Writes the change now, so the view shows the version the client must hold next. */
    private DemandView flushed(Demand demand) {
        demands.flush();
        return DemandView.of(demand);
    }

    private static DemandPublished published(Demand d) {
        Party demander = new Party(d.demanderUscc, d.demanderName, OrgKind.valueOf(d.demanderKind), d.demanderRegion,
                d.demanderParentUscc);
        return new DemandPublished(d.id, d.title, d.problem, d.industry, d.budgetMin, d.budgetMax, d.deadline,
                d.regionCode, d.cooperationModes(), demander, d.publishedAt);
    }

    private LocalDate today() {
        return MarketCalendar.today(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
