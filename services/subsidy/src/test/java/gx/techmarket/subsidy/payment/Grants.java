package gx.techmarket.subsidy.payment;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantPosted;
import gx.techmarket.subsidy.programme.GrantReversed;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Grants and their reversals as the rest of the service makes them (an approved claim, a granted entitlement, a voucher
 * redemption): the ledger entry under the budget's lock, then {@code GrantPosted} / {@code GrantReversed} in the same
 * transaction. The disbursement tests use it for money owed without going through contracts; a programme of its own
 * per test, in a budget year no contract is registered in, keeps them apart from every other test.
 */
@ApplicationScoped
public class Grants {

    /** One grant: what a reversal needs to undo it. */
    public record Grant(String programme, int year, String uscc, String sourceType, UUID sourceId, UUID entryId,
            BigDecimal amount) {}

    @Inject
    Budgets budgets;

    @Inject
    Ledger ledger;

    @Inject
    Event<GrantPosted> posted;

    @Inject
    Event<GrantReversed> reversed;

    @Inject
    Clock clock;

    /** A new programme code, {@code PAY_<random>}, opened for {@code year} in {@code subMarket} with {@code budget}. */
    public String openProgramme(int year, String subMarket, String budget) {
        String code = "PAY_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36)
                .toUpperCase();
        budgets.open(ProgrammeTerms.contract(code, RuleKind.INTERMEDIARY, new BigDecimal("0.01"), null, null,
                EnumSet.allOf(ContractCategory.class), "测试政策条款：拨付测试。").withSubMarket(subMarket),
                "拨付测试项目", "Disbursement test programme", year, new BigDecimal(budget));
        return code;
    }

    /** Adds to the programme-year's budget (a top-up). */
    public void topUp(String code, int year, BigDecimal amount) {
        budgets.allocate(code, year, amount, "测试追加预算");
    }

    /** A grant of {@code amount} to {@code uscc} (source CLAIM, as an approved claim posts it). */
    @Transactional
    public Grant grant(String code, int year, String uscc, BigDecimal amount) {
        budgets.lock(code, year);
        UUID source = UUID.randomUUID();
        UUID entry = ledger.post(Posting.of(EntryKind.GRANT, "测试补助核准 " + code + " " + year, "CLAIM", source,
                List.of(Posting.Line.debit(Account.budget(code, year), amount),
                        Posting.Line.credit(Account.payable(code, uscc), amount))));
        posted.fire(new GrantPosted(code, year, uscc, "CLAIM", source, entry, amount, "测试补助 " + code,
                MarketClock.now(clock)));
        return new Grant(code, year, uscc, "CLAIM", source, entry, amount);
    }

    /** Reverses {@code grant} exactly (the budget gets it back) and tells disbursement. */
    @Transactional
    public void reverse(Grant grant, String reason) {
        budgets.lock(grant.programme(), grant.year());
        UUID reversal = ledger.reverse(grant.entryId(), reason);
        reversed.fire(new GrantReversed(grant.programme(), grant.year(), grant.uscc(), grant.sourceType(),
                grant.sourceId(), reversal, grant.amount(), reason));
    }
}
