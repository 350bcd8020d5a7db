package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 揭榜挂帅 challenge as the bidding service answers it (its {@code ChallengeView}; the fields are documented there).
 * {@code kind} TECHNOLOGY_BREAKTHROUGH (技术攻关类, {@code demandId} and {@code demander}) or RESULT_TRANSFORMATION (成果转化类,
 * {@code resultId} and {@code holder}); {@code counterparty} is whichever of the two it has.
 */
@TemplateData
public record ChallengeView(
        UUID id,
        String kind,
        UUID demandId,
        UUID resultId,
        String title,
        String regionCode,
        Party demander,
        Party holder,
        Party counterparty,
        String problem,
        String goals,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        Integer durationMonths,
        String field,
        boolean proposed,
        Instant deadline,
        String status,
        boolean biddingOpen,
        UUID awardedBidId,
        Instant createdAt,
        Instant submittedAt,
        String returnReason,
        Instant returnedAt,
        Instant publishedAt,
        Instant closedAt,
        Instant awardedAt,
        String cancelReason,
        Instant cancelledAt,
        UUID callId,
        Integer minimumQualifiedBids,
        BigDecimal supportShare,
        Integer complaintPeriodDays,
        Integer revision,
        boolean deadlineMoved,
        Instant requestedDeadline,
        Long version,
        List<String> actions) implements Actionable {}
