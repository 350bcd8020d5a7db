package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a published challenge's content (the bidding service's {@code VersionView}): its number, the content,
 * which fields it changed, the operator's reason, when, and whether the 7-day rule moved the deadline.
 */
@TemplateData
public record VersionView(int number, Content content, List<String> changedFields, String reason, String editedBy,
        Instant editedAt, boolean deadlineMoved) {

    @TemplateData
    public record Content(String title, String problem, String goals, BigDecimal budgetMin, BigDecimal budgetMax,
            Integer durationMonths, Instant deadline) {}
}
