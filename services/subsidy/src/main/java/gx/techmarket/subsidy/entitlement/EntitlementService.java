package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.QualificationKind;
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
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.Explanations;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        return assess(registration, contract, 0, sourceEventId);
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
        List<Entitlement> derived = assess(registration, amended, amendmentNumber, sourceEventId);
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

    /**
     * Runs every contract programme in force in the budget year over version {@code amendmentNumber} of the
     * registration. Each outcome keeps its explanation: the rule's steps, then the caps that depend on what else the
     * beneficiary got (the per-beneficiary yearly cap, the minimum amount) and the decision — granted, waiting for
     * budget, claimable (需申报: the entitlement is the ceiling claims draw on, nothing is posted) or refused. A year
     * without any contract programme marks the registration as awaiting one ({@code awaiting_programme}).
     */
    private List<Entitlement> assess(ContractRegistration registration, ContractRegistered contract,
            int amendmentNumber, UUID sourceEventId) {
        int year = BudgetYear.of(contract.registeredAt());
        // the contract programmes that assess a registration of that day, each under its terms' version in force then
        // (ADR 0025)
        List<Budgets.TermsInForce> inForce = budgets.inForce(year, contract.registeredAt()).stream()
                .filter(t -> t.terms().rule().isContractBased()).toList();
        List<ProgrammeTerms> programmes = inForce.stream().map(Budgets.TermsInForce::terms).toList();
        Map<String, Integer> versions = inForce.stream()
                .collect(Collectors.toMap(t -> t.terms().code(), Budgets.TermsInForce::version));
        registration.awaitingProgramme(programmes.isEmpty());
        if (programmes.isEmpty()) {
            LOG.infof("No contract programme is in force in %d; contract %s (%s) awaits one", year,
                    contract.contractId(), contract.registrationNumber());
        }
        List<Entitlement> derived = new ArrayList<>();
        DirectoryAsOf facts = new DirectoryAsOf(directory, contract.registeredAt());
        for (ProgrammeTerms terms : programmes) {
            if (!terms.rule().isContractBased()) {
                continue; // 高企 recognition, R&D expense, vouchers …: not derived from contracts
            }
            if (entitlements.exists(contract.contractId(), terms.code(), amendmentNumber)
                    || ineligibilities.exists(contract.contractId(), terms.code(), amendmentNumber)) {
                LOG.debugf("Contract %s was already assessed under %s", contract.contractId(), terms.code());
                continue;
            }
            Assessment assessment = terms.assess(facts, contract);
            Decided decided = assessment instanceof Assessment.Eligible eligible ? settle(terms, year, eligible)
                    : new Decided(assessment, null);
            if (decided.assessment() instanceof Assessment.Ineligible no) {
                // routine outcomes of the rules, one per contract and programme: the ineligibility table with its
                // reasons and facts is the record, not the log (at 250 registrations/s these lines took 6 % of
                // subsidy's CPU)
                LOG.debugf("Contract %s (%s) gives nothing under %s: %s", contract.contractId(),
                        contract.registrationNumber(), terms.code(), no.reason());
                ineligibilities.persist(Ineligibility.of(contract, amendmentNumber, terms, no, year,
                        terms.refusalRegion(facts, contract), sourceEventId, now()));
                continue;
            }
            Assessment.Eligible eligible = (Assessment.Eligible) decided.assessment();
            Instant now = now();
            Entitlement entitlement =
                    Entitlement.derive(contract, amendmentNumber, terms, eligible, year, sourceEventId, now);
            entitlement.programmeVersion = versions.get(terms.code());
            decide(entitlement, terms, eligible, decided.remaining(), now);
            derived.add(entitlement);
        }
        return derived;
    }

    /**
     * 高企 recognition: assesses a HIGH_TECH_ENTERPRISE qualification the directory recorded under every recognition
     * programme of its budget year (the year its validity starts): a first recognition gives the programme's fixed
     * amount, a re-recognition (the directory's history holds an earlier one) its renewal amount, to an enterprise in
     * the programme's sub-market, on the directory's facts as of when it was recorded; then the same caps, modes and
     * budget as a contract's entitlement. Once per qualification and programme. Other qualifications give nothing here.
     *
     * @throws IllegalStateException while this service's read model of the directory has not recorded the
     *                               qualification yet (its own consumer lags behind this one): the inbox retries
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> recognise(QualificationGranted granted, UUID sourceEventId) {
        Qualification q = granted.qualification();
        if (q.kind() != QualificationKind.HIGH_TECH_ENTERPRISE) {
            return List.of();
        }
        List<gx.techmarket.platform.organisations.Qualification> history = directory.qualifications(granted.uscc());
        if (history.stream().noneMatch(h -> h.id().equals(q.id()))) {
            throw new IllegalStateException("the directory read model has not recorded qualification " + q.id()
                    + " of " + granted.uscc() + " yet");
        }
        List<String> earlier = history.stream()
                .filter(h -> h.kind() == QualificationKind.HIGH_TECH_ENTERPRISE && !h.id().equals(q.id())
                        && !h.validFrom().isAfter(q.validFrom()))
                .map(gx.techmarket.platform.organisations.Qualification::number).toList();
        int year = q.validFrom().getYear();
        DirectoryAsOf facts = new DirectoryAsOf(directory, granted.grantedAt());
        List<Entitlement> derived = new ArrayList<>();
        // the terms' version in force when it was recorded, or on the first day it is valid if that is later
        Instant at = granted.grantedAt().isAfter(q.validFrom().atStartOfDay(MarketClock.CHINA).toInstant())
                ? granted.grantedAt() : q.validFrom().atStartOfDay(MarketClock.CHINA).toInstant();
        for (Budgets.TermsInForce inForce : budgets.inForce(year, at)) {
            ProgrammeTerms terms = inForce.terms();
            if (terms.rule() != RuleKind.HIGH_TECH_RECOGNITION
                    || entitlements.existsForSubject(Entitlement.SUBJECT_QUALIFICATION, q.id(), terms.code())
                    || ineligibilities.existsForSubject(Entitlement.SUBJECT_QUALIFICATION, q.id(), terms.code())) {
                continue;
            }
            Assessment assessment = terms.assessRecognition(facts, granted.uscc(), q, earlier);
            Decided decided = assessment instanceof Assessment.Eligible eligible ? settle(terms, year, eligible)
                    : new Decided(assessment, null);
            if (decided.assessment() instanceof Assessment.Ineligible no) {
                String region = facts.verified(granted.uscc()).map(p -> p.region()).orElse(terms.subMarket());
                ineligibilities.persist(Ineligibility.ofQualification(granted.uscc(), q, terms, no, year, region,
                        sourceEventId, now()));
                continue;
            }
            Assessment.Eligible eligible = (Assessment.Eligible) decided.assessment();
            Instant now = now();
            Entitlement entitlement = Entitlement.recognised(q, terms, eligible, year, granted.grantedAt(),
                    sourceEventId, now);
            entitlement.programmeVersion = inForce.version();
            decide(entitlement, terms, eligible, decided.remaining(), now);
            derived.add(entitlement);
        }
        return derived;
    }

    /**
     * 揭榜挂帅支持: an accepted milestone of a signed 揭榜协议 releases its part of the province's support. The 揭榜
     * support programme ({@link RuleKind#CHALLENGE_SUPPORT}) in force at the acceptance in its budget year (the year
     * of {@code acceptedAt}, China time) that covers the challenge's sub-market — the most local one when a city's and
     * the province's both do — grants exactly the milestone's {@code supportAmount} to the winner, through the ledger
     * under the budget's lock, as other 免申即享 entitlements: waiting for budget (explained) when the budget left does
     * not cover it. A milestone gives at most one outcome, whatever event carries it (its subject is the milestone).
     * No programme covering it: nothing is recorded (logged), as a qualification without a recognition programme.
     *
     * @return the entitlement derived now, if any
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> release(MilestoneAccepted milestone, UUID sourceEventId) {
        UUID subject = Entitlement.milestoneSubject(milestone.challengeId(), milestone.number());
        if (entitlements.existsForSubject(Entitlement.SUBJECT_CHALLENGE, subject)
                || ineligibilities.existsForSubject(Entitlement.SUBJECT_CHALLENGE, subject)) {
            LOG.infof("Milestone %d of challenge %s was already assessed", milestone.number(),
                    milestone.challengeId());
            return List.of();
        }
        int year = BudgetYear.of(milestone.acceptedAt());
        Optional<Budgets.TermsInForce> programme = budgets.inForce(year, milestone.acceptedAt()).stream()
                .filter(t -> t.terms().rule() == RuleKind.CHALLENGE_SUPPORT)
                .filter(t -> t.terms().coversRegion(milestone.regionCode()))
                .max(Comparator.comparingInt(t -> localness(t.terms().subMarket())));
        if (programme.isEmpty()) {
            LOG.warnf("No 揭榜 support programme of %d covers sub-market %s: milestone %d of challenge %s gives "
                    + "nothing", year, milestone.regionCode(), milestone.number(), milestone.challengeId());
            return List.of();
        }
        ProgrammeTerms terms = programme.get().terms();
        DirectoryAsOf facts = new DirectoryAsOf(directory, milestone.acceptedAt());
        Assessment assessment = terms.assessMilestone(facts, milestone, year);
        Decided decided = assessment instanceof Assessment.Eligible eligible ? settle(terms, year, eligible)
                : new Decided(assessment, null);
        if (decided.assessment() instanceof Assessment.Ineligible no) {
            if (milestone.beneficiary().uscc() == null) {
                LOG.warnf("Milestone %d of challenge %s: winner %s is foreign, nothing to grant", milestone.number(),
                        milestone.challengeId(), milestone.beneficiary().name());
                return List.of();
            }
            ineligibilities.persist(Ineligibility.ofMilestone(milestone, terms, no, year, sourceEventId, now()));
            return List.of();
        }
        Assessment.Eligible eligible = (Assessment.Eligible) decided.assessment();
        Instant now = now();
        Entitlement entitlement = Entitlement.released(milestone, terms, eligible, year, sourceEventId, now);
        entitlement.programmeVersion = programme.get().version();
        decide(entitlement, terms, eligible, decided.remaining(), now);
        return List.of(entitlement);
    }

    /** How local a sub-market is: a county (2) over a city (1) over the province (0). */
    private static int localness(String subMarket) {
        return subMarket.endsWith("0000") ? 0 : subMarket.endsWith("00") ? 1 : 2;
    }

    /**
     * Assesses the registrations of budget year {@code year} heard before a programme of that year opened (ADR 0025):
     * each (not cancelled, its facts kept) under its registration's lock, by every programme in force on its
     * registration day that has not assessed its current version yet — the one just opened, and any that missed it.
     *
     * @return the entitlements derived now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entitlement> assessYear(int year) {
        List<Entitlement> derived = new ArrayList<>();
        for (UUID contractId : registrations.ofYear(year)) {
            ContractRegistration registration = registrations.lock(contractId, null, now());
            if (registration.deregistered()) {
                continue;
            }
            registration.facts().ifPresent(contract -> derived.addAll(
                    assess(registration, contract, registration.amendmentNumber, registration.changedByEventId)));
        }
        return derived;
    }

    /** An assessment after the caps that depend on the ledger, and the budget left (null: not locked, 需申报). */
    private record Decided(Assessment assessment, BigDecimal remaining) {}

    /**
     * Applies the per-beneficiary yearly cap and the minimum amount to an eligible outcome. 免申即享: under the
     * budget's lock, then the beneficiary-year's (the order every grant takes them in), counting what the beneficiary
     * was granted and what it is due but still waiting for budget, so that budget added later never grants more than
     * the cap. 需申报: what was granted so far, unlocked; the ceiling is capped again claim by claim when approved.
     */
    private Decided settle(ProgrammeTerms terms, int year, Assessment.Eligible eligible) {
        String uscc = eligible.beneficiary().uscc();
        if (terms.grantMode() == GrantMode.CLAIM) {
            return new Decided(terms.settle(eligible, year, beneficiaryYears.granted(terms.code(), year, uscc)), null);
        }
        BigDecimal remaining = budgets.lock(terms.code(), year);
        BigDecimal counted = terms.perBeneficiaryYearCap() == null ? BigDecimal.ZERO.setScale(2)
                : beneficiaryYears.lock(terms.code(), year, uscc)
                        .add(entitlements.waitingAmount(terms.code(), year, uscc));
        return new Decided(terms.settle(eligible, year, counted), remaining);
    }

    /**
     * The decision on a new entitlement, kept in its explanation: 需申报 — claimable, nothing posted; 免申即享 — granted
     * when the budget ({@code remaining}, locked) covers it, else waiting for budget. Persists it.
     */
    private void decide(Entitlement entitlement, ProgrammeTerms terms, Assessment.Eligible eligible,
            BigDecimal remaining, Instant now) {
        if (terms.grantMode() == GrantMode.CLAIM) {
            entitlement.openForClaims(Explanations.claimable(eligible.explanation(), eligible.amount()));
            entitlements.persist(entitlement);
            return;
        }
        if (entitlement.amount.compareTo(remaining) > 0) {
            LOG.debugf("%s %d has %s 元 left, not enough for %s 元 on %s: waiting for budget", terms.code(),
                    entitlement.budgetYear, remaining.toPlainString(), entitlement.amount.toPlainString(),
                    entitlement.subjectReference);
            entitlement.explain(Explanations.waiting(eligible.explanation(), terms.code(), entitlement.budgetYear,
                    entitlement.amount, remaining));
        } else {
            grant(entitlement, now);
        }
        entitlements.persist(entitlement);
    }

    /**
     * Grants {@code e} (the caller holds its budget's lock and checked that it fits): posts it, counts it towards the
     * beneficiary's year, announces it ({@code SubsidyGranted}) and tells disbursement it is owed ({@link GrantPosted}).
     */
    private void grant(Entitlement e, Instant now) {
        Explanation explained = e.explanation();
        if (explained != null) {
            e.explain(Explanations.granted(explained, e.programmeCode, e.budgetYear, e.amount));
        }
        e.grant(ledger, now).ifPresent(outbox::publish);
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
    Page<EntitlementView> mine(Actor actor, EntitlementOrder order, Paging paging, Locale locale) {
        return entitlements.of(actor.orgId(), order, paging).map(e -> EntitlementView.of(e, locale));
    }

    /** The entitlements of the admin's sub-market (by the beneficiary's region), filtered. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EntitlementView> search(Actor actor, EntitlementRepository.Filter filter, EntitlementOrder order,
            Paging paging, Locale locale) {
        return entitlements.search(filter, actor.subMarket(), order, paging).map(e -> EntitlementView.of(e, locale));
    }

    /**
     * An entitlement its beneficiary's users may see, and admins whose sub-market covers the beneficiary's region (the
     * directory's as of the registration); 404 for everyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    EntitlementView get(Actor actor, UUID id, Locale locale) {
        Entitlement e = entitlements.findById(id);
        if (e == null || !(e.isFor(actor.orgId()) || actor.operates(e.region()))) {
            throw ProblemException.notFound("ENTITLEMENT_NOT_FOUND");
        }
        return EntitlementView.of(e, locale);
    }

    /**
     * One refusal with its explanation: the users of the organisations it concerns (its contract's seller, buyer and
     * intermediary; its qualification's holder) and the admins whose sub-market covers its region; 404 for everyone
     * else, and for a refusal placed in no region (recorded before refusals kept one) for all but the province's.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    RefusalView refusal(Actor actor, UUID id, Locale locale) {
        Ineligibility i = ineligibilities.findById(id);
        boolean admin = i != null && (i.region == null ? actor.isProvinceAdmin() : actor.operates(i.region));
        if (i == null || !(i.concerns(actor.orgId()) || admin)) {
            throw ProblemException.notFound("REFUSAL_NOT_FOUND");
        }
        return views(Page.of(List.of(i), 1, Paging.of(0, 1)), locale).items().get(0);
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
