package gx.techmarket.subsidy.claim;

import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.web.FileNames;
import gx.techmarket.subsidy.programme.BeneficiaryYears;
import gx.techmarket.subsidy.programme.BudgetAvailable;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.EntitlementEnded;
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.GrantPosted;
import gx.techmarket.subsidy.programme.GrantReversed;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import gx.techmarket.subsidy.ledger.Ledger;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 补助申报: claims on what a 需申报 programme offers, their evidence, their review and the grants they make. Every
 * change checks who may make it ({@link ClaimAccess}); approval computes the amount on the evidence
 * ({@link ClaimRules}) and posts it under the programme-year's budget lock, or lets it wait for budget.
 */
@ApplicationScoped
class ClaimService {

    private final ClaimRepository claims;
    private final EvidenceRepository evidence;
    private final EvidenceStore store;
    private final ClaimableEntitlements entitlements;
    private final Budgets budgets;
    private final BeneficiaryYears beneficiaryYears;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Directory directory;
    private final Event<GrantPosted> grantPosted;
    private final Event<GrantReversed> grantReversed;
    private final Clock clock;
    private final long maxFileSize;
    private final int maxFiles;

    ClaimService(ClaimRepository claims, EvidenceRepository evidence, EvidenceStore store,
            ClaimableEntitlements entitlements, Budgets budgets, BeneficiaryYears beneficiaryYears, Ledger ledger,
            Outbox outbox, Directory directory, Event<GrantPosted> grantPosted, Event<GrantReversed> grantReversed,
            Clock clock,
            @ConfigProperty(name = "techmarket.subsidy.evidence.max-file-size", defaultValue = "20M")
            MemorySize maxFileSize,
            @ConfigProperty(name = "techmarket.subsidy.evidence.max-per-claim", defaultValue = "30") int maxFiles) {
        this.claims = claims;
        this.evidence = evidence;
        this.store = store;
        this.entitlements = entitlements;
        this.budgets = budgets;
        this.beneficiaryYears = beneficiaryYears;
        this.ledger = ledger;
        this.outbox = outbox;
        this.directory = directory;
        this.grantPosted = grantPosted;
        this.grantReversed = grantReversed;
        this.clock = clock;
        this.maxFileSize = maxFileSize.asLongValue();
        this.maxFiles = maxFiles;
    }

    // ---------------------------------------------------------------- the claimant

    /**
     * A new draft: on a CLAIMABLE entitlement of the caller's organisation, or on an R&D expense programme's year
     * for a verified enterprise of the programme's sub-market.
     */
    @Transactional
    ClaimView create(Actor actor, ClaimRequest r, Locale locale) {
        Instant now = now();
        Claim claim;
        if (r.entitlementId() != null) {
            if (r.programmeCode() != null || r.budgetYear() != null) {
                throw ProblemException.badRequest("CLAIM_SUBJECT_AMBIGUOUS").withField("entitlementId",
                        "CLAIM_SUBJECT_AMBIGUOUS");
            }
            ClaimableEntitlements.Target target = entitlements.lock(r.entitlementId())
                    .filter(t -> actor.belongsTo(t.beneficiaryUscc()))
                    .orElseThrow(() -> ProblemException.notFound("ENTITLEMENT_NOT_FOUND"));
            ClaimKind kind = kindOf(target);
            claim = Claim.draft(target.programmeCode(), target.budgetYear(), target.id(), kind,
                    target.beneficiaryUscc(), target.beneficiaryName(), target.beneficiaryRegion(),
                    actor.username(), now);
        } else if (r.programmeCode() != null && r.budgetYear() != null) {
            ProgrammeTerms terms = terms(r.programmeCode(), r.budgetYear());
            if (terms.rule() != RuleKind.RD_EXPENSE || terms.grantMode() != GrantMode.CLAIM) {
                throw ProblemException.conflict("CLAIM_NEEDS_ENTITLEMENT", r.programmeCode());
            }
            OrganisationFacts org = directory.current(actor.orgId()).filter(OrganisationFacts::verified)
                    .orElseThrow(() -> ProblemException.conflict("CLAIMANT_NOT_ELIGIBLE", actor.orgId()));
            if (org.kind() != OrgKind.ENTERPRISE || !terms.coversRegion(org.region())) {
                throw ProblemException.conflict("CLAIMANT_NOT_ELIGIBLE", actor.orgId());
            }
            claim = Claim.draft(terms.code(), r.budgetYear(), null, ClaimKind.EXPENSE, org.uscc(), org.name(),
                    org.region(), actor.username(), now);
        } else {
            throw ProblemException.badRequest("CLAIM_SUBJECT_MISSING").withField("entitlementId",
                    "CLAIM_SUBJECT_MISSING");
        }
        claim.declare(payments(claim, r.payments()), expenses(claim, r.expenses()), note(r.note()), now);
        claims.persist(claim);
        return view(actor, claim, locale);
    }

