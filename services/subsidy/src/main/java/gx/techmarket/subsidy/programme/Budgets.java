package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Programmes and their budgets per year. What is left of a budget is the credit balance of its ledger account
 * {@code BUDGET:<programme>:<year>}; it never goes below zero.
 */
@ApplicationScoped
public class Budgets {

    private final ProgrammeRepository programmes;
    private final Ledger ledger;
    private final Clock clock;
    private final Event<BudgetAvailable> budgetAvailable;
    private final TermsVersionRepository versions;
    private final BudgetChanges budgetChanges;

    Budgets(ProgrammeRepository programmes, Ledger ledger, Clock clock, Event<BudgetAvailable> budgetAvailable,
            TermsVersionRepository versions, BudgetChanges budgetChanges) {
        this.programmes = programmes;
        this.versions = versions;
        this.budgetChanges = budgetChanges;
        this.ledger = ledger;
        this.clock = clock;
        this.budgetAvailable = budgetAvailable;
    }

    /** The programmes in force in {@code year}, by code: each derives entitlements from that year's contracts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgrammeTerms> inForce(int year) {
        return programmes.inForce(year).stream().map(Programme::terms).toList();
    }

    /** The terms of the programme for budget year {@code year}, open or closed; empty when it has no such year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeTerms> terms(String code, int year) {
        return programmes.find(code, year).map(Programme::terms);
    }

    /** Whether the programme is open (not closed) for budget year {@code year}; false when it has no such year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOpen(String code, int year) {
        return programmes.find(code, year).map(p -> "OPEN".equals(p.status)).orElse(false);
    }

    /**
     * The terms of a programme as they decide one assessment: the version in force on the day assessed, and its
     * number, which the outcome records (ADR 0025).
     */
    public record TermsInForce(ProgrammeTerms terms, int version) {}

    /**
     * The programmes of budget year {@code year} that assess something registered (or otherwise dated) at {@code at},
     * by code, each with the version of its terms in force on that day in China time: open, or closed only after
     * {@code at}; a programme whose first version starts after that day does not assess it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TermsInForce> inForce(int year, Instant at) {
        LocalDate day = at.atZone(MarketClock.CHINA).toLocalDate();
        Map<String, List<TermsVersion>> byProgramme = versions.ofYear(year).stream()
                .collect(Collectors.groupingBy(v -> v.programmeCode));
        List<TermsInForce> inForce = new ArrayList<>();
        for (Programme p : programmes.inForce(year)) {
            if (!p.assesses(at)) {
                continue;
            }
            TermsVersions.inForce(byProgramme.getOrDefault(p.code, List.of()), TermsVersion::dated, day)
                    .ifPresent(v -> inForce.add(new TermsInForce(v.terms(p.rule, p.subMarket), v.version)));
        }
        return inForce;
    }

    /** The policy clause (政策条款) of each programme in force in {@code year}, by code: what a decision cites. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public Map<String, String> policyClauses(int year) {
        return programmes.inForce(year).stream().collect(Collectors.toMap(p -> p.code, p -> p.terms().policyClause()));
    }

    /**
     * Locks the programme-year's budget until the caller's transaction ends and returns what is left of it. Call it
     * before charging the budget, so that concurrent grants queue instead of overspending.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal lock(String code, int year) {
        if (!programmes.lock(code, year)) {
            throw ProblemException.notFound("PROGRAMME_NOT_FOUND", code, String.valueOf(year));
        }
        return remaining(code, year);
    }

    /** What is left of the programme's budget for {@code year}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal remaining(String code, int year) {
        return ledger.balance(Account.budget(code, year)).negate();
    }

    /**
     * Opens a programme for a budget year with its settings and an initial budget (a ledger allocation).
     *
     * @throws ProblemException 409 {@code PROGRAMME_YEAR_EXISTS} if the programme is already open that year
     */
    @Transactional
    public void open(ProgrammeTerms terms, String nameZh, String nameEn, int year, BigDecimal budget) {
        open(terms, nameZh, nameEn, year, budget, null);
    }

    /**
     * {@link #open(ProgrammeTerms, String, String, int, BigDecimal)}, its first version of the terms made by
     * {@code createdBy} (null: the service itself); the terms are in force from their effective date, or from the
     * start of the budget year.
     */
    @Transactional
    public void open(ProgrammeTerms terms, String nameZh, String nameEn, int year, BigDecimal budget,
            String createdBy) {
        if (programmes.find(terms.code(), year).isPresent()) {
            throw ProblemException.conflict("PROGRAMME_YEAR_EXISTS", terms.code(), String.valueOf(year));
        }
        Instant now = MarketClock.now(clock);
        LocalDate from = terms.effectiveFrom() != null ? terms.effectiveFrom() : LocalDate.of(year, 1, 1);
        Programme programme = Programme.open(terms.withEffectiveFrom(from), nameZh, nameEn, year, now);
        programmes.persistAndFlush(programme);
        versions.persistAndFlush(TermsVersion.of(terms, year, 1, from, null, createdBy, now));
        if (budget.signum() == 0) {
            budgetChanges.announce(terms.code(), year); // nothing posted: the opening is the change
            return; // opened without budget: entitlements wait for a top-up
        }
        allocate(terms.code(), year, budget, year + "年度" + nameZh + "预算下达");
    }

    /**
     * Adds {@code amount} to the programme's budget for {@code year} (Dr APPROPRIATION, Cr BUDGET), then fires
     * {@link BudgetAvailable}: what waits for that budget is granted, oldest first, in the same transaction.
     */
    @Transactional
    public void allocate(String code, int year, BigDecimal amount, String reason) {
        lock(code, year);
        Programme programme = programmes.find(code, year).orElseThrow();
        programme.budget = programme.budget.add(amount);
        programmes.flush(); // the posting's BudgetChanged reads the new budget from the row
        ledger.post(new Posting(EntryKind.ALLOCATION, reason, null, List.of(
                Posting.Line.debit(Account.appropriation(code, year), amount),
                Posting.Line.credit(Account.budget(code, year), amount))));
        budgetAvailable.fire(new BudgetAvailable(code, year));
    }
}
