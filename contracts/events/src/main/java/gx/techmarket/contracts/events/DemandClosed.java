package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 技术需求已关闭: the demander took a published demand off the market (已关闭, final).
 *
 * @param demandId     the demand
 * @param demanderUscc the demander's USCC
 * @param reason       the reason the demander gave, {@code null} when none
 * @param closedAt     when it was closed
 */
@EventContract(type = "demand.DemandClosed.v1", topic = "demand.demands.v1", aggregateType = "Demand")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandClosed(UUID demandId, String demanderUscc, String reason, Instant closedAt)
        implements DomainEvent {

    public DemandClosed {
        Require.present(demandId, "demandId");
        Require.matches(demanderUscc, Codes.USCC, "demanderUscc");
        Require.textIfPresent(reason, Require.REASON_MAX, "reason");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return demandId.toString();
    }
}
