package gx.techmarket.subsidy.voucher;

import gx.techmarket.subsidy.programme.BudgetAvailable;
import gx.techmarket.subsidy.programme.GrantPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** Test bean: the GrantPosted and BudgetAvailable events the service fired, in order. */
@ApplicationScoped
public class RecordedVoucherEvents {

    private final List<GrantPosted> granted = new ArrayList<>();
    private final List<BudgetAvailable> givenBack = new ArrayList<>();

    void on(@Observes GrantPosted event) {
        synchronized (granted) {
            granted.add(event);
        }
    }

    void on(@Observes BudgetAvailable event) {
        synchronized (givenBack) {
            givenBack.add(event);
        }
    }

    /** The grants posted so far (a copy). */
    public List<GrantPosted> granted() {
        synchronized (granted) {
            return List.copyOf(granted);
        }
    }

    /** The budgets given back so far (a copy). */
    public List<BudgetAvailable> budgetsGivenBack() {
        synchronized (givenBack) {
            return List.copyOf(givenBack);
        }
    }
}
