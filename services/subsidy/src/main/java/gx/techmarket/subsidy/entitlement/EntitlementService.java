package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.BeneficiaryYears;
import gx.techmarket.subsidy.programme.BudgetAvailable;
import gx.techmarket.subsidy.programme.EntitlementEnded;
import gx.techmarket.subsidy.programme.GrantPosted;
import gx.techmarket.subsidy.programme.GrantReversed;
import gx.techmarket.subsidy.programme.BudgetYear;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private final IneligibilityRepository ineligibilities;
    private final ContractRegistrations registrations;
    private final Directory directory;
    private final Budgets budgets;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;
    private final BeneficiaryYears beneficiaryYears;
    private final Event<GrantPosted> grantPosted;
    private final Event<GrantReversed> grantReversed;
    private final Event<BudgetAvailable> budgetAvailable;
    private final Event<EntitlementEnded> entitlementEnded;

    EntitlementService(EntitlementRepository entitlements, IneligibilityRepository ineligibilities,
            ContractRegistrations registrations, Directory directory, Budgets budgets, Ledger ledger, Outbox outbox,
            Clock clock, BeneficiaryYears beneficiaryYears, Event<GrantPosted> grantPosted,
            Event<GrantReversed> grantReversed, Event<BudgetAvailable> budgetAvailable,
            Event<EntitlementEnded> entitlementEnded) {
        this.entitlementEnded = entitlementEnded;
        this.beneficiaryYears = beneficiaryYears;
        this.grantPosted = grantPosted;
        this.grantReversed = grantReversed;
        this.budgetAvailable = budgetAvailable;
        this.entitlements = entitlements;
        this.ineligibilities = ineligibilities;
        this.registrations = registrations;
        this.directory = directory;
        this.budgets = budgets;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Runs every programme in force in the registration's budget year over {@code contract}. An eligible entitlement
     * that fits the programme-year's remaining budget is posted to the ledger and announced ({@code SubsidyGranted});
     * one that does not fit waits for budget; one that gives nothing is recorded as an {@link Ineligibility} with its
     * reason. Each rule decides on the directory's facts in force at the registration ({@code registeredAt}), never
     * on the parties in the event. A contract gives at most one outcome per programme, however often its event
     * arrives, and nothing once its registration was amended (the amendment's facts count) or cancelled.
     *
     * @param sourceEventId the id of the event that carried the contract (kept for tracing)
     * @return the entitlements derived now (none if the contract was seen before or nothing applies)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> derive(ContractRegistered contract, UUID sourceEventId) {
        ContractRegistration registration = registrations.lock(contract.contractId(), sourceEventId, now());
        RegistrationChanges.Verdict verdict = registration.known().onRegistration();
        if (verdict != RegistrationChanges.Verdict.APPLY) {
            LOG.infof("Registration of contract %s (%s) not assessed: %s", contract.contractId(),
                    contract.registrationNumber(), verdict);
            return List.of();
        }
        registration.heard(contract);
        return assess(contract, 0, sourceEventId);
    }

    /**
     * 变更登记: reverses what the earlier versions of the contract's registration gave (reversing ledger entries for
     * grants, withdrawal for those still waiting), then assesses {@code amended} (the amended facts, registered at the
     * original registration, whose directory facts and budget year they keep) as version {@code amendmentNumber}.
     * Budget given back and not taken again goes to the entitlements waiting for it. An amendment heard before (or
     * after a later one), or after the cancellation, changes nothing.
     *
     * @return the entitlements derived from the amended facts now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> amend(ContractRegistered amended, int amendmentNumber, String reason, UUID sourceEventId) {
        ContractRegistration registration = registrations.lock(amended.contractId(), sourceEventId, now());
        RegistrationChanges.Verdict verdict = registration.known().onAmendment(amendmentNumber);
        if (verdict != RegistrationChanges.Verdict.APPLY) {
            LOG.infof("Amendment %d of contract %s (%s) changes nothing: %s", amendmentNumber, amended.contractId(),
                    amended.registrationNumber(), verdict);
            return List.of();
        }
        Unwound unwound = unwind(amended.contractId(), "变更登记（第" + amendmentNumber + "次，合同登记编号 "
                + amended.registrationNumber() + "）：" + reason);
        registration.amended(amendmentNumber, sourceEventId, now());
        registration.heard(amended);
        List<Entitlement> derived = assess(amended, amendmentNumber, sourceEventId);
        unwound.freed().forEach(py -> budgetAvailable.fire(new BudgetAvailable(py.code(), py.year())));
        return derived;
    }

    /**
     * 注销登记: reverses everything the contract's registration gave (reversing ledger entries for grants, withdrawal
     * for those still waiting); the budget given back goes to the entitlements waiting for it. Once only; nothing the
     * registration says afterwards gives anything.
     *
     * @return how many entitlements were reversed or withdrawn now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int deregister(UUID contractId, String registrationNumber, DeregistrationReason reason,
            String explanation, Instant deregisteredAt, UUID sourceEventId) {
        ContractRegistration registration = registrations.lock(contractId, sourceEventId, now());
        RegistrationChanges.Verdict verdict = registration.known().onDeregistration();
        if (verdict != RegistrationChanges.Verdict.APPLY) {
            LOG.infof("Deregistration of contract %s (%s) changes nothing: %s", contractId, registrationNumber, verdict);
            return 0;
        }
        String why = switch (reason) {
            case RESCINDED -> "合同解除";
            case VOID -> "合同无效";
        };
        Unwound unwound = unwind(contractId,
                "注销登记（" + why + "，合同登记编号 " + registrationNumber + "）：" + explanation);
        registration.deregistered(reason, deregisteredAt, sourceEventId, now());
        unwound.freed().forEach(py -> budgetAvailable.fire(new BudgetAvailable(py.code(), py.year())));
        return unwound.ended();
    }

    /** A programme's budget for one year. */
    private record ProgrammeYear(String code, int year) {}

    /** What taking back a contract's subsidy did: the budgets it gave back to, and how many entitlements it ended. */
    private record Unwound(Set<ProgrammeYear> freed, int ended) {}

    /**
     * Takes back what the contract gave, under every version of its registration, as {@link RegistrationChanges}
     * says; locks each budget it gives back to first, in programme order as derivation does.
     *
     */
    private Unwound unwind(UUID contractId, String reason) {
        Set<ProgrammeYear> freed = new LinkedHashSet<>();
        int ended = 0;
        Instant now = now();
        for (Entitlement e : entitlements.ofContract(contractId)) {
            switch (RegistrationChanges.unwind(e.status())) {
                case REVERSE -> {
                    budgets.lock(e.programmeCode, e.budgetYear);
                    reverse(e, reason, now);
                    freed.add(new ProgrammeYear(e.programmeCode, e.budgetYear));
                    ended++;
                }
                case WITHDRAW -> {
                    e.withdraw(reason, now);
                    ended++;
                }
                case END_CLAIMS -> {
                    // the claims' grants are reversed by their observer, under their budget's lock, in this transaction
                    entitlementEnded.fire(new EntitlementEnded(e.id(), e.programmeCode, e.budgetYear, reason));
                    freed.add(new ProgrammeYear(e.programmeCode, e.budgetYear));
                    e.withdraw(reason, now);
                    ended++;
                }
                case NOTHING -> { }
            }
        }
        return new Unwound(freed, ended);
    }

    /** Runs every programme in force in the budget year over version {@code amendmentNumber} of the registration. */
    private List<Entitlement> assess(ContractRegistered contract, int amendmentNumber, UUID sourceEventId) {
        int year = BudgetYear.of(contract.registeredAt());
        List<ProgrammeTerms> programmes = budgets.inForce(year);
        if (programmes.isEmpty()) {
            LOG.warnf("No programme is in force in %d; contract %s (%s) gives no entitlement", year,
                    contract.contractId(), contract.registrationNumber());
        }
        List<Entitlement> derived = new ArrayList<>();
        DirectoryAsOf facts = new DirectoryAsOf(directory, contract.registeredAt());
        for (ProgrammeTerms terms : programmes) {
            if (entitlements.exists(contract.contractId(), terms.code(), amendmentNumber)
                    || ineligibilities.exists(contract.contractId(), terms.code(), amendmentNumber)) {
                LOG.debugf("Contract %s was already assessed under %s", contract.contractId(), terms.code());
                continue;
            }
            Assessment assessment = terms.assess(facts, contract);
            if (assessment instanceof Assessment.Ineligible no) {
                // routine outcomes of the rules, one per contract and programme: the ineligibility table with its
                // reasons and facts is the record, not the log (at 250 registrations/s these lines took 6 % of
                // subsidy's CPU)
                LOG.debugf("Contract %s (%s) gives nothing under %s: %s", contract.contractId(),
                        contract.registrationNumber(), terms.code(), no.reason());
                ineligibilities.persist(Ineligibility.of(contract, amendmentNumber, terms, no, year,
                        terms.refusalRegion(facts, contract), sourceEventId, now()));
                continue;
            }
            Assessment.Eligible eligible = (Assessment.Eligible) assessment;
            Instant now = now();
            Entitlement entitlement =
                    Entitlement.derive(contract, amendmentNumber, terms, eligible, year, sourceEventId, now);
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

    /**
     * Grants {@code e} (the caller holds its budget's lock and checked that it fits): posts it, counts it towards the
     * beneficiary's year, announces it ({@code SubsidyGranted}) and tells disbursement it is owed ({@link GrantPosted}).
     */
    private void grant(Entitlement e, Instant now) {
        outbox.publish(e.grant(ledger, now));
        beneficiaryYears.add(e.programmeCode, e.budgetYear, e.beneficiary.uscc(), e.amount);
        grantPosted.fire(new GrantPosted(e.programmeCode, e.budgetYear, e.beneficiary.uscc(), "ENTITLEMENT", e.id(),
                e.journalEntryId, e.amount, e.programmeCode + " " + e.budgetYear + " " + e.subjectReference, now));
    }

    /**
     * Reverses granted {@code e} (the caller holds its budget's lock): the reversing entry, the beneficiary's year
     * given back, and {@link GrantReversed} for disbursement (unpaid: not to be paid; paid: to be recovered).
     */
    private void reverse(Entitlement e, String reason, Instant now) {
        e.reverse(ledger, reason, now);
        beneficiaryYears.add(e.programmeCode, e.budgetYear, e.beneficiary.uscc(), e.amount.negate());
        grantReversed.fire(new GrantReversed(e.programmeCode, e.budgetYear, e.beneficiary.uscc(), "ENTITLEMENT", e.id(),
                e.reversalEntryId, e.amount, e.endReason));
    }

    /** Budget was added or given back: grant, oldest first, the entitlements waiting for it that now fit. */
    void onBudgetAvailable(@Observes BudgetAvailable available) {
        grantWaiting(available.programmeCode(), available.budgetYear());
    }

    /**
     * Adds {@code amount} to the programme's budget for {@code year} and then grants, oldest first, each entitlement
     * waiting for that budget that now fits (one that does not fit keeps waiting; a later, smaller one may still fit).
     *
     * @return the entitlements granted now
     */
    @Transactional
    List<EntitlementView> allocate(String programmeCode, int year, BigDecimal amount, String reason) {
        List<Entitlement> waiting = entitlements.waiting(programmeCode, year);
        budgets.allocate(programmeCode, year, amount, reason); // fires BudgetAvailable: onBudgetAvailable grants
        return waiting.stream().filter(e -> e.status == EntitlementStatus.GRANTED).map(EntitlementView::of).toList();
    }

    /**
     * Grants, oldest first, each entitlement waiting for the programme-year's budget that now fits (one that does not
     * fit keeps waiting; a later, smaller one may still fit).
     */
    private List<Entitlement> grantWaiting(String programmeCode, int year) {
        BigDecimal remaining = budgets.lock(programmeCode, year);
        List<Entitlement> granted = new ArrayList<>();
        for (Entitlement e : entitlements.waiting(programmeCode, year)) {
            if (e.amount.compareTo(remaining) <= 0) {
                grant(e, now());
                remaining = remaining.subtract(e.amount);
                granted.add(e);
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
        reverse(e, reason, now());
        budgetAvailable.fire(new BudgetAvailable(e.programmeCode, e.budgetYear));
        return EntitlementView.of(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EntitlementView> mine(Actor actor, EntitlementOrder order, Paging paging) {
        return entitlements.of(actor.orgId(), order, paging).map(EntitlementView::of);
    }

    /** The entitlements of the admin's sub-market (by the beneficiary's region), filtered. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EntitlementView> search(Actor actor, EntitlementRepository.Filter filter, EntitlementOrder order,
            Paging paging) {
        return entitlements.search(filter, actor.subMarket(), order, paging).map(EntitlementView::of);
    }

    /**
     * An entitlement its beneficiary's users may see, and admins whose sub-market covers the beneficiary's region (the
     * directory's as of the registration); 404 for everyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    EntitlementView get(Actor actor, UUID id) {
        Entitlement e = entitlements.findById(id);
        if (e == null || !(e.isFor(actor.orgId()) || actor.operates(e.region()))) {
            throw ProblemException.notFound("ENTITLEMENT_NOT_FOUND");
        }
        return EntitlementView.of(e);
    }

    /**
     * The refusals of the admin's sub-market (by the would-be beneficiary's region as of the registration), filtered
     * by contract and programme; the reasons in {@code locale}.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<RefusalView> refusals(Actor actor, UUID contractId, String programme, RefusalOrder order, Paging paging,
            Locale locale) {
        return views(ineligibilities.search(contractId, programme, actor.subMarket(), order, paging), locale);
    }

    /** The refusals of contracts the caller's organisation was seller, buyer or intermediary of. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<RefusalView> myRefusals(Actor actor, RefusalOrder order, Paging paging, Locale locale) {
        return views(ineligibilities.ofParty(actor.orgId(), order, paging), locale);
    }

    /** Each refusal with its programme year's policy clause (looked up once per year on the page). */
    private Page<RefusalView> views(Page<Ineligibility> page, Locale locale) {
        Map<Integer, Map<String, String>> clauses = new HashMap<>();
        return page.map(i -> RefusalView.of(i,
                clauses.computeIfAbsent(i.budgetYear, budgets::policyClauses).get(i.programmeCode), locale));
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
