package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
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
import java.util.List;
import java.util.Map;
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

    Budgets(ProgrammeRepository programmes, Ledger ledger, Clock clock, Event<BudgetAvailable> budgetAvailable) {
        this.programmes = programmes;
        this.ledger = ledger;
        this.clock = clock;
        this.budgetAvailable = budgetAvailable;
    }

    /** Each programme of {@code year} (this year in China time when null) with its budget, granted and remaining. */
    @Transactional
    Page<ProgrammeView> list(Integer year, Paging paging) {
        int y = year != null ? year : MarketClock.today(clock).getYear();
        return programmes.inForce(y, paging).map(p -> ProgrammeView.of(p, remaining(p.code, p.budgetYear)));
    }

    /** The programmes in force in {@code year}, by code: each derives entitlements from that year's contracts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgrammeTerms> inForce(int year) {
        return programmes.inForce(year).stream().map(Programme::terms).toList();
    }

    /** The terms of a programme-year in any state (open or closed); empty when it was never opened. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public java.util.Optional<ProgrammeTerms> terms(String code, int year) {
        return programmes.find(code, year).map(Programme::terms);
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
        if (programmes.find(terms.code(), year).isPresent()) {
            throw ProblemException.conflict("PROGRAMME_YEAR_EXISTS", terms.code(), String.valueOf(year));
        }
        programmes.persistAndFlush(Programme.open(terms, nameZh, nameEn, year, MarketClock.now(clock)));
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
        ledger.post(new Posting(EntryKind.ALLOCATION, reason, null, List.of(
                Posting.Line.debit(Account.appropriation(code, year), amount),
                Posting.Line.credit(Account.budget(code, year), amount))));
        programme.budget = programme.budget.add(amount);
        budgetAvailable.fire(new BudgetAvailable(code, year));
    }
}
