package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sealed bid (揭榜) as the bidding service answers it, with what the caller may do to it ({@code award}: select it). */
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
        Instant decidedAt,
        List<String> actions) implements Actionable {}
