package gx.techmarket.bidding.demand;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published demand as this service knows it. */
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
        Demander demander,
        Instant publishedAt) {

    public record Demander(String uscc, String name, String kind, String region, String parentUscc) {}

    static DemandView of(KnownDemand d) {
        return new DemandView(d.id, d.title, d.problem, d.industry, d.regionCode, d.budgetMin, d.budgetMax, d.deadline,
                List.copyOf(d.cooperationModes),
                new Demander(d.demanderUscc, d.demanderName, d.demanderKind, d.demanderRegion, d.demanderParentUscc),
                d.publishedAt);
    }
}
