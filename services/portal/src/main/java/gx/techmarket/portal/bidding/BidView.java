package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A sealed bid (揭榜) as the bidding service answers it. */
@TemplateData
public record BidView(
        UUID id,
        UUID challengeId,
        Party bidder,
        BigDecimal price,
        String planSummary,
        int durationMonths,
        String status,
        String submittedBy,
        Instant submittedAt,
        Instant decidedAt) {}