    /** Replaces what the claimant declares, while the claim is a draft or returned. */
    @Transactional
    ClaimView update(Actor actor, UUID id, ClaimUpdate u, Locale locale) {
        Claim claim = own(actor, id);
        claim.declare(payments(claim, u.payments()), expenses(claim, u.expenses()), note(u.note()), now());
        return view(actor, claim, locale);
    }

    /**
     * Adds one file of evidence (the claimant, while the claim is a draft or returned), judged on its content: its
     * size against the limit, its type from its magic bytes (ADR 0022).
     */
    @Transactional
    EvidenceView upload(Actor actor, UUID id, String kindName, List<Upload> files) {
        Claim claim = own(actor, id);
        if (!claim.status.editable()) {
            throw ProblemException.conflict("CLAIM_NOT_EDITABLE", gx.techmarket.platform.problems.Term.state("Claim",
                    claim.status));
        }
        EvidenceKind kind = evidenceKind(kindName);
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("EVIDENCE_MISSING").withField("file", "EVIDENCE_MISSING");
        }
        if (files.size() > 1) {
            throw ProblemException.badRequest("EVIDENCE_SINGLE_FILE").withField("file", "EVIDENCE_SINGLE_FILE");
        }
        Upload upload = files.get(0);
        if (upload.size() == 0) {
            throw ProblemException.badRequest("EVIDENCE_EMPTY").withField("file", "EVIDENCE_EMPTY");
        }
        if (upload.size() > maxFileSize) {
            throw new ProblemException(413, "EVIDENCE_TOO_LARGE", (maxFileSize / (1024 * 1024)) + " MiB")
                    .withField("file", "EVIDENCE_TOO_LARGE");
        }
        try {
            AllowedType type = AllowedType.of(upload.file()).orElseThrow(
                    () -> new ProblemException(415, "EVIDENCE_TYPE_NOT_ALLOWED")
                            .withField("file", "EVIDENCE_TYPE_NOT_ALLOWED"));
            if (evidence.count(id) >= maxFiles) {
                throw ProblemException.conflict("EVIDENCE_LIMIT_REACHED", maxFiles);
            }
            byte[] content = Files.readAllBytes(upload.file());
            String key = store.put(content);
            ClaimEvidence e = new ClaimEvidence(id, kind, FileNames.displayName(upload.fileName(), type.extension()),
                    type, content.length, key, actor.username(), now());
            evidence.persist(e);
            claim.updatedAt = now();
            return EvidenceView.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** One file of a claim's evidence, for whoever may see the claim. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Download download(Actor actor, UUID id, UUID evidenceId) {
        visible(actor, id);
        ClaimEvidence e = evidence.of(id, evidenceId)
                .orElseThrow(() -> ProblemException.notFound("EVIDENCE_NOT_FOUND"));
        return new Download(e.fileName, e.mediaType, e.size, store.open(e.sha256));
    }

