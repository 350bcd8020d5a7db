package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The catalogue's use cases, each one transaction, each checking who may do it to which result. */
@ApplicationScoped
class ResultService {

    private static final Set<ResultStatus> PUBLIC = Set.of(ResultStatus.PUBLISHED, ResultStatus.TRANSFERRED);

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
        return ResultView.of(result);
    }

    @Transactional
    ResultView edit(Actor actor, UUID id, ResultRequest request) {
        checkPrice(request);
        Result result = heldBy(actor, id);
        result.edit(request.toContent(), now());
        results.index(result);
        return ResultView.of(result);
    }

    @Transactional
    ResultView submit(Actor actor, UUID id) {
        Result result = heldBy(actor, id);
        result.submit(now());
        return ResultView.of(result);
    }

    @Transactional
    ResultView approve(Actor actor, UUID id) {
        Result result = operatedBy(actor, id);
        result.approve(now());
        outbox.publish(published(result));
        return ResultView.of(result);
    }

    @Transactional
    ResultView reject(Actor actor, UUID id, String reason) {
        Result result = operatedBy(actor, id);
        result.reject(reason.strip(), now());
        return ResultView.of(result);
    }

    @Transactional
    ResultView withdraw(Actor actor, UUID id, String reason) {
        Result result = heldBy(actor, id);
        result.withdraw(now());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        outbox.publish(new ResultWithdrawn(result.id, result.holderUscc, why, result.withdrawnAt));
        return ResultView.of(result);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView get(Actor actor, UUID id) {
        return ResultView.of(visible(actor, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultView.Page search(String query, String industry, String region, int page, int size) {
        ResultRepository.Page found = results.searchPublished(query, industry, region, page, size);
        return new ResultView.Page(found.items().stream().map(ResultView::of).toList(), found.total(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ResultView> mine(Actor actor) {
        return results.heldBy(actor.orgId()).stream().map(ResultView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    List<ResultView> reviewQueue(Actor actor) {
        List<String> regions = actor.isProvinceAdmin() ? null : List.of(actor.organisation().region());
        return results.awaitingReview(regions).stream().map(ResultView::of).toList();
    }

    /** A result the caller may see: public ones to everyone, others to their holder and their region's operator. */
    private Result visible(Actor actor, UUID id) {
        Result result = results.findById(id);
        if (result == null || !(PUBLIC.contains(result.status) || result.isHeldBy(actor.orgId())
                || actor.operates(result.regionCode))) {
            throw ProblemException.notFound("RESULT_NOT_FOUND", id);
        }
        return result;
    }

    private Result heldBy(Actor actor, UUID id) {
        Result result = visible(actor, id);
        if (!result.isHeldBy(actor.orgId())) {
            throw ProblemException.forbidden("NOT_RESULT_HOLDER");
        }
        return result;
    }

    private Result operatedBy(Actor actor, UUID id) {
        Result result = visible(actor, id);
        if (!actor.has(Role.ADMIN) || !actor.operates(result.regionCode)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", GuangxiRegions.nameOf(result.regionCode)
                    .orElse(result.regionCode));
        }
        return result;
    }

    private static void checkPrice(ResultRequest request) {
        if (request.priceNegotiable() == (request.askingPrice() != null)) {
            throw ProblemException.badRequest(request.priceNegotiable() ? "PRICE_WITH_NEGOTIABLE" : "PRICE_REQUIRED");
        }
    }

    private ResultPublished published(Result r) {
        Party holder = new Party(r.holderUscc, r.holderName, OrgKind.valueOf(r.holderKind), r.holderRegion,
                r.holderParentUscc);
        return new ResultPublished(r.id, r.title, r.summary, r.industry, r.maturity, r.trl,
                r.transferModes.stream().map(TransferMode::valueOf).toList(), r.askingPrice, r.priceNegotiable,
                List.copyOf(r.patentNumbers), holder, r.regionCode, r.publishedAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
