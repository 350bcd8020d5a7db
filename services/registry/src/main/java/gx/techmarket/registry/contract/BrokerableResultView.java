package gx.techmarket.registry.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.registry.result.PublishedResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A published result as the registry knows it, for drafting a brokered contract on it: what the broker's form shows,
 * and {@code actions} — {@code brokered} when the caller may draft one now ({@code POST /contracts/brokered}).
 */
public record BrokerableResultView(
        UUID resultId,
        String title,
        Party holder,
        List<String> transferModes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        boolean withdrawn,
        List<String> actions) {

    static BrokerableResultView of(PublishedResult result, List<String> actions) {
        return new BrokerableResultView(result.id(), result.title(), result.holder(), result.transferModes(),
                result.askingPrice(), result.withdrawn(), actions);
    }
}
