package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A non-technical item in a contract's price (equipment, instruments, parts, raw materials), deducted from the
 * 成交总额 to give the 技术交易额.
 *
 * @param category    what kind of item
 * @param description what the item is
 * @param amount      its price in 元, scale 2
 */
public record NonTechnicalItem(
        NonTechnicalItemCategory category,
        String description,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public NonTechnicalItem {
        Require.present(category, "category");
        Require.text(description, Require.NAME_MAX, "description");
        amount = Money.of(Require.present(amount, "amount"));
    }
}
