package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 技术需求已匹配: a solution arose from a published demand, either a 揭榜挂帅 challenge published from it
 * ({@code challengeId}) or a technical contract drafted for it ({@code contractId}); the demand is 已匹配 (final).
 *
 * @param demandId     the demand
 * @param title        需求名称, for the demander's notice
 * @param demanderUscc the demander's USCC
 * @param challengeId  the challenge published from it, {@code null} when a contract matched it
 * @param contractId   the contract drafted for it, {@code null} when a challenge matched it
 * @param matchedAt    when the demand service recorded the match
 */
@EventContract(type = "demand.DemandMatched.v1", topic = "demand.demands.v1", aggregateType = "Demand")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandMatched(UUID demandId, String title, String demanderUscc, UUID challengeId, UUID contractId,
        Instant matchedAt) implements DomainEvent {

    public DemandMatched {
        Require.present(demandId, "demandId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.matches(demanderUscc, Codes.USCC, "demanderUscc");
        if ((challengeId == null) == (contractId == null)) {
            throw new IllegalArgumentException("a demand is matched by exactly one of a challenge or a contract");
        }
        Require.present(matchedAt, "matchedAt");
    }

    @Override
    public String aggregateId() {
        return demandId.toString();
    }
}