    /**
     * Submits the claim for review: its evidence must be complete (payments for a contract's claim, expenses for an
     * R&D expense claim, at least one file for every claim), fit what is left of the entitlement, and give at least
     * the programme's minimum. The explanation computed now is what the reviewer sees first.
     */
    @Transactional
    ClaimView submit(Actor actor, UUID id, Locale locale) {
        Claim claim = own(actor, id);
        ClaimStatus.LIFECYCLE.apply("submit", claim.status); // 409 before anything is computed
        if (claim.kind == ClaimKind.PAYMENT && claim.payments.isEmpty()) {
            throw ProblemException.conflict("CLAIM_PAYMENTS_MISSING").withField("payments", "CLAIM_PAYMENTS_MISSING");
        }
        if (claim.kind == ClaimKind.EXPENSE && claim.expenses.isEmpty()) {
            throw ProblemException.conflict("CLAIM_EXPENSES_MISSING").withField("expenses", "CLAIM_EXPENSES_MISSING");
        }
        if (evidence.count(id) == 0) {
            throw ProblemException.conflict("CLAIM_EVIDENCE_MISSING").withField("evidence", "CLAIM_EVIDENCE_MISSING");
        }
        ClaimRules.Calculation calculation = calculate(claim, terms(claim.programmeCode, claim.budgetYear));
        claim.submit(calculation.explanation(), now());
        return view(actor, claim, locale);
    }

    @Transactional // reads the programme's terms, which need one
    Page<ClaimView> mine(Actor actor, Paging paging, Locale locale) {
        return claims.of(actor.orgId(), paging).map(c -> view(actor, c, locale));
    }

    // ---------------------------------------------------------------- the reviewers

    /** The claims of the admin's sub-market in {@code status} (default: submitted), oldest submission first. */
    @Transactional // reads the programme's terms, which need one
    Page<ClaimView> queue(Actor actor, ClaimStatus status, Paging paging, Locale locale) {
        return claims.queue(actor.subMarket(), status, paging).map(c -> view(actor, c, locale));
    }

    @Transactional // reads the programme's terms, which need one
    ClaimView get(Actor actor, UUID id, Locale locale) {
        return view(actor, visible(actor, id), locale);
    }

    /** 初审: the beneficiary's city verifies a claim of a city → province programme. */
    @Transactional
    ClaimView verify(Actor actor, UUID id, Locale locale) {
        Claim claim = reviewed(actor, id, "verify");
        claim.verify(actor.username(), now());
        return view(actor, claim, locale);
    }

    /**
     * Approves a claim: its amount is computed on its evidence now, under the programme-year's budget lock and the
     * beneficiary-year's; granted (GRANT entry, {@code GrantPosted}) when the budget covers it, else it waits for
     * budget and is granted, oldest approval first, when budget comes ({@link #budgetCame}).
     */
    @Transactional
    ClaimView approve(Actor actor, UUID id, Locale locale) {
        Claim claim = reviewed(actor, id, "approve");
        ProgrammeTerms terms = terms(claim.programmeCode, claim.budgetYear);
        BigDecimal remaining = budgets.lock(claim.programmeCode, claim.budgetYear);
        if (claim.entitlementId != null) {
            entitlements.lock(claim.entitlementId).filter(ClaimableEntitlements.Target::claimable)
                    .orElseThrow(() -> ProblemException.conflict("ENTITLEMENT_NOT_CLAIMABLE"));
        }
        ClaimRules.Calculation calculation = calculate(claim, terms);
        Instant now = now();
        claim.approve(calculation.amount(), calculation.explanation(), actor.username(), now);
        if (calculation.amount().compareTo(remaining) <= 0) {
            grant(claim, now);
        }
        outbox.publish(decided(claim, ClaimDecided.Decision.APPROVED, null));
        return view(actor, claim, locale);
    }

    /** 退回: back to the claimant with a reason, to be corrected and submitted again. */
    @Transactional
    ClaimView returnForCorrection(Actor actor, UUID id, String reason, Locale locale) {
        Claim claim = reviewed(actor, id, "return");
        claim.returnForCorrection(reason, actor.username(), now());
        outbox.publish(decided(claim, ClaimDecided.Decision.RETURNED, claim.decisionReason));
        return view(actor, claim, locale);
    }

