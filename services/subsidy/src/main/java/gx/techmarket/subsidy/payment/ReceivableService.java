package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import io.quarkus.panache.common.Sort;
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
 * Receivables (应收追回款): listed to the admins of the beneficiary's sub-market and to the beneficiary's users, repaid
 * by an admin's record of the bank's receipt (REPAYMENT: Dr BANK of the programme-year paid, Cr RECEIVABLE).
 */
@ApplicationScoped
class ReceivableService {

    private final Receivables receivables;
    private final Ledger ledger;
    private final Directory directory;
    private final Clock clock;

    ReceivableService(Receivables receivables, Ledger ledger, Directory directory, Clock clock) {
        this.receivables = receivables;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /** The receivables of the admin's sub-market (by the beneficiary's region), filtered; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ReceivableView> search(Actor actor, String programme, String beneficiary, Receivable.Status status,
            Paging paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (programme != null) {
            where.add("programmeCode = :programme");
            params.put("programme", programme);
        }
        if (beneficiary != null) {
            where.add("beneficiaryUscc = :beneficiary");
            params.put("beneficiary", beneficiary);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (!actor.subMarket().isProvince()) {
            where.add("beneficiaryRegion like :market");
            params.put("market", actor.subMarket().prefix() + "%");
        }
        return page(where, params, paging, actor);
    }

    /** The receivables of the caller's organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ReceivableView> mine(Actor actor, Paging paging) {
        return page(List.of("beneficiaryUscc = :me"), Map.of("me", actor.orgId()), paging, actor);
    }

    private Page<ReceivableView> page(List<String> where, Map<String, Object> params, Paging paging, Actor actor) {
        var query = receivables.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("createdAt").and("id"), params);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging)
                .map(r -> view(actor, r));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ReceivableView get(Actor actor, UUID id) {
        return view(actor, visible(actor, id));
    }

    /**
     * Records a repayment: Dr BANK of the programme-year that paid, Cr RECEIVABLE.
     *
     * @throws ProblemException 404 {@code RECEIVABLE_NOT_FOUND} (also outside the admin's sub-market), 409
     *                          {@code REPAYMENT_EXCEEDS_RECEIVABLE} above what is outstanding and not set aside,
     *                          {@code RECEIVABLE_SETTLED} when nothing is owed, 400 {@code REPAID_ON_IN_FUTURE}
     */
    @Transactional
    ReceivableView repay(Actor actor, UUID id, RepaymentRequest request) {
        Receivable r = visible(actor, id);
        if (!actor.has(Role.ADMIN) || !actor.operates(r.beneficiaryRegion)) {
            throw ProblemException.notFound("RECEIVABLE_NOT_FOUND");
        }
        r = receivables.lock(id).orElseThrow();
        if (request.repaidOn().isAfter(MarketClock.today(clock))) {
            throw ProblemException.badRequest("REPAID_ON_IN_FUTURE", request.repaidOn().toString())
                    .withField("repaidOn", "REPAID_ON_IN_FUTURE");
        }
        Instant now = MarketClock.now(clock);
        r.repay(request.amount(), now);
        String reference = request.reference().strip();
        UUID entry = ledger.post(Posting.of(EntryKind.REPAYMENT, Texts.clip("追回款退回 " + r.programmeCode + "："
                + name(r.beneficiaryUscc) + "，银行凭证 " + reference, 1000), "RECEIVABLE", r.id(), List.of(
                Posting.Line.debit(Account.bank(r.programmeCode, r.budgetYear), request.amount()),
                Posting.Line.credit(Account.receivable(r.programmeCode, r.beneficiaryUscc), request.amount()))));
        receivables.persist(new ReceivableSettlement(r.id(), "REPAYMENT", request.amount(), entry, null, reference,
                request.repaidOn(), actor.username(), now));
        receivables.flush();
        return view(actor, r);
    }

    private Receivable visible(Actor actor, UUID id) {
        Receivable r = receivables.findById(id);
        if (r == null || !(actor.belongsTo(r.beneficiaryUscc)
                || (actor.has(Role.ADMIN) && actor.operates(r.beneficiaryRegion)))) {
            throw ProblemException.notFound("RECEIVABLE_NOT_FOUND");
        }
        return r;
    }

    private String name(String uscc) {
        return directory.current(uscc).map(OrganisationFacts::name).orElse(uscc);
    }

    private ReceivableView view(Actor actor, Receivable r) {
        List<ReceivableView.Settlement> settlements = receivables.settlements(r.id()).stream()
                .map(s -> new ReceivableView.Settlement(s.kind, s.amount, s.reference, s.settledOn, s.batchId,
                        s.recordedAt)).toList();
        boolean repayable = actor.has(Role.ADMIN) && actor.operates(r.beneficiaryRegion)
                && r.status == Receivable.Status.OPEN && r.available().signum() > 0;
        return new ReceivableView(r.id(), r.programmeCode, r.budgetYear, r.beneficiaryUscc, name(r.beneficiaryUscc),
                r.beneficiaryRegion, r.amount, r.outstanding, r.reserved, r.reason, r.status.name(), r.createdAt(),
                r.settledAt, settlements, repayable ? List.of("record-repayment") : List.of());
    }
}
