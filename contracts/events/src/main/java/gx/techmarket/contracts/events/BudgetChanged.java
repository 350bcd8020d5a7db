package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 预算已变动: a programme-year's budget, or what is still available of it, changed: the programme was opened or given
 * budget, a grant was posted or reversed, a voucher was issued, redeemed (the unused part back) or expired. One event
 * per change, in the transaction of the change; {@code version} grows with every change of the programme-year, so a
 * consumer keeps the figures of the highest version it has seen and ignores an older one that arrives late.
 *
 * @param programmeId   the programme-year (one programme row per code and budget year; the aggregate, Kafka key
 *                      and CloudEvents subject)
 * @param programmeCode 补助项目 code (open set)
 * @param budgetYear    the budget year
 * @param subMarket     the programme's sub-market, a region code ({@code 450000} the province, {@code 451000} 百色)
 * @param budget        预算: everything allocated to the programme-year, in 元
 * @param available     what is left of it to grant, in 元: the budget less what was granted or set aside for vouchers
 *                      and not given back (the credit balance of the ledger's budget account)
 * @param version       the programme-year's change counter, from 1, strictly increasing
 * @param changedAt     when it changed
 */
@EventContract(type = "subsidy.BudgetChanged.v1", topic = "subsidy.grants.v1", aggregateType = "Programme")
public record BudgetChanged(
        UUID programmeId,
        String programmeCode,
        int budgetYear,
        String subMarket,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
        long version,
        Instant changedAt) implements DomainEvent {

    public BudgetChanged {
        Require.present(programmeId, "programmeId");
        Require.code(programmeCode, "programmeCode");
        Require.budgetYear(budgetYear);
        Require.matches(subMarket, Codes.REGION_CODE, "subMarket");
        budget = Money.of(Require.present(budget, "budget"));
        available = Money.of(Require.present(available, "available"));
        if (version < 1) {
            throw new IllegalArgumentException("version " + version + " is not 1 or more");
        }
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return programmeId.toString();
    }
}
