package gx.techmarket.portal.demand;

import gx.techmarket.portal.listing.ListingView;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A 技术需求 as the demand service answers it. */
@TemplateData
public record DemandView(
        UUID id,
        String title,
        String problem,
        String titleEn,
        String problemEn,
        String industry,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes,
        Party demander,
        String status,
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
        List<String> actions) implements ListingView {

    public DemandView {
        cooperationModes = cooperationModes == null ? List.of() : cooperationModes;
    }

    @Override
    public Party owner() {
        return demander;
    }
}
