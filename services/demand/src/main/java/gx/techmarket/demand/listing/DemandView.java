package gx.techmarket.demand.listing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A demand as the API shows it. Budgets are decimal strings in 元 (e.g. {@code "3000000.00"}). */
public record DemandView(
        UUID id,
        String title,
        String problem,
        String industry,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes,
        Demander demander,
        DemandStatus status,
        String rejectionReason,
        String closeReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant closedAt,
        long version) {

    /** 需求方: the enterprise that posted the demand. */
    public record Demander(String uscc, String name, String kind, String region) {}

    public record Page(List<DemandView> items, long total, int page, int size) {}

    static DemandView of(Demand d) {
        return new DemandView(d.id, d.title, d.problem, d.industry, d.budgetMin, d.budgetMax, d.deadline, d.regionCode,
                List.copyOf(d.cooperationModes), new Demander(d.demanderUscc, d.demanderName, d.demanderKind,
                        d.demanderRegion),
                d.status, d.rejectionReason, d.closeReason, d.createdAt, d.updatedAt, d.submittedAt, d.publishedAt,
                d.closedAt, d.version);
    }
}
