package gx.techmarket.portal.demand;

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
        String industry,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes,
        Demander demander,
        String status,
        String rejectionReason,
        String closeReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant closedAt) {

    public DemandView {
        cooperationModes = cooperationModes == null ? List.of() : cooperationModes;
    }

    @TemplateData
    public record Demander(String uscc, String name, String kind, String region) {}

    @TemplateData
    public record Page(List<DemandView> items, long total, int page, int size) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }

    public boolean editable() {
        return "DRAFT".equals(status) || "REJECTED".equals(status);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