    /** 不予支持: rejected with a reason. Final. */
    @Transactional
    ClaimView reject(Actor actor, UUID id, String reason, Locale locale) {
        Claim claim = reviewed(actor, id, "reject");
        claim.reject(reason, actor.username(), now());
        outbox.publish(decided(claim, ClaimDecided.Decision.REJECTED, claim.decisionReason));
        return view(actor, claim, locale);
    }

    // ---------------------------------------------------------------- budget and the entitlement's end

    /** Budget was added or given back: grants the programme-year's approved claims that now fit, oldest first. */
    void budgetCame(@Observes BudgetAvailable available) {
        BigDecimal remaining = budgets.lock(available.programmeCode(), available.budgetYear());
        Instant now = now();
        for (Claim claim : claims.waiting(available.programmeCode(), available.budgetYear())) {
            if (claim.amount.compareTo(remaining) <= 0) {
                grant(claim, now);
                remaining = remaining.subtract(claim.amount);
            }
        }
    }

    /**
     * The entitlement ended (its contract was amended or deregistered): the grants of its claims are reversed
     * ({@code GrantReversed}; the budget gets the amount back, and the unwind that fired this announces it with
     * {@code BudgetAvailable}), its other open claims are closed.
     */
    void entitlementEnded(@Observes EntitlementEnded ended) {
        Instant now = now();
        for (Claim claim : claims.ofEntitlement(ended.entitlementId())) {
            switch (claim.status) {
                case GRANTED -> {
                    budgets.lock(claim.programmeCode, claim.budgetYear);
                    beneficiaryYears.lock(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc);
                    UUID reversal = claim.reverse(ledger, ended.reason(), now);
                    beneficiaryYears.add(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc,
                            claim.amount.negate());
                    grantReversed.fire(new GrantReversed(claim.programmeCode, claim.budgetYear,
                            claim.beneficiaryUscc, Claim.SOURCE_TYPE, claim.id(), reversal, claim.amount,
                            ended.reason()));
                }
                case DRAFT, SUBMITTED, VERIFIED, RETURNED, APPROVED_WAITING_FOR_BUDGET -> claim.close(ended.reason(), now);
                case REJECTED, REVERSED, CLOSED -> { }
            }
        }
        claims.flush();
    }

    // ---------------------------------------------------------------- internals

    /** Posts the claim's grant (the caller holds the budget's lock) and tells who pays grants out. */
    private void grant(Claim claim, Instant now) {
        beneficiaryYears.lock(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc);
        UUID entry = claim.grant(ledger, now);
        beneficiaryYears.add(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc, claim.amount);
        grantPosted.fire(new GrantPosted(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc,
                Claim.SOURCE_TYPE, claim.id(), entry, claim.amount,
                "补助申报核准 " + claim.programmeCode + " " + claim.budgetYear, now));
    }

