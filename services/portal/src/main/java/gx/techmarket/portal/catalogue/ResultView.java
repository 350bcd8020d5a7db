package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.listing.ListingView;
import gx.techmarket.portal.web.Party;
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
        Party holder,
        String status,
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        List<String> actions) implements ListingView {

    public ResultView {
        transferModes = transferModes == null ? List.of() : transferModes;
        patentNumbers = patentNumbers == null ? List.of() : patentNumbers;
    }

    @Override
    public Party owner() {
        return holder;
    }
}
