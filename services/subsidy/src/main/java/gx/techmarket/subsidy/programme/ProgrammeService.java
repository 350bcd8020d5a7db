package gx.techmarket.subsidy.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

@ApplicationScoped
class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final Budgets budgets;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, Budgets budgets, Clock clock) {
        this.programmes = programmes;
        this.budgets = budgets;
        this.clock = clock;
    }

    /** Each programme of {@code year} (this year in China time when null) with its budget, granted and remaining. */
    @Transactional
    List<ProgrammeView> list(Integer year) {
        int y = year != null ? year : BudgetYear.of(clock.instant());
        return programmes.inForce(y).stream()
                .map(p -> ProgrammeView.of(p, budgets.remaining(p.code, p.budgetYear)))
                .toList();
    }
}