    /** What the claim gives on its evidence, with the earlier claims on the same entitlement or programme-year. */
    private ClaimRules.Calculation calculate(Claim claim, ProgrammeTerms terms) {
        BigDecimal used = beneficiaryYears.lock(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc)
                .add(claims.waitingAmount(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc));
        ClaimRules.Caps caps = new ClaimRules.Caps(terms.perBeneficiaryYearCap(), used, terms.minimumAmount());
        switch (claim.kind) {
            case PAYMENT -> {
                ClaimableEntitlements.Target target = entitlements.find(claim.entitlementId).orElseThrow();
                List<Claim> earlier = claims.pendingOn(claim.entitlementId, claim.id());
                Set<String> references = new HashSet<>();
                earlier.forEach(c -> c.payments.forEach(p -> references.add(p.reference)));
                for (Payment p : claim.payments) {
                    if (!references.add(p.reference)) {
                        throw ProblemException.conflict("PAYMENT_ALREADY_CLAIMED", p.reference)
                                .withField("payments", "PAYMENT_ALREADY_CLAIMED");
                    }
                }
                List<Claim> approved = earlier.stream()
                        .filter(c -> ClaimRepository.approved().contains(c.status)).toList();
                BigDecimal pendingPayments = earlier.stream().filter(c -> !approved.contains(c)).map(Claim::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal earlierPayments = approved.stream().map(Claim::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal earlierGiven = approved.stream().map(c -> c.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return ClaimRules.onPayments(target.basisAmount(), target.rate(), target.amount(), pendingPayments,
                        earlierPayments, earlierGiven, claim.paid(), caps);
            }
            case QUALIFICATION -> {
                ClaimableEntitlements.Target target = entitlements.find(claim.entitlementId).orElseThrow();
                BigDecimal earlierGiven = claims.pendingOn(claim.entitlementId, claim.id()).stream()
                        .map(c -> c.amount != null ? c.amount : BigDecimal.ZERO)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return ClaimRules.onQualification(target.amount(), earlierGiven, caps);
            }
            case EXPENSE -> {
                Set<Integer> claimedYears = new HashSet<>();
                claims.pendingOf(claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc, claim.id())
                        .forEach(c -> c.expenses.forEach(e -> claimedYears.add(e.expenseYear)));
                for (Expense e : claim.expenses) {
                    if (!claimedYears.add(e.expenseYear)) {
                        throw ProblemException.conflict("EXPENSE_ALREADY_CLAIMED", String.valueOf(e.expenseYear))
                                .withField("expenses", "EXPENSE_ALREADY_CLAIMED");
                    }
                }
                return ClaimRules.onExpenses(claim.expensed(), terms.rate(), caps);
            }
            default -> throw new IllegalStateException("no claim kind " + claim.kind);
        }
    }

    private List<Payment> payments(Claim claim, List<ClaimRequest.PaymentInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        if (claim.kind != ClaimKind.PAYMENT) {
            throw ProblemException.badRequest("CLAIM_EVIDENCE_NOT_FOR_KIND").withField("payments",
                    "CLAIM_EVIDENCE_NOT_FOR_KIND");
        }
        String registrationNumber = entitlements.find(claim.entitlementId).orElseThrow().registrationNumber();
        LocalDate today = MarketClock.today(clock);
        return inputs.stream().map(p -> {
            if (!p.registrationNumber().equals(registrationNumber)) {
                throw ProblemException.badRequest("EVIDENCE_FOR_ANOTHER_CONTRACT", p.registrationNumber(),
                        registrationNumber).withField("payments", "EVIDENCE_FOR_ANOTHER_CONTRACT");
            }
            if (p.paidOn().isAfter(today)) {
                throw ProblemException.badRequest("PAYMENT_DATE_IN_FUTURE", p.paidOn().toString())
                        .withField("payments", "PAYMENT_DATE_IN_FUTURE");
            }
            return new Payment(p.amount(), p.paidOn(), p.payerUscc(), p.registrationNumber(), p.reference().strip());
        }).toList();
    }

    private List<Expense> expenses(Claim claim, List<ClaimRequest.ExpenseInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        if (claim.kind != ClaimKind.EXPENSE) {
            throw ProblemException.badRequest("CLAIM_EVIDENCE_NOT_FOR_KIND").withField("expenses",
                    "CLAIM_EVIDENCE_NOT_FOR_KIND");
        }
        Set<Integer> years = new HashSet<>();
        return inputs.stream().map(e -> {
            // the R&D expense of the year before the budget year (上年度研发费用), once
            if (e.expenseYear() != claim.budgetYear - 1 || !years.add(e.expenseYear())) {
                throw ProblemException.badRequest("EXPENSE_YEAR_NOT_COVERED", String.valueOf(e.expenseYear()),
                        String.valueOf(claim.budgetYear - 1)).withField("expenses", "EXPENSE_YEAR_NOT_COVERED");
            }
            return new Expense(e.expenseYear(), e.amount(), e.description().strip());
        }).toList();
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static ClaimKind kindOf(ClaimableEntitlements.Target target) {
        if (!target.claimable()) {
            throw ProblemException.conflict("ENTITLEMENT_NOT_CLAIMABLE");
        }
        return switch (target.subjectType()) {
            case "CONTRACT" -> ClaimKind.PAYMENT;
            case "QUALIFICATION" -> ClaimKind.QUALIFICATION;
            // 揭榜 support is released by milestone (issue 17), an expense programme is claimed on its year
            default -> throw ProblemException.conflict("ENTITLEMENT_NOT_CLAIMABLE");
        };
    }

    private static EvidenceKind evidenceKind(String name) {
        if (name != null) {
            for (EvidenceKind kind : EvidenceKind.values()) {
                if (kind.name().equals(name.strip())) {
                    return kind;
                }
            }
        }
        throw ProblemException.badRequest("EVIDENCE_KIND_INVALID", java.util.Arrays.toString(EvidenceKind.values()))
                .withField("kind", "EVIDENCE_KIND_INVALID");
    }

    private ProgrammeTerms terms(String code, int year) {
        return budgets.inForce(year).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("PROGRAMME_NOT_FOUND", code, String.valueOf(year)));
    }

    /** A claim of the caller's organisation; 404 for anyone else's. */
    private Claim own(Actor actor, UUID id) {
        Claim claim = claims.findById(id);
        if (claim == null || !ClaimAccess.claimant(actor, claim.beneficiaryUscc)) {
            throw ProblemException.notFound("CLAIM_NOT_FOUND");
        }
        return claim;
    }

    private Claim visible(Actor actor, UUID id) {
        Claim claim = claims.findById(id);
        if (claim == null || !ClaimAccess.visible(actor, claim.beneficiaryUscc, claim.beneficiaryRegion)) {
            throw ProblemException.notFound("CLAIM_NOT_FOUND");
        }
        return claim;
    }

    /**
     * A claim the admin may review with {@code action}: 404 outside the admin's sub-market, 403
     * {@code OUTSIDE_SUB_MARKET} when the claim's step is not the admin's (a programme of a sub-market the admin does
     * not run, or the other level of a city → province approval), 409 when the claim's state does not allow it.
     */
    private Claim reviewed(Actor actor, UUID id, String action) {
        Claim claim = claims.findById(id);
        if (claim == null || !actor.operates(claim.beneficiaryRegion)) {
            throw ProblemException.notFound("CLAIM_NOT_FOUND");
        }
        ClaimStatus.LIFECYCLE.apply(action, claim.status);
        ProgrammeTerms terms = terms(claim.programmeCode, claim.budgetYear);
        ClaimAccess.Step step = ClaimAccess.step(claim.status, terms.approval());
        boolean stepMatches = switch (action) {
            case "verify" -> step == ClaimAccess.Step.VERIFY;
            case "approve" -> step == ClaimAccess.Step.APPROVE;
            default -> step != ClaimAccess.Step.NONE;
        };
        if (!stepMatches) {
            throw ProblemException.conflict("CLAIM_STEP_NOT_DUE", action);
        }
        if (!ClaimAccess.reviews(actor, step, terms.approval(), terms.subMarket(), claim.beneficiaryRegion)) {
            throw ProblemException.forbidden("OUTSIDE_SUB_MARKET");
        }
        return claim;
    }

    private ClaimDecided decided(Claim claim, ClaimDecided.Decision decision, String reason) {
        String registrationNumber = claim.entitlementId == null ? null
                : entitlements.find(claim.entitlementId).map(ClaimableEntitlements.Target::registrationNumber)
                        .orElse(null);
        return new ClaimDecided(claim.id(), claim.programmeCode, claim.budgetYear, claim.beneficiaryUscc,
                claim.beneficiaryName, registrationNumber, decision,
                decision == ClaimDecided.Decision.APPROVED ? claim.amount : null, reason, claim.decidedAt);
    }

    private ClaimView view(Actor actor, Claim claim, Locale locale) {
        ProgrammeTerms terms = terms(claim.programmeCode, claim.budgetYear);
        String registrationNumber = claim.entitlementId == null ? null
                : entitlements.find(claim.entitlementId).map(ClaimableEntitlements.Target::registrationNumber)
                        .orElse(null);
        return ClaimView.of(claim, registrationNumber, terms.approval(), evidence.of(claim.id()),
                ClaimAccess.actions(actor, claim.status, terms.approval(), terms.subMarket(), claim.beneficiaryUscc,
                        claim.beneficiaryRegion), locale);
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
