package gx.techmarket.bidding.demand;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published demand as this service knows it.
 *
 * @param actions what the caller may do with it now: {@code challenge} (turn it into a challenge, {@code POST
 *                /challenges}: the operator of its region, while it has no live challenge)
 */
public record DemandView(
        UUID id,
        String title,
        String problem,
        String industry,
        String regionCode,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        LocalDate deadline,
        List<String> cooperationModes,
        Party demander,
        Instant publishedAt,
        List<String> actions) {

    static DemandView of(KnownDemand d, List<String> actions) {
        return new DemandView(d.id, d.title, d.problem, d.industry, d.regionCode, d.budgetMin, d.budgetMax, d.deadline,
                List.copyOf(d.cooperationModes), d.demander(), d.publishedAt, List.copyOf(actions));
    }
}
