package gx.techmarket.catalogue.result;

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
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The catalogue's use cases, each one transaction: load the result, check the caller may act on it
 * ({@link ListingAccess}), make the move, publish the event it returns.
 */
@ApplicationScoped
class ResultService {

    static final ListingAccess ACCESS = new ListingAccess("RESULT_NOT_FOUND", "NOT_RESULT_HOLDER",
            Set.of(Role.UNIVERSITY, Role.ENTERPRISE));

    private final ResultRepository results;
    private final Outbox outbox;
    private final Clock clock;
    private final ResultSearch search;
    private final Event<ResultChanged> changes;

    ResultService(ResultRepository results, Outbox outbox, Clock clock, ResultSearch search,
            Event<ResultChanged> changes) {
        this.results = results;
        this.outbox = outbox;
        this.clock = clock;
        this.search = search;
        this.changes = changes;
    }

    @Transactional
    ResultView create(Actor actor, ResultRequest request) {
        Result result = Result.draft(UUID.randomUUID(), actor.organisation(), actor.username(), request.toContent(),
                now());
        results.persist(result);
        return view(actor, result);
    }

    @Transactional
    ResultView edit(Actor actor, UUID id, ResultRequest request) {
        ResultContent content = request.toContent();
        Result result = ACCESS.owned(actor, results.findById(id));
        result.edit(content, now());
        return view(actor, result);
    }

    @Transactional
    ResultView submit(Actor actor, UUID id) {
        Result result = ACCESS.owned(actor, results.findById(id));
        result.submit(now());
        return view(actor, result);
    }

    @Transactional
    ResultView approve(Actor actor, UUID id) {
        Result result = ACCESS.operated(actor, results.findById(id));
        outbox.publish(result.approve(now()));
        changes.fire(new ResultChanged(id));
        return view(actor, result);
    }

    @Transactional
    ResultView reject(Actor actor, UUID id, String reason) {
        Result result = ACCESS.operated(actor, results.findById(id));
        result.reject(reason.strip(), now());
        return view(actor, result);
    }

    @Transactional
    ResultView withdraw(Actor actor, UUID id, String reason) {
        Result result = ACCESS.owned(actor, results.findById(id));
        outbox.publish(result.withdraw(Listing.optionalReason(reason), now()));
        changes.fire(new ResultChanged(id));
        return view(actor, result);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView get(Actor actor, UUID id) {
        return view(actor, ACCESS.visible(actor, results.findById(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ResultView> search(Actor actor, String query, String industry, String region, ListingOrder order,
            Paging paging) {
        if (query != null && !query.isBlank()) {
            return search.words(actor, query, industry, region, order, paging);
        }
        return results.browsePublished(industry, region, order, paging).map(r -> view(actor, r));
    }

    /** The catalogue as a visitor who has not signed in sees it: the same search, no actions. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ResultView> searchPublic(String query, String industry, String region, ListingOrder order, Paging paging) {
        if (query != null && !query.isBlank()) {
            return search.words(null, query, industry, region, order, paging);
        }
        return results.browsePublished(industry, region, order, paging).map(ResultService::publicView);
    }

    /** A published result as a visitor sees it; any other is 404, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView getPublic(UUID id) {
        return publicView(ACCESS.listed(results.findById(id), r -> r.status() == ResultStatus.PUBLISHED));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ResultView> mine(Actor actor, ResultStatus status, ListingOrder order, Paging paging) {
        return results.heldBy(actor.orgId(), status, order, paging).map(r -> view(actor, r));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ResultView> reviewQueue(Actor actor, ListingOrder order, Paging paging) {
        return results.awaitingReview(actor, order, paging).map(r -> view(actor, r));
    }

    static ResultView view(Actor actor, Result result) {
        ContactVisibility.Audience audience = result.isOwnedBy(actor.orgId()) || actor.operates(result.regionCode())
                ? ContactVisibility.Audience.HOLDER_OR_OPERATOR
                : ContactVisibility.Audience.SIGNED_IN;
        return ResultView.of(result, audience, ACCESS.actions(actor, result));
    }

    static ResultView publicView(Result result) {
        return ResultView.of(result, ContactVisibility.Audience.PUBLIC, List.of());
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
