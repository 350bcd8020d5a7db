package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 科技成果已撤回: the holder took a published result off the market.
 *
 * @param resultId    the result
 * @param holderUscc  the holder's USCC
 * @param reason      the reason the holder gave, {@code null} when none
 * @param withdrawnAt when it was withdrawn
 */
@EventContract(type = "catalogue.ResultWithdrawn.v1", topic = "catalogue.results.v1", aggregateType = "Result")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultWithdrawn(UUID resultId, String holderUscc, String reason, Instant withdrawnAt)
        implements DomainEvent {

    static final int REASON_MAX = 500;

    public ResultWithdrawn {
        Require.present(resultId, "resultId");
        Require.matches(holderUscc, Codes.USCC, "holderUscc");
        Require.textIfPresent(reason, REASON_MAX, "reason");
        Require.present(withdrawnAt, "withdrawnAt");
    }

    @Override
    public String aggregateId() {
        return resultId.toString();
    }
}
