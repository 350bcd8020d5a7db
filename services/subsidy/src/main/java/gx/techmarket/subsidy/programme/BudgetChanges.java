package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.BudgetPosted;
import gx.techmarket.subsidy.ledger.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Announces every change of a programme-year's budget or of what is available of it ({@code subsidy.BudgetChanged.v1})
 * in the transaction of the change. Every such change is a ledger entry on the budget account, so the ledger's
 * {@link BudgetPosted} is the one place to hear them (allocations, grants of entitlements and claims, reversals,
 * vouchers issued, redeemed and expired, whatever posts them); the opening of a programme without budget, which
 * posts nothing, is announced by {@link Budgets#open}. Each change counts one more on the programme's row
 * ({@code budget_version}), which the event carries as its version. At start, a programme-year never announced
 * (seeded by a migration, or older than the event) is announced once, so that every consumer learns every budget.
 */
@ApplicationScoped
class BudgetChanges {

    private static final Logger LOG = Logger.getLogger(BudgetChanges.class);

    private final ProgrammeRepository programmes;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;

    BudgetChanges(ProgrammeRepository programmes, Ledger ledger, Outbox outbox, Clock clock) {
        this.programmes = programmes;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Announces the programme-years no event has named yet (version 0), each once. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            int announced = 0;
            for (Object[] unannounced : programmes.unannounced()) {
                announce((String) unannounced[0], ((Number) unannounced[1]).intValue());
                announced++;
            }
            if (announced > 0) {
                LOG.infof("announced the budgets of %d programme-years never announced before", announced);
            }
        });
    }

    void onPosted(@Observes BudgetPosted posted) {
        announce(posted.programmeCode(), posted.budgetYear());
    }

    /** Counts one change of the programme-year's budget and writes {@link BudgetChanged} to the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(String code, int year) {
        programmes.countBudgetChange(code, year).ifPresentOrElse(count -> {
            BigDecimal available = ledger.balance(Account.budget(code, year)).negate();
            outbox.publish(new BudgetChanged(count.programmeId(), code, year, count.subMarket(), count.budget(),
                    available, count.version(), MarketClock.now(clock)));
        }, () -> LOG.warnf("budget account of %s %d posted without a programme-year: no BudgetChanged", code, year));
    }
}
