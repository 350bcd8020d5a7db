package gx.techmarket.demand.listing;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A demand as the API shows it, with the {@code actions} the caller may take on it now. Budgets are decimal
 * strings in 元 (e.g. {@code "3000000.00"}); the demander (需求方) is the enterprise that posted it. A matched
 * demand names what matched it ({@code matchedChallengeId} or {@code matchedContractId}, with {@code matchedAt}); an
 * expired one when it expired ({@code expiredAt}).
 */
public record DemandView(
        UUID id,
        String title,
        String problem,
        @Schema(description = "The title in English (optional): shown to English readers")
        String titleEn,
        @Schema(description = "The problem in English (optional)")
        String problemEn,
        String industry,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes,
        Party demander,
        DemandStatus status,
        String rejectionReason,
        String closeReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant closedAt,
        UUID matchedChallengeId,
        UUID matchedContractId,
        Instant matchedAt,
        Instant expiredAt,
        long version,
        List<String> actions) {

    static DemandView of(Demand d, List<String> actions) {
        return new DemandView(d.id(), d.title(), d.problem, d.titleEn(), d.summaryEn(), d.industry(), d.budgetMin, d.budgetMax, d.deadline,
                d.regionCode(), List.copyOf(d.cooperationModes), d.demander.toParty(), d.status(),
                d.rejectionReason(), d.closeReason, d.createdAt(), d.updatedAt(), d.submittedAt(), d.publishedAt(),
                d.closedAt, d.matchedChallengeId, d.matchedContractId, d.matchedAt, d.expiredAt, d.version(),
                actions);
    }
}
