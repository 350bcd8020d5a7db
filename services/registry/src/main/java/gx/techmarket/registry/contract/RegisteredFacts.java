package gx.techmarket.registry.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of a registration that a 变更登记 may change: the amounts (成交总额, 非技术性款项, 技术交易额 in 元, scale 2),
 * the non-technical items and the buyer. An amendment records them as they were before and after it.
 */
public record RegisteredFacts(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        List<NonTechnicalItem> nonTechnicalItems,
        Party buyer) {

    public RegisteredFacts {
        nonTechnicalItems = List.copyOf(nonTechnicalItems);
    }
}
