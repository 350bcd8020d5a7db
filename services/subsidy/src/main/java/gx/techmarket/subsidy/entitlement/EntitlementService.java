package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.BudgetYear;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Derives entitlements from registered contracts and charges them to their programme's budget; reads them back for
 * beneficiaries and operators.
 */
@ApplicationScoped
class EntitlementService {

    private static final Logger LOG = Logger.getLogger(EntitlementService.class);

    private final EntitlementRepository entitlements;
    private final Budgets budgets;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;

    EntitlementService(EntitlementRepository entitlements, Budgets budgets, Ledger ledger, Outbox outbox, Clock clock) {
        this.entitlements = entitlements;
        this.budgets = budgets;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Runs every programme in force in the registration's budget year over {@code contract}. An eligible entitlement
     * that fits the programme-year's remaining budget is posted to the ledger and announced ({@code SubsidyGranted});
     * one that does not fit waits for budget. A contract gives at most one entitlement per programme, however often
     * its event arrives.
     *
     * @param sourceEventId the id of the event that carried the contract (kept for tracing)
     * @return the entitlements derived now (none if the contract was seen before or nothing applies)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> derive(ContractRegistered contract, UUID sourceEventId) {
        int year = BudgetYear.of(contract.registeredAt());
        List<ProgrammeTerms> programmes = budgets.inForce(year);
        if (programmes.isEmpty()) {
            LOG.warnf("No programme is in force in %d; contract %s (%s) gives no entitlement", year,
                    contract.contractId(), contract.registrationNumber());
        }
        List<Entitlement> derived = new ArrayList<>();
        for (ProgrammeTerms terms : programmes) {
            if (entitlements.exists(contract.contractId(), terms.code())) {
                LOG.debugf("Contract %s already has its %s entitlement", contract.contractId(), terms.code());
                continue;
            }
            Assessment assessment = terms.assess(contract);
            if (assessment instanceof Assessment.Ineligible no) {
                // routine outcomes of the rules, one per contract and programme: the entitlement list and its reasons
                // are the record, not the log (at 250 registrations/s these lines took 6 % of subsidy's CPU)
                LOG.debugf("Contract %s (%s) gives nothing under %s: %s", contract.contractId(),
                        contract.registrationNumber(), terms.code(), no.reason());
                continue;
            }
            Assessment.Eligible eligible = (Assessment.Eligible) assessment;
            Instant now = now();
            Entitlement entitlement = Entitlement.derive(contract, terms, eligible, year, sourceEventId, now);
            BigDecimal remaining = budgets.lock(terms.code(), year);
            if (entitlement.amount.compareTo(remaining) > 0) {
                LOG.debugf("%s %d has %s 元 left, not enough for %s 元 on contract %s: waiting for budget",
                        terms.code(), year, remaining.toPlainString(), entitlement.amount.toPlainString(),
                        contract.contractId());
            } else {
                grant(entitlement, now);
            }
            entitlements.persist(entitlement);
            derived.add(entitlement);
        }
        return derived;
    }

    private void grant(Entitlement e, Instant now) {
        outbox.publish(e.grant(ledger, now));
    }

    /**
     * Adds {@code amount} to the programme's budget for {@code year} and then grants, oldest first, each entitlement
     * waiting for that budget that now fits (one that does not fit keeps waiting; a later, smaller one may still fit).
     *
     * @return the entitlements granted now
     */
    @Transactional
    List<EntitlementView> allocate(String programmeCode, int year, BigDecimal amount, String reason) {
        budgets.allocate(programmeCode, year, amount, reason);
        BigDecimal remaining = budgets.lock(programmeCode, year);
        List<EntitlementView> granted = new ArrayList<>();
        for (Entitlement e : entitlements.waiting(programmeCode, year)) {
            if (e.amount.compareTo(remaining) <= 0) {
                grant(e, now());
                remaining = remaining.subtract(e.amount);
                granted.add(EntitlementView.of(e));
            }
        }
        return granted;
    }

    /**
     * Reverses a granted entitlement: a reversing ledger entry gives the amount back to the budget and takes it off
     * what the beneficiary is owed. Nothing is edited.
     *
     * @throws ProblemException 404 {@code ENTITLEMENT_NOT_FOUND}, 409 {@code ILLEGAL_STATE_TRANSITION} unless granted
     */
    @Transactional
    EntitlementView reverse(UUID id, String reason) {
        Entitlement e = entitlements.findById(id);
        if (e == null) {
            throw ProblemException.notFound("ENTITLEMENT_NOT_FOUND");
        }
        budgets.lock(e.programmeCode, e.budgetYear);
        e.reverse(ledger, reason, now());
        return EntitlementView.of(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EntitlementView> mine(Actor actor, EntitlementOrder order, Paging paging) {
        return entitlements.of(actor.orgId(), order, paging).map(EntitlementView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EntitlementView> search(EntitlementRepository.Filter filter, EntitlementOrder order, Paging paging) {
        return entitlements.search(filter, order, paging).map(EntitlementView::of);
    }

    /** An entitlement its beneficiary's users or an operator may see; 404 for everyone else. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    EntitlementView get(Actor actor, UUID id) {
        Entitlement e = entitlements.findById(id);
        if (e == null || !(e.isFor(actor.orgId()) || actor.has(Role.ADMIN))) {
            throw ProblemException.notFound("ENTITLEMENT_NOT_FOUND");
        }
        return EntitlementView.of(e);
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
