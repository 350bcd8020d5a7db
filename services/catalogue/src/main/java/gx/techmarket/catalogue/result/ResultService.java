package gx.techmarket.catalogue.result;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.listing.Listing;
import gx.techmarket.platform.listing.ListingAccess;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
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

    ResultService(ResultRepository results, Outbox outbox, Clock clock) {
        this.results = results;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    ResultView create(Actor actor, ResultRequest request) {
        checkPrice(request);
        Result result = Result.draft(UUID.randomUUID(), actor.organisation(), actor.username(), request.toContent(),
                now());
        results.persist(result);
        results.index(result);
        return view(actor, result);
    }

    @Transactional
    ResultView edit(Actor actor, UUID id, ResultRequest request) {
        checkPrice(request);
        Result result = ACCESS.owned(actor, results.findById(id), id);
        result.edit(request.toContent(), now());
        results.index(result);
        return view(actor, result);
    }

    @Transactional
    ResultView submit(Actor actor, UUID id) {
        Result result = ACCESS.owned(actor, results.findById(id), id);
        result.submit(now());
        return view(actor, result);
    }

    @Transactional
    ResultView approve(Actor actor, UUID id) {
        Result result = ACCESS.operated(actor, results.findById(id), id);
        outbox.publish(result.approve(now()));
        return view(actor, result);
    }

    @Transactional
    ResultView reject(Actor actor, UUID id, String reason) {
        Result result = ACCESS.operated(actor, results.findById(id), id);
        result.reject(reason.strip(), now());
        return view(actor, result);
    }

    @Transactional
    ResultView withdraw(Actor actor, UUID id, String reason) {
        Result result = ACCESS.owned(actor, results.findById(id), id);
        outbox.publish(result.withdraw(Listing.optionalReason(reason), now()));
        return view(actor, result);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView get(Actor actor, UUID id) {
        return view(actor, ACCESS.visible(actor, results.findById(id), id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView.Page search(Actor actor, String query, String industry, String region, int page, int size) {
        ResultRepository.Page found = results.searchPublished(query, industry, region, page, size);
        return new ResultView.Page(views(actor, found.items()), found.total(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ResultView> mine(Actor actor) {
        return views(actor, results.heldBy(actor.orgId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ResultView> reviewQueue(Actor actor) {
        return views(actor, results.awaitingReview(actor));
    }

    private static ResultView view(Actor actor, Result result) {
        return ResultView.of(result, ACCESS.actions(actor, result));
    }

    private static List<ResultView> views(Actor actor, List<Result> found) {
        return found.stream().map(r -> view(actor, r)).toList();
    }

    private static void checkPrice(ResultRequest request) {
        if (request.priceNegotiable() == (request.askingPrice() != null)) {
            throw ProblemException.badRequest(request.priceNegotiable() ? "PRICE_WITH_NEGOTIABLE" : "PRICE_REQUIRED");
        }
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
