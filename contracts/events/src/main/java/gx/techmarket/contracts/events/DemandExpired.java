package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 技术需求已过期: a published demand's deadline (the last day it took answers, China time) passed with nothing
 * matching it; the demand service's expiry job moved it to 已过期 (final).
 *
 * @param demandId     the demand
 * @param title        需求名称, for the demander's notice
 * @param demanderUscc the demander's USCC
 * @param deadline     截止日期 that passed
 * @param expiredAt    when the job expired it
 */
@EventContract(type = "demand.DemandExpired.v1", topic = "demand.demands.v1", aggregateType = "Demand")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandExpired(UUID demandId, String title, String demanderUscc, LocalDate deadline, Instant expiredAt)
        implements DomainEvent {

    public DemandExpired {
        Require.present(demandId, "demandId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.matches(demanderUscc, Codes.USCC, "demanderUscc");
        Require.present(deadline, "deadline");
        Require.present(expiredAt, "expiredAt");
    }

    @Override
    public String aggregateId() {
        return demandId.toString();
    }
}
