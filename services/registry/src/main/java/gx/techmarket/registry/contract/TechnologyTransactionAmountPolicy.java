package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.Money;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.util.List;

/**
 * 技术交易额 = 成交总额 − 非技术性款项 (equipment, instruments, parts, raw materials), exact to the 分 and never
 * negative: non-technical items that add up to more than the total are refused ({@code NON_TECHNICAL_EXCEEDS_TOTAL}).
 */
final class TechnologyTransactionAmountPolicy {

    /** The three amounts on a registration, each in 元 with scale 2. */
    record Amounts(BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount,
            BigDecimal technologyTransactionAmount) {}

    private TechnologyTransactionAmountPolicy() {}

    static Amounts apply(BigDecimal totalContractAmount, List<NonTechnicalItem> items) {
        BigDecimal total = Money.of(totalContractAmount);
        BigDecimal nonTechnical = items.stream().map(NonTechnicalItem::amount)
                .reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
        if (nonTechnical.compareTo(total) > 0) {
            throw ProblemException.badRequest("NON_TECHNICAL_EXCEEDS_TOTAL", nonTechnical.toPlainString(),
                    total.toPlainString()).withField("nonTechnicalItems", "NON_TECHNICAL_EXCEEDS_TOTAL");
        }
        return new Amounts(total, Money.of(nonTechnical), total.subtract(nonTechnical));
    }
}
