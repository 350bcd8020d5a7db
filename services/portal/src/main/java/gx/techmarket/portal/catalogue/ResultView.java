package gx.techmarket.portal.catalogue;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 科技成果 as the catalogue answers it. */
@TemplateData
public record ResultView(
        UUID id,
        String title,
        String summary,
        String industry,
        String maturity,
        Integer trl,
        List<String> transferModes,
        BigDecimal askingPrice,
        boolean priceNegotiable,
        List<String> patentNumbers,
        String regionCode,
        Holder holder,
        String status,
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant withdrawnAt) {

    public ResultView {
        transferModes = transferModes == null ? List.of() : transferModes;
        patentNumbers = patentNumbers == null ? List.of() : patentNumbers;
    }

    @TemplateData
    public record Holder(String uscc, String name, String kind, String region) {}

    @TemplateData
    public record Page(List<ResultView> items, long total, int page, int size) {

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
